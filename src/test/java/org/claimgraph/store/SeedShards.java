package org.claimgraph.store;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.claimgraph.cli.Ingestion;
import org.claimgraph.provenance.StoriesPass;
import org.claimgraph.rdf.Vocab;

/**
 * Shards of the seed articles as a scale-out job writes them: article graphs spread over two
 * part-NNNNN files, the stories graph in a .nq file of its own.
 */
public final class SeedShards {

    public static final Path ARTICLES = Path.of(System.getProperty("claimgraph.home", "."), "data", "articles");

    private SeedShards() {
    }

    /** Writes the shards into {@code dir}; returns the article graphs' names. */
    public static List<String> write(Path dir) {
        List<StringBuilder> parts = List.of(new StringBuilder(), new StringBuilder());
        List<String> names = new ArrayList<>();
        DatasetGraph articles = DatasetGraphFactory.createTxnMem();
        Ingestion.run(List.of(ARTICLES), new PrintStream(PrintStream.nullOutputStream()), graph -> {
            parts.get(names.size() % 2).append(ShardQuads.of(graph));
            names.add(graph.name());
            articles.addGraph(NodeFactory.createURI(graph.name()), graph.model().getGraph());
        });
        try {
            Files.createDirectories(dir.resolve("articles"));
            Files.createDirectories(dir.resolve("stories"));
            Files.writeString(dir.resolve("articles/part-00000"), parts.get(0), StandardCharsets.UTF_8);
            Files.writeString(dir.resolve("articles/part-00001"), parts.get(1), StandardCharsets.UTF_8);
            Files.writeString(dir.resolve("articles/_SUCCESS"), "");
            Files.writeString(dir.resolve("stories/stories.nq"), ShardQuads.of(
                    NodeFactory.createURI(Vocab.STORIES_GRAPH.getURI()), StoriesPass.compute(articles).getGraph()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return names;
    }
}
