package org.claimgraph.store.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.system.Txn;
import org.claimgraph.extract.Extractors;
import org.claimgraph.ingest.Article;
import org.claimgraph.ingest.ArticleReader;
import org.claimgraph.query.QueryCatalog;
import org.claimgraph.query.QueryRunner;
import org.claimgraph.rdf.Vocab.CG;
import org.claimgraph.store.BatchLoader;
import org.claimgraph.store.ClaimStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The query index against what it stands for, on the seeds in a real TDB2 store: every stored query
 * that reads the index answers exactly as its former version, which read names, classes and texts
 * through the union default graph (src/test/resources/unindexed), and the index written article by
 * article equals one computed afresh from the article graphs, also after an article is replaced.
 */
class QueryIndexTest {

    private static final QueryCatalog INDEXED = QueryCatalog.fromDirectory(Path.of("queries"));
    private static final QueryCatalog UNINDEXED = QueryCatalog.fromDirectory(Path.of("src/test/resources/unindexed"));
    private static final QueryRunner RUNNER = new QueryRunner();
    private static final String QAANI = "https://w3id.org/claimgraph/id/actor/esmail-qaani";

    @TempDir
    Path dir;

    private static List<Article> seeds() {
        return new ArticleReader().read(Path.of("data/articles")).articles();
    }

    private static void load(ClaimStore store, List<Article> articles) {
        new BatchLoader(store, Extractors::all, p -> {
            throw new AssertionError("skipped " + p.origin() + ": " + p.reason());
        }).batchSize(4).load(articles.iterator());
    }

    @Test
    void indexedQueriesAnswerAsTheUnionGraphDoes() {
        try (ClaimStore store = ClaimStore.open(dir.resolve("db"))) {
            load(store, seeds());
            assertTrue(indexSize(store) > 500, "the seeds' names and words: " + indexSize(store));
            assertSameAnswers(store);
            // The check above must be able to fail: an index missing one name changes an answer.
            Txn.executeWrite(store.dataset(), () -> store.datasetGraph().deleteAny(QueryIndex.GRAPH,
                    NodeFactory.createURI(QAANI), Node.ANY, Node.ANY));
            assertTrue(!rows(INDEXED, store, "actor-claims", Map.of("actor", QAANI))
                    .equals(rows(UNINDEXED, store, "actor-claims", Map.of("actor", QAANI))));
        }
    }

    @Test
    void indexStaysCurrentWhenAnArticleIsReplaced() {
        List<Article> seeds = seeds();
        Article original = seeds.stream().filter(a -> a.origin().contains("003_")).findFirst().orElseThrow();
        assertTrue(original.text().contains("Qaani"));
        Article renamed = new Article(original.origin(), original.text().replace("Qaani", "Quartermaine"),
                original.metadata());
        try (ClaimStore store = ClaimStore.open(dir.resolve("db"))) {
            load(store, seeds);
            Set<Triple> before = index(store);
            load(store, List.of(renamed));
            assertSameIndex(fromScratch(store), index(store));
            assertTrue(hasWord(store, "quartermaine"), "the new version's name is searchable");
            assertFalse(rows(INDEXED, store, "claim-search", Map.of("term", "Quartermaine")).isEmpty());
            assertSameAnswers(store);

            load(store, List.of(original));
            assertSameIndex(fromScratch(store), index(store));
            assertFalse(hasWord(store, "quartermaine"), "a name no article gives any more is gone");
            assertEquals(before, index(store), "back to the index of the seeds");
            assertSameAnswers(store);
        }
    }

    @Test
    void aStoreWithoutTheIndexGetsItWhenOpened() {
        Set<Triple> expected;
        try (ClaimStore store = ClaimStore.open(dir.resolve("db"))) {
            load(store, seeds());
            expected = index(store);
            Txn.executeWrite(store.dataset(), () -> store.datasetGraph().removeGraph(QueryIndex.GRAPH));
            assertEquals(Set.of(), index(store));
        }
        try (ClaimStore store = ClaimStore.open(dir.resolve("db"))) {
            assertEquals(expected, index(store));
        }
    }

