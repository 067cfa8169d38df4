package org.claimgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.system.progress.MonitorOutputs;
import org.apache.jena.system.Txn;
import org.claimgraph.cli.ClaimgraphCommand;
import org.claimgraph.cli.Ingestion;
import org.claimgraph.rdf.Vocab;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Shards bulk-loaded with `claimgraph load` give the store that `claimgraph ingest` builds from the same articles. */
class ShardLoaderTest {

    @TempDir
    Path dir;

    @Test
    void loadEqualsIngest() {
        List<String> articles = SeedShards.write(dir.resolve("shards"));
        assertEquals(6, articles.size(), "five seed files, one holding two stories");
        assertEquals(3, ShardFiles.under(dir.resolve("shards")).size(), "two article shards and a stories shard, _SUCCESS skipped");

        int code = ClaimgraphCommand.commandLine(false).execute("load", "--store", dir.resolve("loaded").toString(),
                dir.resolve("shards").toString());
        assertEquals(0, code);

        try (ClaimStore ingested = ClaimStore.open(dir.resolve("ingested"));
             ClaimStore loaded = ClaimStore.open(dir.resolve("loaded"))) {
            Ingestion.ingest(ingested, List.of(SeedShards.ARTICLES), new PrintStream(PrintStream.nullOutputStream()));
            assertTrue(SameGraphs.names(loaded.datasetGraph()).containsAll(articles));
            assertTrue(Txn.calculateRead(loaded.dataset(), () -> loaded.datasetGraph()
                    .containsGraph(NodeFactory.createURI(Vocab.STORIES_GRAPH.getURI()))));
            SameGraphs.assertSame(ingested.datasetGraph(), loaded.datasetGraph());
            assertEquals(ingested.size(), loaded.size());
        }
    }

    @Test
    void loadingTwiceAddsNothing() {
        SeedShards.write(dir.resolve("shards"));
        try (ClaimStore store = ClaimStore.open(dir.resolve("db"))) {
            ShardLoadReport first = ShardLoader.load(store, dir.resolve("shards"), MonitorOutputs.nullOutput());
            long size = store.size();
            ShardLoadReport second = ShardLoader.load(store, dir.resolve("shards"), MonitorOutputs.nullOutput());
            assertEquals(3, first.shards());
            assertEquals(first.quads(), second.quads());
            assertEquals(first.quads(), size, "the shards hold no duplicate quads");
            assertEquals(size, store.size());
        }
    }
}
