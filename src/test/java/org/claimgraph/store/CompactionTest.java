package org.claimgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.exec.RowSetRewindable;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.claimgraph.cli.Ingestion;
import org.claimgraph.ingest.ReadLimits;
import org.claimgraph.query.QueryCatalog;
import org.claimgraph.query.QueryRunner;
import org.claimgraph.query.StoredQuery;
import org.claimgraph.rdf.Vocab;
import org.claimgraph.store.index.QueryIndex;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Compaction of a real TDB2 directory holding the seed articles as `claimgraph ingest` writes them
 * (articles, query index, stories, contradictions): nothing lost, nothing changed, the store usable in
 * the same process and after reopening, and a long ingest compacting itself between batches.
 */
class CompactionTest {

    private static final Path SEEDS = Path.of("data/articles");
    private static final QueryCatalog QUERIES = QueryCatalog.fromDirectory(Path.of("queries"));

    @TempDir
    Path dir;

    @Test
    void compactionKeepsEveryQuadAndFreesTheOldGeneration() {
        Path db = dir.resolve("db");
        Set<Quad> before;
        Compaction done;
        ClaimStore store = ClaimStore.open(db);
        try {
            ingest(store, SEEDS, 1, AutoCompaction.off());
            before = quads(store);
            assertHasDerivedGraphs(before);
            done = Compaction.compact(store);
            // The same open store, now on the new generation.
            assertEquals(before, quads(store), "quads in the open store after compaction");
        } finally {
            expel(store);
        }
        assertTrue(Files.isDirectory(db.resolve("Data-0002")), "a new generation");
        assertFalse(Files.exists(db.resolve("Data-0001")), "the old generation is deleted");
        assertTrue(done.bytesAfter() < done.bytesBefore(), done.toString());
        assertEquals(DiskFootprint.bytes(db), done.bytesAfter());
        try (ClaimStore reopened = ClaimStore.open(db)) {
            assertEquals(before, quads(reopened), "quads after reopening");
        }
    }

    @Test
    void storedQueriesAnswerAlikeBeforeAndAfterCompactionAndReopening() {
        Path db = dir.resolve("db");
        Map<String, List<String>> before;
        ClaimStore store = ClaimStore.open(db);
        try {
            ingest(store, SEEDS, 2, AutoCompaction.off());
            before = answers(store);
            assertTrue(before.get("contradictions").size() > 0, "the seeds contradict each other");
            assertTrue(before.get("claims").size() > 0);
            assertTrue(before.get("actors").size() > 0);
            Compaction.compact(store);
            // The union default graph is a setting of the open dataset: it must survive the switch.
            assertEquals(before, answers(store), "answers in the same process");
        } finally {
            expel(store);
        }
        try (ClaimStore reopened = ClaimStore.open(db)) {
            assertEquals(before, answers(reopened), "answers after reopening");
        }
    }

    @Test
    void ingestCompactsBetweenBatchesAndGoesOnLoading() throws Exception {
        Path plainDb = dir.resolve("plain");
        Path compactedDb = dir.resolve("compacted");
        Path corpus = Files.createDirectories(dir.resolve("corpus"));
        List<Path> seeds;
        try (Stream<Path> files = Files.list(SEEDS)) {
            seeds = files.sorted().toList();
        }
        // Two inputs: the second ingest meets a store that has been compacted under the first.
        Path first = Files.createDirectories(corpus.resolve("first"));
        Path second = Files.createDirectories(corpus.resolve("second"));
        for (Path file : seeds) {
            boolean early = file.getFileName().toString().compareTo("003") < 0;
            Files.copy(file, (early ? first : second).resolve(file.getFileName()));
        }
        List<String> messages = new ArrayList<>();
        try (ClaimStore plain = ClaimStore.open(plainDb); ClaimStore store = ClaimStore.open(compactedDb)) {
            ingest(plain, first, 2, AutoCompaction.off());
            ingest(plain, second, 2, AutoCompaction.off());
            // Any growth at all triggers: a compaction after almost every commit.
            AutoCompaction compaction = AutoCompaction.of(store, 1.000001, 0, messages::add);
            ingest(store, first, 2, compaction);
            int afterFirst = compaction.compactions().size();
            assertTrue(afterFirst >= 1, "compacted during the first ingest: " + messages);
            ingest(store, second, 2, compaction);
            assertTrue(compaction.compactions().size() > afterFirst, "compacted during the second: " + messages);
            SameGraphs.assertSame(plain.datasetGraph(), store.datasetGraph());
            assertEquals(answers(plain), answers(store));
            assertTrue(messages.get(0).startsWith("compacted the store from "), messages.get(0));
        }
        try (Stream<Path> generations = Files.list(compactedDb)) {
            assertEquals(1, generations.filter(p -> p.getFileName().toString().startsWith("Data-")).count(),
                    "only the current generation is kept");
        }
    }

