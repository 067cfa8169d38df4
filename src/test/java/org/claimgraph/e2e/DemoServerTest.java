package org.claimgraph.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.sparql.exec.http.QueryExecHTTP;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFactory;
import org.claimgraph.query.QueryCatalog;
import org.claimgraph.server.ClaimServer;
import org.claimgraph.server.ServerSettings;
import org.claimgraph.store.ClaimStore;
import org.eclipse.rdf4j.query.BindingSet;
import org.eclipse.rdf4j.query.TupleQueryResult;
import org.eclipse.rdf4j.repository.RepositoryConnection;
import org.eclipse.rdf4j.repository.sparql.SPARQLRepository;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole path a user takes: the five seeds ingested into a real TDB2 directory, Fuseki on an
 * ephemeral port, stored queries and SPARQL over HTTP from Jena and from RDF4J.
 */
class DemoServerTest {

    private static final String PREFIXES = """
            PREFIX cg: <https://w3id.org/claimgraph/ontology#>
            PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
            """;

    @TempDir
    static Path dir;
    static ClaimStore store;
    static ClaimServer server;

    @BeforeAll
    static void start() {
        store = ClaimStore.open(dir.resolve("db"));
        DemoCorpus.ingest(store);
        server = ClaimServer.start(store.datasetGraph(), QueryCatalog.load(Path.of("queries")),
                ServerSettings.readOnly(0, Duration.ofSeconds(10)));
    }

    @AfterAll
    static void stop() {
        server.close();
        store.close();
    }