    private static void assertSameAnswers(ClaimStore store) {
        for (String query : List.of("actors", "claims", "attribution-chain", "article", "event-timeline")) {
            assertEquals(rows(UNINDEXED, store, query, Map.of()), rows(INDEXED, store, query, Map.of()), query);
        }
        for (String actor : List.of(QAANI, "https://w3id.org/claimgraph/id/actor/reuters",
                "https://w3id.org/claimgraph/id/actor/iran")) {
            for (String query : List.of("actor-claims", "actors")) {
                List<String> expected = rows(UNINDEXED, store, query, Map.of("actor", actor));
                assertEquals(expected, rows(INDEXED, store, query, Map.of("actor", actor)), query + " " + actor);
            }
        }
        // Terms whose first word is a whole word of the text or name: there the word index loses nothing.
        for (String term : List.of("Qaani", "reuters", "Iraq", "official", "the airport", "Quartermaine")) {
            List<String> expected = rows(UNINDEXED, store, "claim-search", Map.of("term", term));
            assertEquals(expected, rows(INDEXED, store, "claim-search", Map.of("term", term)), term);
        }
    }

    /**
     * Rows as sorted strings: ORDER BY leaves ties in any order, and GROUP_CONCAT lists the places a
     * term matched in any order.
     */
    private static List<String> rows(QueryCatalog catalog, ClaimStore store, String query, Map<String, String> params) {
        List<String> out = new ArrayList<>();
        RUNNER.select(catalog.get(query), params, store.datasetGraph()).forEachRemaining((Binding b) -> {
            Map<String, String> row = new TreeMap<>();
            b.vars().forEachRemaining(v -> row.put(v.getVarName(), v.getVarName().equals("matchedIn")
                    ? new TreeSet<>(List.of(b.get(v).getLiteralLexicalForm().split(","))).toString()
                    : b.get(v).toString()));
            out.add(row.toString());
        });
        out.sort(null);
        return out;
    }

    private static long indexSize(ClaimStore store) {
        return index(store).size();
    }

    /** Equal indexes, or the entries each lacks (a whole index would bury them in the message). */
    private static void assertSameIndex(Set<Triple> expected, Set<Triple> actual) {
        Set<Triple> missing = new HashSet<>(expected);
        missing.removeAll(actual);
        Set<Triple> extra = new HashSet<>(actual);
        extra.removeAll(expected);
        assertEquals(Set.of(), missing, "entries missing, beside these extra ones: " + extra);
        assertEquals(Set.of(), extra, "entries no article gives");
    }

    private static Set<Triple> index(ClaimStore store) {
        return Txn.calculateRead(store.dataset(), () -> {
            Set<Triple> out = new HashSet<>();
            store.datasetGraph().getGraph(QueryIndex.GRAPH).find().forEachRemaining(out::add);
            return out;
        });
    }

    /**
     * What the article graphs now in the store give, each read whole: their entries, each subject's sort
     * keys from its entries of all articles together, and the index's version.
     */
    private static Set<Triple> fromScratch(ClaimStore store) {
        return Txn.calculateRead(store.dataset(), () -> {
            DatasetGraph dsg = store.datasetGraph();
            Set<Triple> out = new HashSet<>();
            dsg.listGraphNodes().forEachRemaining(g -> {
                if (QueryIndex.isArticleGraph(g)) {
                    out.addAll(IndexEntries.of(dsg.getGraph(g)));
                }
            });
            Set<Triple> pageKeys = new HashSet<>();
            dsg.listGraphNodes().forEachRemaining(g -> {
                if (QueryIndex.isArticleGraph(g)) {
                    pageKeys.addAll(PageKeys.entries(dsg.getGraph(g).find().toList()));
                }
            });
            Map<Node, List<Triple>> bySubject = new HashMap<>();
            out.forEach(t -> bySubject.computeIfAbsent(t.getSubject(), s -> new ArrayList<>()).add(t));
            bySubject.forEach((subject, entries) -> out.addAll(IndexEntries.derived(subject, entries)));
            out.addAll(pageKeys); // from claims' triples, so not in the subjects' derived entries
            out.add(Triple.create(QueryIndex.GRAPH, CG.indexVersion.asNode(),
                    NodeFactory.createLiteralByValue(QueryIndex.VERSION, XSDDatatype.XSDinteger)));
            return out;
        });
    }

    private static boolean hasWord(ClaimStore store, String word) {
        return Txn.calculateRead(store.dataset(), () -> store.datasetGraph().contains(QueryIndex.GRAPH, Node.ANY,
                CG.searchWord.asNode(), NodeFactory.createLiteralString(word)));
    }
}
