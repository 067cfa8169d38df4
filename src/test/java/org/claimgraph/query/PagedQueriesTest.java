package org.claimgraph.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.system.Txn;
import org.claimgraph.bench.Replicas;
import org.claimgraph.rdf.ArticleGraph;
import org.claimgraph.rdf.ClaimGraphs;
import org.claimgraph.extract.Extractors;
import org.claimgraph.ingest.ArticleReader;
import org.claimgraph.store.BatchLoader;
import org.claimgraph.store.ClaimStore;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The queries that cut their page in a sub-select, read page by page on the seeds in a real TDB2 store,
 * against the whole answer computed independently: the plain SPARQL of src/test/resources/unindexed,
 * which reads names and texts through the union default graph, groups every row and sorts, with no
 * sub-select and no page. Pages of a few rows cut every listing into many pages, across actors with
 * several spellings and events with several claims.
 */
class PagedQueriesTest {

    private static final QueryCatalog PAGED = QueryCatalog.fromDirectory(Path.of("queries"));
    private static final QueryCatalog WHOLE = QueryCatalog.fromDirectory(Path.of("src/test/resources/unindexed"));
    private static final QueryRunner RUNNER = new QueryRunner();
    private static final String ACTOR = "https://w3id.org/claimgraph/id/actor/";

    @TempDir
    static Path dir;
    private static ClaimStore store;

    @BeforeAll
    static void load() {
        store = ClaimStore.open(dir.resolve("db"));
        new BatchLoader(store, Extractors::all, p -> {
            throw new AssertionError("skipped " + p.origin() + ": " + p.reason());
        }).batchSize(4).load(new ArticleReader().read(Path.of("data/articles")).articles().iterator());
    }

    @AfterAll
    static void close() {
        store.close();
    }

    @Test
    void everyActorPageByPage() {
        assertPagedAsWhole("actors", Map.of(), 7);
        assertPagedAsWhole("actors", Map.of("actor", ACTOR + "esmail-qaani"), 2);
    }

    @Test
    void anActorsClaimsPageByPage() {
        for (String actor : List.of("esmail-qaani", "reuters", "iran")) {
            assertPagedAsWhole("actor-claims", Map.of("actor", ACTOR + actor), 2);
        }
    }

    @Test
    void claimsPageByPage() {
        assertPagedAsWhole("claims", Map.of(), 7);
        assertPagedAsWhole("claims", Map.of("source", ACTOR + "esmail-qaani"), 1);
    }

    @Test
    void claimSearchPageByPage() {
        for (String term : List.of("Qaani", "Iraq", "the airport", "official")) {
            assertPagedAsWhole("claim-search", Map.of("term", term), 1);
        }
    }

    @Test
    void theTimelinePageByPage() {
        assertPagedAsWhole("event-timeline", Map.of(), 5);
    }

    @Test
    void chainsPageByPage() {
        assertPagedAsWhole("attribution-chain", Map.of(), 4);
    }

    @Test
    void actorClaimsWithoutAnActorIsRefused() {
        BadParameterException e = org.junit.jupiter.api.Assertions.assertThrows(BadParameterException.class,
                () -> rows(PAGED, "actor-claims", Map.of()));
        assertTrue(e.getMessage().contains("needs its parameter 'actor'"), e.getMessage());
    }

    /**
     * The queries that read their page from page keys, on the seeds replicated four times with fresh
     * article IRIs as the bench grows its store: each copy's article IRI differs from its original only
     * after the part a key keeps, so every key stands for several articles and pages end inside such
     * groups. Each page is compared with the same slice of an answer computed by the plain SPARQL below.
     */
    @Test
    void pagesReadFromPageKeysAreThoseOfThePlainAnswer() {
        try (ClaimStore copies = ClaimStore.open(dir.resolve("copies"))) {
            ClaimGraphs graphs = new ClaimGraphs(Extractors.all());
            Replicas replicas = new Replicas(new ArticleReader().read(Path.of("data/articles")).articles().stream()
                    .map(graphs::of).toList());
            List<ArticleGraph> articles = new ArrayList<>();
            for (int i = 0; i < replicas.baseSize() * 4; i++) {
                articles.add(replicas.article(i));
            }
            copies.replaceAll(articles);
            String claims = "SELECT ?article ?claim ?source { ?claim a cg:Claim ; cg:inArticle ?article ; "
                    + "cg:attributedTo ?source } ORDER BY ?article ?claim ?source";
            assertPagesOf(copies, "claims", Map.of(), claims, List.of("article", "claim", "source"), 13);
            for (String source : List.of("the-national", "esmail-qaani", "kataib-hezbollah")) {
                String bySource = claims.replace("?source }", "?source FILTER(?source = <" + ACTOR + source + ">) }");
                assertPagesOf(copies, "claims", Map.of("source", ACTOR + source), bySource,
                        List.of("article", "claim", "source"), 3);
            }
            for (String actor : List.of("esmail-qaani", "reuters", "iran")) {
                String actorClaims = ("SELECT ?relation ?article ?claim ?source { "
                        + "{ ?claim cg:attributedTo <A> BIND(\"said\" AS ?relation) } UNION "
                        + "{ ?claim cg:about <A> BIND(\"about\" AS ?relation) } "
                        + "?claim cg:inArticle ?article ; cg:attributedTo ?source } ORDER BY ?relation ?article ?claim ?source")
                        .replace("<A>", "<" + ACTOR + actor + ">");
                assertPagesOf(copies, "actor-claims", Map.of("actor", ACTOR + actor), actorClaims,
                        List.of("relation", "article", "claim", "source"), 3);
            }
            // Read from order keys: actors by name key, chains by claim key (the copies' claims share keys).
            String actors = "SELECT DISTINCT ?name ?actor ?alias { GRAPH <https://w3id.org/claimgraph/id/graph/query-index> "
                    + "{ ?actor cg:displayName ?name { ?actor <http://www.w3.org/2004/02/skos/core#prefLabel> ?alias } "
                    + "UNION { ?actor <http://www.w3.org/2004/02/skos/core#altLabel> ?alias } } } ORDER BY ?name ?actor ?alias";
            assertPagesOf(copies, "actors", Map.of(), actors, List.of("name", "actor", "alias"), 7);
            String chains = "SELECT DISTINCT ?claim ?depth ?agent ?hop { ?claim a cg:Claim ; cg:contentText ?text ; "
                    + "cg:hop ?hop . ?hop cg:depth ?depth ; cg:agent ?agent ; cg:role ?role } ORDER BY ?claim ?depth ?agent";
            assertPagesOf(copies, "attribution-chain", Map.of(), chains, List.of("claim", "depth", "agent"), 11);
        }
    }

