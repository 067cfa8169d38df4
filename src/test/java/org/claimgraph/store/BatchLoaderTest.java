package org.claimgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.util.IsoMatcher;
import org.apache.jena.system.Txn;
import org.claimgraph.extract.AttributionExtractor;
import org.claimgraph.extract.Extractors;
import org.claimgraph.ingest.Article;
import org.claimgraph.ingest.ArticleReader;
import org.claimgraph.ingest.IngestProblem;
import org.claimgraph.ingest.IngestResult;
import org.claimgraph.rdf.ArticleGraph;
import org.claimgraph.rdf.Vocab;
import org.claimgraph.rdf.ClaimGraphs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BatchLoaderTest {

    @TempDir
    Path dir;

    private static List<Article> seeds() {
        Path root = Path.of(System.getProperty("claimgraph.home", "."));
        return new ArticleReader().read(root.resolve("data/articles")).articles();
    }

    /** The seeds, then a changed version of the first seed under the same origin, which must replace it. */
    private static List<IngestResult> seedsAndAChange() {
        List<IngestResult> inputs = new ArrayList<>(seeds());
        Article first = (Article) inputs.get(0);
        inputs.add(new IngestProblem("broken.txt", "not UTF-8"));
        inputs.add(new Article(first.origin(), first.text() + "\nThe truce holds, an official said.",
                first.metadata()));
        return inputs;
    }

    private static DatasetGraph snapshot(ClaimStore store) {
        DatasetGraph copy = org.apache.jena.sparql.core.DatasetGraphFactory.createTxnMem();
        Txn.executeRead(store.dataset(), () -> store.datasetGraph().find().forEachRemaining(copy::add));
        return copy;
    }

    @Test
    void batchedLoadGivesTheSameDatasetAsOneTransactionPerArticle() {
        List<IngestResult> inputs = seedsAndAChange();
        List<IngestProblem> problems = new ArrayList<>();
        try (ClaimStore one = ClaimStore.open(dir.resolve("one"));
             ClaimStore batched = ClaimStore.open(dir.resolve("batched"))) {
            ClaimGraphs graphs = new ClaimGraphs(Extractors.all());
            for (IngestResult r : inputs) {
                if (r instanceof Article a) {
                    one.replace(graphs.of(a));
                }
            }
            // Batches of two: the replacing article lands in a later batch than the one it replaces.
            LoadReport report = new BatchLoader(batched, Extractors::all, problems::add)
                    .threads(3).batchSize(2).batchTriples(Integer.MAX_VALUE).load(inputs.iterator());

            assertTrue(IsoMatcher.isomorphic(snapshot(one), snapshot(batched)));
            assertEquals(seeds().size(), graphNames(batched).size(), "the changed seed replaced its first version");
            assertEquals(List.of("broken.txt"), problems.stream().map(IngestProblem::origin).toList());
            assertEquals(seeds().size() + 1, report.articles());
            assertEquals(1, report.problems());
            assertEquals((seeds().size() + 1 + 1) / 2, report.transactions(), "batches of two, none retried");
        }
    }

    @Test
    void aBatchIsInEveryQuadIndex() {
        List<Article> seeds = seeds();
        try (ClaimStore one = ClaimStore.open(dir.resolve("one"));
             ClaimStore batched = ClaimStore.open(dir.resolve("batched"))) {
            ClaimGraphs graphs = new ClaimGraphs(Extractors.all());
            seeds.forEach(a -> one.replace(graphs.of(a)));
            // One batch of many articles: every quad must reach all six quad indexes.
            new BatchLoader(batched, Extractors::all, p -> { }).batchSize(100).batchTriples(Integer.MAX_VALUE)
                    .load(seeds.iterator());
            Txn.executeRead(batched.dataset(), () -> {
                org.apache.jena.tdb2.store.tupletable.TupleIndex[] indexes = org.apache.jena.tdb2.sys.TDBInternal
                        .getDatasetGraphTDB(batched.datasetGraph()).getQuadTable().getNodeTupleTable()
                        .getTupleTable().getIndexes();
                assertEquals(6, indexes.length);
                long primary = indexes[0].size();
                assertTrue(primary > 1000, "the seeds give thousands of quads: " + primary);
                for (var index : indexes) {
                    assertEquals(primary, index.size(), index.getName() + " holds what " + indexes[0].getName() + " holds");
                }
                // Each quad found through lookups that use different indexes.
                DatasetGraph dsg = batched.datasetGraph();
                dsg.find().forEachRemaining(q -> {
                    assertTrue(Iter.anyMatch(dsg.find(Node.ANY, Node.ANY, q.getPredicate(), q.getObject()), q::equals), q + " by predicate and object");
                    assertTrue(Iter.anyMatch(dsg.find(Node.ANY, q.getSubject(), Node.ANY, Node.ANY), q::equals), q + " by subject");
                    assertTrue(Iter.anyMatch(dsg.find(q.getGraph(), Node.ANY, Node.ANY, q.getObject()), q::equals), q + " by graph and object");
                });
            });
            assertTrue(IsoMatcher.isomorphic(snapshot(one), snapshot(batched)), "the same dataset as put one by one");
        }
    }

    @Test
    void sameOriginTwiceInOneBatchKeepsTheLater() {
        List<IngestResult> inputs = seedsAndAChange();
        try (ClaimStore one = ClaimStore.open(dir.resolve("one"));
             ClaimStore batched = ClaimStore.open(dir.resolve("batched"))) {
            ClaimGraphs graphs = new ClaimGraphs(Extractors.all());
            inputs.stream().filter(Article.class::isInstance).map(Article.class::cast)
                    .forEach(a -> one.replace(graphs.of(a)));
            new BatchLoader(batched, Extractors::all, p -> { }).batchSize(100).load(inputs.iterator());
            assertTrue(IsoMatcher.isomorphic(snapshot(one), snapshot(batched)));
        }
    }

    @Test
    void aBatchClosesAtItsTripleLimitAndTellsOfEachArticleAfterItsCommit() {
        List<Article> seeds = seeds();
        List<String> told = new ArrayList<>();
        try (ClaimStore store = ClaimStore.open(dir.resolve("db"))) {
            // Every article is over a limit of one triple, so each is its own transaction.
            LoadReport report = new BatchLoader(store, Extractors::all, p -> { }).batchSize(100).batchTriples(1)
                    .whenLoaded(g -> {
                        told.add(g.name());
                        assertTrue(Txn.calculateRead(store.dataset(),
                                () -> store.datasetGraph().containsGraph(NodeFactory.createURI(g.name()))),
                                g.origin() + " is committed before it is told of");
                    }).load(seeds.iterator());
            assertEquals(seeds.size(), report.transactions());
            assertEquals(seeds.size(), told.size());
            assertEquals(graphNames(store), told.stream().map(NodeFactory::createURI).collect(Collectors.toSet()));
        }
    }

    @Test
    void aDiskWithoutRoomStopsTheLoadBeforeItsCommitNotInIt() {
        List<Article> seeds = seeds();
        try (ClaimStore store = ClaimStore.open(dir.resolve("db"))) {
            BatchLoader loader = new BatchLoader(store, Extractors::all, p -> { }).batchSize(2);
            loader.load(seeds.subList(0, 2).iterator());
            Set<Node> before = graphNames(store);
            // No disk has this much room: the check must refuse, with the figures, before writing anything.
            StoreFullException refused = org.junit.jupiter.api.Assertions.assertThrows(StoreFullException.class,
                    () -> loader.minFreeBytes(Long.MAX_VALUE).load(seeds.subList(2, seeds.size()).iterator()));
            assertTrue(refused.getMessage().contains("MB left on the store's disk"), refused.getMessage());
            assertEquals(before, graphNames(store), "nothing of the refused batch is in the store");
            assertTrue(store.usableSpace() > 0);
        }
    }

    @Test
    void aFailingExtractionSkipsOnlyItsArticle() {
        List<Article> seeds = seeds();
        Article poisoned = new Article("poisoned.txt", "POISON: the extractor throws on this text.", seeds.get(0).metadata());
        List<IngestResult> inputs = new ArrayList<>(seeds);
        inputs.add(2, poisoned);
        AttributionExtractor throwing = text -> {
            if (text.startsWith("POISON")) {
                throw new IllegalStateException("extractor bug");
            }
            return Extractors.all().extract(text);
        };
        List<IngestProblem> problems = new ArrayList<>();
        try (ClaimStore store = ClaimStore.open(dir.resolve("db"))) {
            LoadReport report = new BatchLoader(store, () -> throwing, problems::add)
                    .batchSize(10).batchTriples(Integer.MAX_VALUE).load(inputs.stream());
            assertEquals(seeds.size(), report.articles());
            assertEquals(1, report.transactions(), "the bad article never reached the batch");
            assertEquals(1, problems.size());
            assertEquals("poisoned.txt", problems.get(0).origin());
            assertTrue(problems.get(0).reason().contains("extractor bug"), problems.get(0).reason());
            assertEquals(seeds.size(), graphNames(store).size());
        }
    }

    @Test
    void anArticleTheStoreRefusesDoesNotTakeItsBatchDown() {
        ClaimGraphs graphs = new ClaimGraphs(Extractors.all());
        List<ArticleGraph> good = seeds().stream().map(graphs::of).toList();
        ArticleGraph victim = good.get(1);
        ArticleGraph broken = new ArticleGraph(victim.name(), victim.origin(),
                ModelFactory.createModelForGraph(new FailingGraph(victim.model().getGraph(), 10)), victim.claims());
        List<ArticleGraph> inputs = new ArrayList<>(good);
        inputs.set(1, broken);
        List<IngestProblem> problems = new ArrayList<>();
        try (ClaimStore store = ClaimStore.open(dir.resolve("db"))) {
            LoadReport report = new BatchLoader(store, Extractors::all, problems::add)
                    .batchSize(inputs.size()).loadGraphs(inputs.iterator());

            assertEquals(good.size() - 1, report.articles());
            assertEquals(List.of(victim.origin()), problems.stream().map(IngestProblem::origin).toList());
            Set<Node> names = graphNames(store);
            assertFalse(names.contains(NodeFactory.createURI(victim.name())), "nothing of the refused article");
            assertEquals(good.size() - 1, names.size());
            for (ArticleGraph g : good) {
                if (g != victim) {
                    Graph stored = Txn.calculateRead(store.dataset(),
                            () -> copy(store.datasetGraph().getGraph(NodeFactory.createURI(g.name()))));
                    assertTrue(stored.isIsomorphicWith(g.model().getGraph()), g.origin() + " complete");
                }
            }
        }
    }

    private static Graph copy(Graph g) {
        Graph out = org.apache.jena.sparql.graph.GraphFactory.createGraphMem();
        g.find().forEachRemaining(out::add);
        return out;
    }

    private static Set<Node> graphNames(ClaimStore store) {
        return Txn.calculateRead(store.dataset(), () -> Iter.toSet(store.datasetGraph().find())
                .stream().map(Quad::getGraph)
                .filter(g -> !g.equals(Vocab.QUERY_INDEX_GRAPH.asNode())) // derived from the articles, not one
                .collect(Collectors.toSet()));
    }
}
