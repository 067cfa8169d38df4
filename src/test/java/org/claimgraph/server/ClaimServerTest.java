package org.claimgraph.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.sparql.exec.http.QueryExecHTTP;
import org.claimgraph.query.ClaimFixture;
import org.claimgraph.query.ParameterBinding;
import org.claimgraph.query.QueryCatalog;
import org.claimgraph.query.QueryRunner;
import org.claimgraph.query.ResultFormat;
import org.claimgraph.rdf.Vocab;
import org.claimgraph.store.ClaimStore;
import org.eclipse.rdf4j.model.Value;
import org.eclipse.rdf4j.query.BindingSet;
import org.eclipse.rdf4j.query.TupleQuery;
import org.eclipse.rdf4j.query.TupleQueryResult;
import org.eclipse.rdf4j.repository.RepositoryConnection;
import org.eclipse.rdf4j.repository.sparql.SPARQLRepository;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A real read-only Fuseki on a free port over a real TDB2 directory holding the fixture articles. */
class ClaimServerTest {

    @TempDir
    static Path dir;

    private static ClaimStore store;
    private static ClaimServer server;
    private static HttpProbe http;
    private static final ClaimFixture FIXTURE = new ClaimFixture();
    private static final QueryCatalog CATALOG = QueryCatalog.fromDirectory(Path.of("queries"));

    @BeforeAll
    static void start() {
        store = ClaimStore.open(dir.resolve("db"));
        FIXTURE.load(store);
        server = ClaimServer.start(store.datasetGraph(), CATALOG, ServerSettings.readOnly(0, Duration.ofSeconds(10)));
        http = new HttpProbe(server.baseUrl());
    }

    @AfterAll
    static void stop() {
        server.stop();
        store.close();
    }

    // ------------------------------------------------------------ stored queries through SPARQL clients

    /** Each stored query, parameters bound, sent to /claims/sparql by Jena's RDFConnection. */
    private static List<Map<String, String>> viaJena(String name, Map<String, String> params) {
        Query bound = ParameterBinding.apply(CATALOG.get(name), params);
        List<Map<String, String>> rows = new ArrayList<>();
        try (RDFConnection conn = RDFConnection.connect(server.datasetUrl())) {
            try (QueryExecution exec = conn.query(bound)) {
                exec.execSelect().forEachRemaining(s -> {
                    Map<String, String> row = new HashMap<>();
                    s.varNames().forEachRemaining(v -> row.put(v, text(s.get(v))));
                    rows.add(row);
                });
            }
        }
        return rows;
    }

    /**
     * The same through RDF4J's SPARQLRepository, a client that shares no code with Jena: it must parse
     * the bound query's text as Jena writes it and read Fuseki's results.
     */
    private static List<Map<String, String>> viaRdf4j(String name, Map<String, String> params) {
        Query bound = ParameterBinding.apply(CATALOG.get(name), params);
        SPARQLRepository repo = new SPARQLRepository(server.queryUrl());
        repo.init();
        List<Map<String, String>> rows = new ArrayList<>();
        try (RepositoryConnection conn = repo.getConnection()) {
            TupleQuery tq = conn.prepareTupleQuery(bound.serialize());
            try (TupleQueryResult result = tq.evaluate()) {
                for (BindingSet bs : result) {
                    Map<String, String> row = new HashMap<>();
                    bs.forEach(b -> row.put(b.getName(), text(b.getValue())));
                    rows.add(row);
                }
            }
        } finally {
            repo.shutDown();
        }
        return rows;
    }

    private static String text(RDFNode n) {
        return n.isLiteral() ? n.asLiteral().getLexicalForm() : n.toString();
    }

    private static String text(Value v) {
        return v.stringValue();
    }

    private interface Client {
        List<Map<String, String>> run(String name, Map<String, String> params);
    }

