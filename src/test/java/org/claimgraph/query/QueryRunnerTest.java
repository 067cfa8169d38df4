package org.claimgraph.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.sparql.exec.RowSetRewindable;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.SKOS;
import org.claimgraph.rdf.Vocab;
import org.claimgraph.store.ClaimStore;
import org.claimgraph.store.index.QueryIndex;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Stored queries run locally against a real TDB2 directory holding the fixture articles. */
class QueryRunnerTest {

    @TempDir
    Path dir;

    private ClaimStore store;
    private final ClaimFixture fixture = new ClaimFixture();
    private final QueryCatalog catalog = QueryCatalog.fromDirectory(Path.of("queries"));
    private final QueryRunner runner = new QueryRunner(Duration.ofSeconds(10));

    @BeforeEach
    void load() {
        store = ClaimStore.open(dir.resolve("db"));
        fixture.load(store);
    }

    @AfterEach
    void close() {
        store.close();
    }

    private List<Map<String, String>> rows(String query, Map<String, String> params) {
        RowSetRewindable rs = runner.select(catalog.get(query), params, store.datasetGraph());
        List<Map<String, String>> rows = new ArrayList<>();
        rs.forEachRemaining(b -> {
            Map<String, String> row = new java.util.HashMap<>();
            b.forEach((v, n) -> row.put(v.getVarName(), n.isLiteral() ? n.getLiteralLexicalForm() : n.toString()));
            rows.add(row);
        });
        return rows;
    }

    @Test
    void catalogReadsHeadersFromDirectoryAndClasspath() {
        assertEquals(List.of("actor-claims", "actors", "article", "article-provenance", "attribution-chain",
                "claim-evidence", "claim-search", "claims", "contradictions", "event-timeline", "story-copies",
                "story-versions"),
                catalog.all().stream().map(StoredQuery::name).toList());
        StoredQuery claims = catalog.get("claims");
        assertEquals(List.of("claim", "article", "source", "sourceName", "cue", "text"), claims.columns());
        assertEquals(List.of("source", "article", "claim"), claims.parameters().stream().map(StoredQuery.Parameter::name).toList());
        assertTrue(claims.description().startsWith("Which claims"));
        assertEquals(List.of("claim"),
                catalog.get("attribution-chain").parameters().stream().map(StoredQuery.Parameter::name).toList());
        assertTrue(catalog.get("contradictions").parameters().isEmpty());

        QueryCatalog packaged = QueryCatalog.fromClasspath();
        assertEquals(catalog.all().stream().map(StoredQuery::name).toList(),
                packaged.all().stream().map(StoredQuery::name).toList());
    }

    @Test
    void claimsListsEveryClaimWithItsSource() {
        List<Map<String, String>> rows = rows("claims", Map.of());
        assertEquals(3, rows.size());
        Map<String, String> mikati = rows.stream().filter(r -> r.get("source").equals(ClaimFixture.MIKATI))
                .findFirst().orElseThrow();
        assertEquals("Najib Mikati", mikati.get("sourceName"));
        assertEquals("said", mikati.get("cue"));
        assertEquals("the talks would resume next week", mikati.get("text"));
        assertEquals(ClaimFixture.ARTICLE_ONE, mikati.get("article"));
        Map<String, String> anonymous = rows.stream()
                .filter(r -> r.get("text").startsWith("the border crossing")).findFirst().orElseThrow();
        assertEquals("A senior security official", anonymous.get("sourceName"));
    }

    @Test
    void boundParametersFilterAndStayInTheirColumns() {
        List<Map<String, String>> bySource = rows("claims", Map.of("source", ClaimFixture.ALAADIN));
        assertEquals(1, bySource.size());
        assertEquals(ClaimFixture.ALAADIN, bySource.get(0).get("source"));
        assertEquals("Farhad Alaadin", bySource.get(0).get("sourceName"));
        assertEquals(ClaimFixture.ARTICLE_TWO, bySource.get(0).get("article"));

        List<Map<String, String>> byArticle = rows("claims", Map.of("article", ClaimFixture.ARTICLE_ONE));
        assertEquals(2, byArticle.size());
        assertTrue(byArticle.stream().allMatch(r -> ClaimFixture.ARTICLE_ONE.equals(r.get("article"))));
    }