    /**
     * Reads {@code query} page by page on {@code store} and compares each page's {@code columns} with the
     * same slice of {@code plain}'s answer; sources tied on the rest of the row compare as a set.
     */
    private static void assertPagesOf(ClaimStore store, String query, Map<String, String> params, String plain,
                                      List<String> columns, int size) {
        List<List<String>> whole = new ArrayList<>();
        Txn.executeRead(store.dataset(), () -> {
            try (QueryExec exec = QueryExec.dataset(store.datasetGraph())
                    .query("PREFIX cg: <https://w3id.org/claimgraph/ontology#> " + plain).build()) {
                exec.select().forEachRemaining(b -> whole.add(columns.stream().map(c -> b.get(c).toString()).toList()));
            }
        });
        assertTrue(whole.size() > 3 * size, query + " " + params + " must span several pages: " + whole.size());
        for (int offset = 0; offset < whole.size() + size; offset += size) {
            Map<String, String> page = new HashMap<>(params);
            page.put("limit", Integer.toString(size));
            page.put("offset", Integer.toString(offset));
            List<List<String>> rows = new ArrayList<>();
            RUNNER.select(PAGED.get(query), page, store.datasetGraph()).forEachRemaining((Binding b) ->
                    rows.add(columns.stream().map(c -> b.get(c).toString()).toList()));
            List<List<String>> expected = whole.subList(Math.min(offset, whole.size()),
                    Math.min(offset + size, whole.size()));
            assertEquals(new TreeSet<>(keysOf(expected)).toString(), new TreeSet<>(keysOf(rows)).toString(),
                    query + " " + params + " offset " + offset);
            assertEquals(keysWithoutLast(expected), keysWithoutLast(rows), query + " " + params + " offset " + offset);
        }
    }

    private static List<String> keysOf(List<List<String>> rows) {
        return rows.stream().map(Object::toString).toList();
    }

    /** The rows in order without their last column (the source, whose ties ORDER BY leaves in any order). */
    private static List<List<String>> keysWithoutLast(List<List<String>> rows) {
        return rows.stream().map(r -> r.subList(0, r.size() - 1)).toList();
    }

    @Test
    void aPageOfTheWholeAnswerIsThatSliceOfIt() {
        List<String> whole = rows(WHOLE, "claims", Map.of("limit", "100000"));
        assertEquals(whole.subList(10, 14), rows(PAGED, "claims", Map.of("limit", "4", "offset", "10")));
        assertEquals(whole.subList(whole.size() - 2, whole.size()),
                rows(PAGED, "claims", Map.of("offset", Integer.toString(whole.size() - 2))));
        assertEquals(List.of(), rows(PAGED, "claims", Map.of("offset", Integer.toString(whole.size()))));
        assertEquals(List.of(), rows(PAGED, "actors", Map.of("limit", "0")));
    }

    /** Reads {@code query} in pages of {@code size} rows until a short page, and compares with the whole answer. */
    private static void assertPagedAsWhole(String query, Map<String, String> params, int size) {
        Map<String, String> all = new HashMap<>(params);
        all.put("limit", "100000");
        List<String> whole = rows(WHOLE, query, all);
        assertTrue(whole.size() > size, query + " " + params + " must span several pages: " + whole.size() + " rows");
        List<String> paged = new ArrayList<>();
        for (int offset = 0; ; offset += size) {
            Map<String, String> page = new HashMap<>(params);
            page.put("limit", Integer.toString(size));
            page.put("offset", Integer.toString(offset));
            List<String> rows = rows(PAGED, query, page);
            assertTrue(rows.size() <= size, "a page holds at most its limit");
            paged.addAll(rows);
            if (rows.size() < size) {
                break;
            }
        }
        assertEquals(whole, paged, query + " " + params);
    }

    /** The rows in their order, each as its columns; where a term matched is a set, listed in any order. */
    private static List<String> rows(QueryCatalog catalog, String query, Map<String, String> params) {
        List<String> out = new ArrayList<>();
        RUNNER.select(catalog.get(query), params, store.datasetGraph()).forEachRemaining((Binding b) -> {
            Map<String, String> row = new TreeMap<>();
            b.vars().forEachRemaining(v -> row.put(v.getVarName(), v.getVarName().equals("matchedIn")
                    ? new TreeSet<>(List.of(b.get(v).getLiteralLexicalForm().split(","))).toString()
                    : b.get(v).toString()));
            out.add(row.toString());
        });
        return out;
    }
}