    private static void assertFixtureAnswers(Client client) {
        List<Map<String, String>> claims = client.run("claims", Map.of());
        assertEquals(3, claims.size());
        Map<String, String> mikati = claims.stream().filter(r -> ClaimFixture.MIKATI.equals(r.get("source")))
                .findFirst().orElseThrow();
        assertEquals("Najib Mikati", mikati.get("sourceName"));
        assertEquals("said", mikati.get("cue"));
        assertEquals("the talks would resume next week", mikati.get("text"));
        assertEquals(ClaimFixture.ARTICLE_ONE, mikati.get("article"));

        List<Map<String, String>> inTwo = client.run("claims", Map.of("article", ClaimFixture.ARTICLE_TWO));
        assertEquals(1, inTwo.size());
        assertEquals("Farhad Alaadin", inTwo.get(0).get("sourceName"));

        List<Map<String, String>> actors = client.run("actors", Map.of());
        for (String actor : List.of(ClaimFixture.MIKATI, ClaimFixture.ALAADIN, ClaimFixture.NATIONAL,
                ClaimFixture.SHAFAQ)) {
            assertTrue(actors.stream().anyMatch(r -> actor.equals(r.get("actor")) && r.get("name") != null
                    && r.get("name").equals(r.get("alias"))), "name row for " + actor);
        }

        String claim = FIXTURE.claimWithText("the talks were postponed indefinitely");
        List<Map<String, String>> chain = client.run("attribution-chain", Map.of("claim", claim));
        assertEquals(List.of("0", "1", "2"), chain.stream().map(r -> r.get("depth")).toList());
        assertEquals(List.of(Vocab.CG.Said.getURI(), Vocab.CG.QuotedBy.getURI(), Vocab.CG.TranslatedBy.getURI()),
                chain.stream().map(r -> r.get("role")).toList());
        assertEquals(List.of("Farhad Alaadin", "The National", "Shafaq News"),
                chain.stream().map(r -> r.get("agentName")).toList());

        assertEquals(List.of(), client.run("contradictions", Map.of()));
    }

    @Test
    void storedQueriesAnswerThroughJena() {
        assertFixtureAnswers(ClaimServerTest::viaJena);
    }

    @Test
    void storedQueriesAnswerThroughRdf4j() {
        assertFixtureAnswers(ClaimServerTest::viaRdf4j);
    }

    @Test
    void runnerWorksAgainstTheEndpoint() {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        new QueryRunner().run(CATALOG.get("claims"), Map.of("source", ClaimFixture.ALAADIN), server.queryUrl(),
                ResultFormat.CSV, out);
        String csv = out.toString(java.nio.charset.StandardCharsets.UTF_8);
        assertEquals(2, csv.strip().split("\r?\n").length, csv);
        assertTrue(csv.contains("Farhad Alaadin,as saying that,the talks were postponed indefinitely"), csv);
    }

    // ------------------------------------------------------------ /claims/stored

    @Test
    void storedEndpointListsTheQueries() {
        HttpResponse<String> r = http.get("/claims/stored");
        assertEquals(200, r.statusCode());
        var list = org.apache.jena.atlas.json.JSON.parseAny(r.body()).getAsArray();
        assertEquals(12, list.size()); // actor-claims, actors, article, article-provenance, attribution-chain,
                                       // claim-evidence, claim-search, claims, contradictions, event-timeline,
                                       // story-copies, story-versions
        var claims = list.stream().map(v -> v.getAsObject())
                .filter(o -> o.getString("name").equals("claims")).findFirst().orElseThrow();
        assertTrue(claims.getString("description").startsWith("Which claims"));
        assertEquals("source", claims.get("parameters").getAsArray().get(0).getAsObject().getString("name"));
        assertEquals("claim", claims.get("columns").getAsArray().get(0).getAsString().value());
    }