    @Test
    void actorsHaveTheirNameAmongTheirAliases() {
        // Written past ClaimStore, as another tool would, so the query index is rebuilt to see it.
        Txn.executeWrite(store.dataset(), () -> {
            store.datasetGraph().add(NodeFactory.createURI("urn:example:aliases-test"),
                    NodeFactory.createURI(ClaimFixture.MIKATI), SKOS.altLabel.asNode(),
                    NodeFactory.createLiteralString("Mikati"));
            QueryIndex.rebuild(store.datasetGraph());
        });
        List<Map<String, String>> rows = rows("actors", Map.of());
        for (String actor : List.of(ClaimFixture.MIKATI, ClaimFixture.ALAADIN, ClaimFixture.NATIONAL,
                ClaimFixture.SHAFAQ)) {
            assertTrue(rows.stream().anyMatch(r -> r.get("actor").equals(actor)
                    && r.get("name").equals(r.get("alias"))), "name row for " + actor);
        }
        List<Map<String, String>> mikati = rows("actors", Map.of("actor", ClaimFixture.MIKATI));
        assertEquals(List.of("Mikati", "Najib Mikati"), mikati.stream().map(r -> r.get("alias")).sorted().toList());
        assertTrue(mikati.stream().allMatch(r -> r.get("name").equals("Najib Mikati")));
    }

    @Test
    void attributionChainRunsFromTheSpeaker() {
        String claim = fixture.claimWithText("the talks were postponed indefinitely");
        List<Map<String, String>> rows = rows("attribution-chain", Map.of("claim", claim));
        assertEquals(List.of("0", "1", "2"), rows.stream().map(r -> r.get("depth")).toList());
        assertEquals(List.of(ClaimFixture.ALAADIN, ClaimFixture.NATIONAL, ClaimFixture.SHAFAQ),
                rows.stream().map(r -> r.get("agent")).toList());
        assertEquals(List.of("Farhad Alaadin", "The National", "Shafaq News"),
                rows.stream().map(r -> r.get("agentName")).toList());
        assertEquals(List.of(Vocab.CG.Said.getURI(), Vocab.CG.QuotedBy.getURI(), Vocab.CG.TranslatedBy.getURI()),
                rows.stream().map(r -> r.get("role")).toList());

        List<Map<String, String>> all = rows("attribution-chain", Map.of());
        assertEquals(3 + 2 + 2, all.size());
        assertEquals("0", all.get(0).get("depth"));
    }

    @Test
    void contradictionsAreEmptyUntilSomeoneFindsOne() {
        assertEquals(List.of(), rows("contradictions", Map.of()));

        String a = fixture.claimWithText("the talks would resume next week");
        String b = fixture.claimWithText("the talks were postponed indefinitely");
        Node g = Vocab.CONTRADICTIONS_GRAPH.asNode();
        Node c = NodeFactory.createURI(Vocab.ID_NS + "contradiction/test");
        Node kind = NodeFactory.createURI(Vocab.CG_NS + "OpposingClaims");
        Txn.executeWrite(store.dataset(), () -> {
            var dsg = store.datasetGraph();
            dsg.add(g, c, org.apache.jena.vocabulary.RDF.type.asNode(), Vocab.CG.Contradiction.asNode());
            dsg.add(g, c, Vocab.CG.claimA.asNode(), NodeFactory.createURI(a));
            dsg.add(g, c, Vocab.CG.claimB.asNode(), NodeFactory.createURI(b));
            dsg.add(g, c, Vocab.CG.kind.asNode(), kind);
            dsg.add(g, c, Vocab.CG.explanation.asNode(), NodeFactory.createLiteralString("resume vs postponed"));
        });
        List<Map<String, String>> rows = rows("contradictions", Map.of());
        assertEquals(1, rows.size());
        Map<String, String> row = rows.get(0);
        assertEquals(a, row.get("claimA"));
        assertEquals(b, row.get("claimB"));
        assertEquals(ClaimFixture.MIKATI, row.get("sourceA"));
        assertEquals(ClaimFixture.ALAADIN, row.get("sourceB"));
        assertEquals("the talks were postponed indefinitely", row.get("textB"));
        assertEquals(kind.getURI(), row.get("kind"));
        assertEquals("resume vs postponed", row.get("explanation"));
        assertFalse(row.containsKey("confidence"));
    }