    @Test
    void policyLeavesSmallStoresAloneAndInMemoryStoresOut() {
        try (ClaimStore store = ClaimStore.open(dir.resolve("db"))) {
            ingest(store, SEEDS, 1, AutoCompaction.off());
            AutoCompaction large = AutoCompaction.of(store, 2, 1L << 40, m -> { });
            assertEquals(1L << 40, large.thresholdBytes());
            assertTrue(large.afterCommit().isEmpty(), "below the minimum size");
        }
        try (ClaimStore memory = ClaimStore.inMemory()) {
            assertTrue(AutoCompaction.of(memory, 1.5, 0, m -> { }).afterCommit().isEmpty());
        }
        try (ClaimStore store = ClaimStore.open(dir.resolve("db2"))) {
            assertThrows(IllegalArgumentException.class, () -> AutoCompaction.of(store, 1.0, 0, m -> { }));
            assertThrows(IllegalArgumentException.class, () -> AutoCompaction.of(store, 2, -1, m -> { }));
        }
    }

    @Test
    void refusesWithoutRoomForTheCopyAndWritesNothing() {
        Path db = dir.resolve("db");
        try (ClaimStore store = ClaimStore.open(db)) {
            ingest(store, SEEDS, 1, AutoCompaction.off());
            Set<Quad> before = quads(store);
            long free = store.usableSpace();
            long size = DiskFootprint.bytes(store);
            // A live share this large asks for more room than the disk has.
            double share = (double) (free + 1) / size + 1;
            StoreFullException e = assertThrows(StoreFullException.class, () -> Compaction.compact(store, share));
            assertTrue(e.getMessage().startsWith("not compacting: only "), e.getMessage());
            assertEquals(before, quads(store));
        }
        assertTrue(Files.isDirectory(db.resolve("Data-0001")));
        assertFalse(Files.exists(db.resolve("Data-0002")));
    }

    /** Drops TDB2's cached connection once the store closes, so that reopening reads the directory afresh. */
    private static void expel(ClaimStore store) {
        store.close();
        TDBInternal.expel(store.datasetGraph());
    }

    static void ingest(ClaimStore store, Path input, int batch, AutoCompaction compaction) {
        Writer log = new StringWriter();
        int problems = Ingestion.ingest(store, List.of(input), ReadLimits.DEFAULT, batch, compaction, new PrintWriter(log));
        assertEquals(0, problems, log.toString());
    }

    static Set<Quad> quads(ClaimStore store) {
        return Txn.calculateRead(store.dataset(), () -> {
            Set<Quad> all = new HashSet<>();
            store.datasetGraph().find(Node.ANY, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(all::add);
            return all;
        });
    }

    private static void assertHasDerivedGraphs(Set<Quad> quads) {
        Set<Node> graphs = new HashSet<>();
        quads.forEach(q -> graphs.add(q.getGraph()));
        for (Node derived : List.of(QueryIndex.GRAPH, Vocab.CONTRADICTIONS_GRAPH.asNode(), Vocab.STORIES_GRAPH.asNode())) {
            assertTrue(graphs.contains(derived), "the store holds " + derived);
        }
    }

    /** Every stored query's rows, unbound, as sorted strings (those that need a parameter left out). */
    static Map<String, List<String>> answers(ClaimStore store) {
        QueryRunner runner = new QueryRunner();
        Map<String, List<String>> out = new TreeMap<>();
        for (StoredQuery query : QUERIES.all()) {
            if (query.parameters().stream().anyMatch(StoredQuery.Parameter::required)) {
                continue; // refused without its parameter (actor-claims)
            }
            RowSetRewindable rows = runner.select(query, Map.of(), store.datasetGraph());
            List<String> lines = new ArrayList<>();
            rows.forEachRemaining(b -> lines.add(b.toString()));
            lines.sort(null);
            out.put(query.name(), lines);
        }
        return out;
    }
}