    /** Rows of the stored query `claims`, fetched over HTTP as SPARQL JSON results. */
    private static List<QuerySolution> storedClaims() throws Exception {
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(server.datasetUrl() + "/stored/claims")).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, response.statusCode());
        ResultSet rs = ResultSetFactory.fromJSON(new java.io.ByteArrayInputStream(response.body()));
        List<QuerySolution> rows = new ArrayList<>();
        rs.forEachRemaining(rows::add);
        return rows;
    }

    private static QuerySolution claim(List<QuerySolution> rows, String source, String cue, String content) {
        return rows.stream()
                .filter(r -> r.getLiteral("sourceName").getString().contains(source))
                .filter(r -> r.contains("cue") && r.getLiteral("cue").getString().contains(cue))
                .filter(r -> r.getLiteral("text").getString().contains(content))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no claim by '" + source + "' (" + cue + "): " + content));
    }

    @Test
    void claimsOfAllFiveArticlesWithTheirSpeakers() throws Exception {
        List<QuerySolution> rows = storedClaims();
        Set<String> articles = new HashSet<>();
        rows.forEach(r -> articles.add(r.getResource("article").getURI()));
        assertEquals(6, articles.size(), "claims from every seed (seed 001 holds two stories)");

        claim(rows, "Mikati", "denied", "the US had asked Lebanon to declare a unilateral ceasefire");
        claim(rows, "an Iraqi political source", "told", "the truce was arranged by PM Sudani");
        claim(rows, "an informed source", "saying", "there are clear American efforts");
        claim(rows, "a senior Iranian security official", "said", "General Qaani’s visit was successful");
        // seed 002 was spun: "mentioned" stands for "said"
        claim(rows, "politician from the ruling coalition", "mentioned", "performed into the hand of the Iraqi");
    }

    /** Evidence offsets served over HTTP cut the claimed text out of the file a user can open. */
    @Test
    void offsetsPointIntoTheUnchangedFile() throws Exception {
        String file = Files.readString(DemoCorpus.ARTICLES.resolve("001_6e7b28dd61abec0b.txt"));
        int[] cps = file.codePoints().toArray();
        String query = PREFIXES + """
                SELECT ?start ?end ?exact {
                  ?c cg:cueText "denied" ; cg:contentSpan ?span ; cg:contentText ?exact .
                  BIND (STRAFTER(STR(?span), "#char=") AS ?range)
                  BIND (xsd:integer(STRBEFORE(?range, ",")) AS ?start)
                  BIND (xsd:integer(STRAFTER(?range, ",")) AS ?end)
                }""";
        try (RDFConnection conn = RDFConnection.connect(server.queryUrl())) {
            List<QuerySolution> rows = new ArrayList<>();
            conn.querySelect(query, rows::add);
            assertEquals(1, rows.size());
            int start = rows.get(0).getLiteral("start").getInt();
            int end = rows.get(0).getLiteral("end").getInt();
            String cut = new String(cps, start, end - start);
            assertEquals(rows.get(0).getLiteral("exact").getString(), cut);
            assertTrue(cut.contains("the US had asked Lebanon to declare a unilateral ceasefire"), cut);
            assertTrue(file.substring(0, file.offsetByCodePoints(0, start))
                    .endsWith("Najib Mikati on Friday denied "), "content starts after the cue");
        }
    }

    /** RDF4J, a client sharing no code with Jena, reads the same answers. */
    @Test
    void rdf4jSeesTheSameClaims() throws Exception {
        String count = PREFIXES + "SELECT (COUNT(DISTINCT ?c) AS ?n) { ?c a cg:Claim }";
        long jena;
        try (var qe = QueryExecHTTP.service(server.queryUrl()).query(count).build()) {
            jena = Long.parseLong(qe.select().next().get("n").getLiteralLexicalForm());
        }
        SPARQLRepository repo = new SPARQLRepository(server.queryUrl());
        try (RepositoryConnection conn = repo.getConnection();
             TupleQueryResult result = conn.prepareTupleQuery(count).evaluate()) {
            BindingSet row = result.next();
            assertEquals(jena, Long.parseLong(row.getValue("n").stringValue()));
        } finally {
            repo.shutDown();
        }
        assertTrue(jena >= 50, "the seeds hold dozens of attributions, found " + jena);
    }

    @Test
    void theChainOfATranslatedClaimEndsWithTheTranslator() throws Exception {
        String query = PREFIXES + """
                SELECT ?claim { ?claim cg:sourceText "an informed source" ; cg:cueText "as saying" }""";
        String claim;
        try (RDFConnection conn = RDFConnection.connect(server.queryUrl())) {
            claim = conn.query(query).execSelect().next().getResource("claim").getURI();
        }
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(server.datasetUrl() + "/stored/attribution-chain?claim="
                        + java.net.URLEncoder.encode(claim, StandardCharsets.UTF_8)))
                        .header("Accept", "text/csv").GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode());
        List<String> lines = response.body().lines().toList();
        assertEquals("claim,text,depth,agent,agentName,role", lines.get(0));
        List<String> agents = lines.stream().skip(1).map(l -> l.split(",")).map(f -> f[f.length - 2]).toList();
        List<String> roles = lines.stream().skip(1).map(l -> l.substring(l.lastIndexOf('#') + 1)).toList();
        assertEquals(List.of("an informed source", "The National", "Shafaq News"), agents);
        assertEquals(List.of("Said", "QuotedBy", "TranslatedBy"), roles);
    }

    @Test
    void anonymousUpdatesAndAdminAreRefused() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> update = http.send(HttpRequest.newBuilder(URI.create(server.datasetUrl() + "/update"))
                .header("Content-Type", "application/sparql-update")
                .POST(HttpRequest.BodyPublishers.ofString("DROP ALL")).build(), HttpResponse.BodyHandlers.ofString());
        assertTrue(update.statusCode() >= 400 && update.statusCode() < 500, "update answered " + update.statusCode());
        try (RDFConnection conn = RDFConnection.connect(server.datasetUrl())) {
            assertThrows(Exception.class, () -> conn.update("DROP ALL"));
        }
        HttpResponse<String> admin = http.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + "/$/datasets"))
                .GET().build(), HttpResponse.BodyHandlers.ofString());
        assertTrue(admin.statusCode() == 403 || admin.statusCode() == 404, "admin answered " + admin.statusCode());
        assertTrue(storedClaims().size() >= 50, "the store is untouched");
    }
}
