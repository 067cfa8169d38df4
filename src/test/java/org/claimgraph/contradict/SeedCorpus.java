package org.claimgraph.contradict;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.claimgraph.cli.Ingestion;
import org.claimgraph.rdf.ArticleGraph;

/** The seed articles of data/articles extracted into an in-memory dataset, all or some. */
final class SeedCorpus {

    static final Path ARTICLES = Path.of("data/articles");

    private SeedCorpus() {
    }

    static DatasetGraph extract() {
        return extract(ARTICLES, g -> true);
    }

    /** Extracts {@code path}, keeping the article graphs that {@code keep} accepts. */
    static DatasetGraph extract(Path path, Predicate<ArticleGraph> keep) {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        add(dsg, path, keep);
        return dsg;
    }

    static void add(DatasetGraph dsg, Path path, Predicate<ArticleGraph> keep) {
        ByteArrayOutputStream messages = new ByteArrayOutputStream();
        int problems = Ingestion.run(List.of(path), new PrintStream(messages, true, StandardCharsets.UTF_8), g -> {
            if (keep.test(g)) {
                org.apache.jena.system.Txn.executeWrite(dsg,
                        () -> dsg.addGraph(NodeFactory.createURI(g.name()), g.model().getGraph()));
            }
        });
        if (problems != 0) {
            throw new AssertionError("seeds skipped: " + messages.toString(StandardCharsets.UTF_8));
        }
    }
}
