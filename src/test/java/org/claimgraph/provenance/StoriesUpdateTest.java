package org.claimgraph.provenance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.mem2.GraphMem2Fast;
import org.apache.jena.system.Txn;
import org.claimgraph.cli.Ingestion;
import org.claimgraph.rdf.Vocab;
import org.claimgraph.rdf.Vocab.CG;
import org.claimgraph.store.ClaimStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The incremental stories pass against the pass over the whole store, on the seeds (whose 002 and
 * 003 are two copies of one Reuters report), in real TDB2 stores.
 */
class StoriesUpdateTest {

    private static final Path SEEDS = Path.of("data/articles");
    private static final PrintStream QUIET = new PrintStream(OutputStream.nullOutputStream());

    @TempDir
    Path dir;

    @Test
    void addingTheSecondCopyLaterGivesTheStoriesOfOneIngestOfAll() throws IOException {
        Graph full;
        try (ClaimStore all = ClaimStore.open(dir.resolve("all"))) {
            Ingestion.ingest(all, List.of(SEEDS), QUIET);
            Graph afterIngest = stories(all);
            StoriesPass.refresh(all);
            full = stories(all);
            assertTrue(full.isIsomorphicWith(afterIngest), "an ingest of everything equals the full pass");
        }
        assertEquals(1, copiesOfOneStoryWithTwoMembers(full), "002 and 003 tell one story");

        try (ClaimStore store = ClaimStore.open(dir.resolve("two-steps"))) {
            Ingestion.ingest(store, seedsExcept("003"), QUIET);
            assertEquals(0, copiesOfOneStoryWithTwoMembers(stories(store)), "003 is not in yet");
            Ingestion.ingest(store, seedsNamed("003"), QUIET);
            assertTrue(full.isIsomorphicWith(stories(store)), "003 joins 002's story as in one ingest of all");

            // Loaded again unchanged: its story is rewritten, not duplicated.
            Ingestion.ingest(store, seedsNamed("002"), QUIET);
            assertTrue(full.isIsomorphicWith(stories(store)), "reloading 002 leaves the same stories");

            // Nothing new: nothing is aligned, which is what keeps the pass from growing with the store.
            CopyDetector.Result nothing = StoriesPass.update(store, List.of());
            assertEquals(0, nothing.alignedPairs());
            assertTrue(full.isIsomorphicWith(stories(store)));
        }
    }

    @Test
    void anArticleGoneFromTheStoreLeavesItsStory() throws IOException {
        try (ClaimStore store = ClaimStore.open(dir.resolve("gone"))) {
            Ingestion.ingest(store, List.of(SEEDS), QUIET);
            assertEquals(1, copiesOfOneStoryWithTwoMembers(stories(store)));
            Node article003 = Txn.calculateRead(store.dataset(), () -> Iter.toList(store.datasetGraph()
                    .find(Node.ANY, Node.ANY, CG.origin.asNode(), Node.ANY)).stream()
                    .filter(q -> q.getObject().getLiteralLexicalForm().startsWith("003"))
                    .findFirst().orElseThrow().getGraph());
            Txn.executeWrite(store.dataset(), () -> store.datasetGraph().removeGraph(article003));

            StoriesPass.update(store, List.of());
            Graph incremental = stories(store);
            assertEquals(0, copiesOfOneStoryWithTwoMembers(incremental), "002 has no copy left");
            assertFalse(Txn.calculateRead(store.dataset(), () -> store.datasetGraph()
                    .getGraph(Vocab.STORY_INDEX_GRAPH.asNode()).contains(article003, Node.ANY, Node.ANY)),
                    "the gone article left the index");
            StoriesPass.refresh(store);
            assertTrue(stories(store).isIsomorphicWith(incremental), "the same as a full pass without 003");
        }
    }

    private static Graph stories(ClaimStore store) {
        return Txn.calculateRead(store.dataset(), () -> {
            Graph copy = new GraphMem2Fast();
            store.datasetGraph().getGraph(Vocab.STORIES_GRAPH.asNode()).find().forEachRemaining(copy::add);
            return copy;
        });
    }

    /** Stories with two copies or more. */
    private static long copiesOfOneStoryWithTwoMembers(Graph stories) {
        return stories.find(Node.ANY, Vocab.PROV.entity.asNode(), Node.ANY).toList().stream()
                .collect(java.util.stream.Collectors.groupingBy(t -> t.getObject(), java.util.stream.Collectors.counting()))
                .values().stream().filter(n -> n >= 2).count();
    }

    private static List<Path> seedsNamed(String prefix) throws IOException {
        return seeds(p -> p.startsWith(prefix));
    }

    private static List<Path> seedsExcept(String prefix) throws IOException {
        return seeds(p -> !p.startsWith(prefix));
    }

    private static List<Path> seeds(java.util.function.Predicate<String> name) throws IOException {
        try (Stream<Path> files = Files.list(SEEDS)) {
            return files.filter(p -> p.toString().endsWith(".txt") && name.test(p.getFileName().toString()))
                    .sorted().toList();
        }
    }
}
