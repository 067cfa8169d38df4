package org.claimgraph.e2e;

import java.io.PrintStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.claimgraph.cli.Ingestion;
import org.claimgraph.store.ClaimStore;
import org.claimgraph.store.index.QueryIndex;

/** The five seed articles of data/articles, extracted once per test class. */
final class DemoCorpus {

    static final Path ARTICLES = Path.of("data/articles");

    private DemoCorpus() {
    }

    /** Extracts the demo corpus into an in-memory dataset, failing if any seed is skipped. */
    static DatasetGraph extract() {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        ByteArrayOutputStream messages = new ByteArrayOutputStream();
        int problems = Ingestion.run(List.of(ARTICLES), new PrintStream(messages, true, StandardCharsets.UTF_8),
                g -> dsg.addGraph(NodeFactory.createURI(g.name()), g.model().getGraph()));
        if (problems != 0) {
            throw new AssertionError("seeds skipped: " + messages.toString(StandardCharsets.UTF_8));
        }
        return dsg;
    }

    /**
     * The demo corpus as a store serves it to stored queries: the union of its graphs as the default
     * graph, and the query index graph by name.
     */
    static DatasetGraph queryable() {
        DatasetGraph articles = extract();
        org.apache.jena.system.Txn.executeWrite(articles, () -> QueryIndex.rebuild(articles));
        DatasetGraph served = DatasetGraphFactory.create(articles.getUnionGraph());
        served.addGraph(QueryIndex.GRAPH, articles.getGraph(QueryIndex.GRAPH));
        return served;
    }

    /** Ingests the demo corpus into {@code store} as `claimgraph ingest` does, failing if any seed is skipped. */
    static void ingest(ClaimStore store) {
        ByteArrayOutputStream messages = new ByteArrayOutputStream();
        int problems = Ingestion.ingest(store, List.of(ARTICLES), new PrintStream(messages, true, StandardCharsets.UTF_8));
        if (problems != 0) {
            throw new AssertionError("seeds skipped: " + messages.toString(StandardCharsets.UTF_8));
        }
    }
}