    @Test
    void storedEndpointAnswersJsonByDefaultAndCsvOnRequest() {
        String path = "/claims/stored/claims?source=" + HttpProbe.encode(ClaimFixture.MIKATI);
        HttpResponse<String> json = http.get(path);
        assertEquals(200, json.statusCode());
        assertTrue(json.headers().firstValue("Content-Type").orElse("").startsWith("application/sparql-results+json"));
        var bindings = org.apache.jena.atlas.json.JSON.parse(json.body()).getObj("results").get("bindings").getAsArray();
        assertEquals(1, bindings.size());
        assertEquals("Najib Mikati", bindings.get(0).getAsObject().getObj("sourceName").getString("value"));

        HttpResponse<String> csv = http.get(path, "Accept", "text/csv");
        assertEquals(200, csv.statusCode());
        assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        String[] lines = csv.body().strip().split("\r?\n");
        assertEquals("claim,article,source,sourceName,cue,text", lines[0]);
        assertEquals(2, lines.length);
        assertTrue(lines[1].endsWith(",Najib Mikati,said,the talks would resume next week"), lines[1]);

        // A value with quotation marks survives CSV quoting.
        HttpResponse<String> quoted = http.get("/claims/stored/claims?article="
                + HttpProbe.encode(ClaimFixture.ARTICLE_ONE), "Accept", "text/csv");
        assertTrue(quoted.body().contains("\"the border crossing was \"\"closed until further notice\"\"\""),
                quoted.body());
    }

    @Test
    void storedEndpointRefusesUnknownNamesAndParameters() {
        HttpResponse<String> unknown = http.get("/claims/stored/no-such-query");
        assertEquals(404, unknown.statusCode());
        assertTrue(unknown.body().contains("no stored query 'no-such-query'"), unknown.body());
        HttpResponse<String> badParam = http.get("/claims/stored/claims?speaker=x");
        assertEquals(400, badParam.statusCode());
        assertTrue(badParam.body().contains("no parameter 'speaker'"), badParam.body());
        assertEquals(400, http.get("/claims/stored/claims?source=a&source=b").statusCode());
    }

    @Test
    void injectedParameterTextIsNeverExecuted() {
        long before = store.size();
        String claim = FIXTURE.claimWithText("the talks were postponed indefinitely");
        for (String attack : List.of("> } ; DROP ALL #", "\" } ; DROP ALL ; #", claim + "> } ; DROP ALL #",
                claim + "\"> . } DELETE WHERE { ?s ?p ?o } #", "\\\" ; CLEAR ALL")) {
            HttpResponse<String> r = http.get("/claims/stored/attribution-chain?claim=" + HttpProbe.encode(attack));
            assertEquals(200, r.statusCode(), attack + " -> " + r.body());
            var bindings = org.apache.jena.atlas.json.JSON.parse(r.body()).getObj("results").get("bindings")
                    .getAsArray();
            assertEquals(0, bindings.size(), attack);

            // The same through the runner against the SPARQL endpoint: the value travels as a literal.
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            new QueryRunner().run(CATALOG.get("attribution-chain"), Map.of("claim", attack), server.queryUrl(),
                    ResultFormat.CSV, out);
            assertEquals(1, out.toString(java.nio.charset.StandardCharsets.UTF_8).strip().split("\r?\n").length);
        }
        assertEquals(before, store.size());
        // and the real claim still has its chain
        assertTrue(http.get("/claims/stored/attribution-chain?claim=" + HttpProbe.encode(claim)).body()
                .contains("Farhad Alaadin"));
    }

    // ------------------------------------------------------------ what is refused

    @Test
    void anonymousUpdatesAreRefused() {
        long before = store.size();
        String drop = "DROP ALL";
        List<HttpResponse<String>> attempts = List.of(
                http.send("POST", "/claims/update", "application/sparql-update", drop),
                http.send("POST", "/claims/update", "application/x-www-form-urlencoded", "update=" + HttpProbe.encode(drop)),
                http.send("POST", "/claims/sparql", "application/sparql-update", drop),
                http.send("POST", "/claims/sparql", "application/x-www-form-urlencoded", "update=" + HttpProbe.encode(drop)),
                http.send("POST", "/claims/query", "application/sparql-update", drop),
                http.send("POST", "/claims", "application/sparql-update", drop),
                http.send("POST", "/claims/stored/claims", "application/sparql-update", drop));
        for (HttpResponse<String> r : attempts) {
            assertTrue(r.statusCode() >= 400, r.request().uri() + " -> " + r.statusCode());
        }
        assertEquals(before, store.size());
    }