    @Test
    void injectedTextIsOnlyAValue() {
        long before = store.size();
        for (String attack : List.of("> } ; DROP ALL #", "x\" } ; DROP ALL ; #", ClaimFixture.MIKATI + "> } ; DROP ALL #",
                "') } DELETE WHERE { ?s ?p ?o } #")) {
            assertEquals(List.of(), rows("attribution-chain", Map.of("claim", attack)), attack);
        }
        assertEquals(before, store.size());
    }

    @Test
    void parameterValuesBecomeIrisOrLiterals() {
        assertTrue(ParameterBinding.node("https://w3id.org/claimgraph/id/actor/x").isURI());
        assertTrue(ParameterBinding.node("urn:x:y").isURI());
        assertTrue(ParameterBinding.node("Najib Mikati").isLiteral());
        assertTrue(ParameterBinding.node("http://x> } ; DROP ALL #").isLiteral());
        assertTrue(ParameterBinding.node("relative/path").isLiteral());
    }

    @Test
    void unknownParametersAndQueriesAreRefusedByName() {
        BadParameterException e = assertThrows(BadParameterException.class,
                () -> rows("claims", Map.of("speaker", "x")));
        assertTrue(e.getMessage().contains("'speaker'") && e.getMessage().contains("source, article"), e.getMessage());
        assertThrows(UnknownQueryException.class, () -> catalog.get("nope"));
    }

    @Test
    void formatsWriteCsvAndJson() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        runner.run(catalog.get("claims"), Map.of("source", ClaimFixture.MIKATI), store.datasetGraph(),
                ResultFormat.CSV, out);
        String csv = out.toString(StandardCharsets.UTF_8);
        assertTrue(csv.startsWith("claim,article,source,sourceName,cue,text"), csv);
        assertTrue(csv.contains("Najib Mikati,said,the talks would resume next week"), csv);

        out.reset();
        runner.run(catalog.get("actors"), Map.of(), store.datasetGraph(), ResultFormat.JSON, out);
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("\"vars\""));
    }

    @Test
    void runawayQueryIsStoppedByTheTimeLimit() {
        StoredQuery runaway = new StoredQueryParser().parse("runaway", """
                # Question: everything times everything
                # Columns: a, b, c, d, e, f, g, h, i, j, k, l
                SELECT * { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }
                """);
        // No row limit here, so that it is the time limit that stops it.
        QueryRunner quick = new QueryRunner(Duration.ofSeconds(1), Long.MAX_VALUE);
        long start = System.nanoTime();
        Map<String, String> unpaged = Map.of(ParameterBinding.LIMIT, Long.toString(Long.MAX_VALUE));
        assertThrows(QueryCancelledException.class, () -> quick.select(runaway, unpaged, store.datasetGraph()));
        assertTrue(Duration.ofNanos(System.nanoTime() - start).toSeconds() < 15);

        // With the row limit, the same query is refused as soon as it passes the limit, holding no more.
        QueryRunner bounded = new QueryRunner(Duration.ofSeconds(30), 10_000);
        start = System.nanoTime();
        TooManyRowsException e = assertThrows(TooManyRowsException.class,
                () -> bounded.select(runaway, unpaged, store.datasetGraph()));
        assertTrue(e.getMessage().contains("more than 10000 rows"), e.getMessage());
        assertTrue(Duration.ofNanos(System.nanoTime() - start).toSeconds() < 15);
    }
}