    @Test
    void graphStoreWritesAreRefused() {
        long before = store.size();
        String turtle = "<urn:x:s> <urn:x:p> <urn:x:o> .";
        String graph = "?graph=" + HttpProbe.encode(ClaimFixture.ARTICLE_ONE);
        for (String endpoint : List.of("/claims/data", "/claims/get", "/claims")) {
            for (String target : List.of("?default", graph)) {
                for (String method : List.of("PUT", "POST", "DELETE")) {
                    HttpResponse<String> r = http.send(method, endpoint + target,
                            method.equals("DELETE") ? null : "text/turtle", method.equals("DELETE") ? null : turtle);
                    assertTrue(r.statusCode() >= 400, method + " " + endpoint + target + " -> " + r.statusCode());
                }
            }
        }
        assertEquals(before, store.size());
        assertEquals(200, http.get("/claims/get" + graph).statusCode());
    }

    @Test
    void administrativePathsAreRefused() {
        List<String> admin = List.of("/$/datasets", "/$/datasets/claims", "/$/stats", "/$/stats/claims",
                "/$/metrics", "/$/compact/claims", "/$/backup/claims", "/$/backups/list", "/$/backups-list",
                "/$/tasks", "/$/tasks/1", "/$/reload", "/$/logs", "/$/sleep", "/$/status", "/$/validate/query",
                "/$/", "/$");
        for (String path : admin) {
            for (String method : List.of("GET", "POST", "DELETE")) {
                HttpResponse<String> r = http.send(method, path, null, null);
                assertTrue(r.statusCode() == 403 || r.statusCode() == 404,
                        method + " " + path + " -> " + r.statusCode());
            }
        }
        // What the UI needs is there, read-only: POST to it is refused too.
        assertEquals(200, http.get("/$/ping").statusCode());
        assertEquals(403, http.send("POST", "/$/ping", null, null).statusCode());
        assertEquals(403, http.send("POST", "/$/server", null, null).statusCode());
    }

    // ------------------------------------------------------------ the UI

    @Test
    void fusekiUiLoadsAndFindsTheDataset() {
        HttpResponse<String> index = http.get("/fuseki/");
        assertEquals(200, index.statusCode());
        assertTrue(index.body().contains("Apache Jena Fuseki UI"));
        var script = java.util.regex.Pattern.compile("src=\"\\./(static/[^\"]+\\.js)\"").matcher(index.body());
        assertTrue(script.find());
        HttpResponse<String> js = http.get("/fuseki/" + script.group(1));
        assertEquals(200, js.statusCode());
        assertTrue(js.body().contains("/$/server"));

        HttpResponse<String> status = http.get("/$/server");
        assertEquals(200, status.statusCode());
        var datasets = org.apache.jena.atlas.json.JSON.parse(status.body()).get("datasets").getAsArray();
        var claims = datasets.get(0).getAsObject();
        assertEquals("/claims", claims.getString("ds.name"));
        String services = claims.get("ds.services").toString();
        assertTrue(services.contains("\"query\"") && services.contains("sparql"), services);
        assertTrue(!services.contains("\"update\""), services);
    }

    @Test
    void federatedQueriesAreRefused() {
        String query = "SELECT * { SERVICE <" + server.queryUrl() + "> { ?s ?p ?o } } LIMIT 1";
        HttpResponse<String> r = http.get("/claims/sparql?query=" + HttpProbe.encode(query));
        assertTrue(r.statusCode() >= 400 && r.body().contains("SERVICE execution disabled"),
                r.statusCode() + " " + r.body());
    }

    @Test
    void queriesOnTheSparqlEndpointWork() {
        try (QueryExec q = QueryExecHTTP.service(server.queryUrl())
                .query("ASK { ?c a <" + Vocab.CG.Claim.getURI() + "> }").build()) {
            assertTrue(q.ask());
        }
    }
}
