package org.claimgraph.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryExecutionFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.lib.ShLib;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.RowSetRewindable;
import org.apache.jena.system.Txn;
import org.claimgraph.query.QueryCatalog;
import org.claimgraph.query.QueryRunner;
import org.claimgraph.rdf.Vocab;
import org.claimgraph.server.ClaimServer;
import org.claimgraph.server.ServerSettings;
import org.claimgraph.store.ClaimStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The stored queries article-provenance and story-versions on the seeds in a real TDB2 store, directly
 * and over HTTP from Fuseki on an ephemeral port; and the divergent sentences they read, in the stories graph.
 */
class ArticleProvenanceTest {

    private static final String REUTERS = "https://w3id.org/claimgraph/id/actor/reuters";

    @TempDir
    static Path dir;
    static ClaimStore store;
    static ClaimServer server;
    static QueryCatalog catalog = QueryCatalog.load(Path.of("queries"));

    @BeforeAll
    static void start() {
        store = ClaimStore.open(dir.resolve("db"));
        DemoCorpus.ingest(store);
        server = ClaimServer.start(store.datasetGraph(), catalog, ServerSettings.readOnly(0, Duration.ofSeconds(10)));
    }

    @AfterAll
    static void stop() {
        server.close();
        store.close();
    }

    /** Seed number of each article ("001#2" for the second story of the page). */
    private static Map<String, String> seeds() {
        String q = """
                PREFIX cg: <https://w3id.org/claimgraph/ontology#>
                PREFIX schema: <https://schema.org/>
                SELECT ?a ?o ?t { ?a cg:origin ?o OPTIONAL { ?a schema:headline ?t } }""";
        return Txn.calculateRead(store.dataset(), () -> {
            Map<String, String> seeds = new HashMap<>();
            try (var qe = QueryExecutionFactory.create(q, store.dataset())) {
                qe.execSelect().forEachRemaining(s -> seeds.put(s.getResource("a").getURI(),
                        s.getLiteral("o").getString().substring(0, 3)
                                + (s.contains("t") && s.getLiteral("t").getString().startsWith("Lebanese") ? "#2" : "")));
            }
            return seeds;
        });
    }

    private static List<Binding> rows(String query, Map<String, String> params) {
        RowSetRewindable rs = new QueryRunner().select(catalog.get(query), params, store.datasetGraph());
        List<Binding> rows = new ArrayList<>();
        rs.forEachRemaining(rows::add);
        return rows;
    }

    private static String local(Binding row, String var) {
        return row.contains(var) ? row.get(var).getLocalName() : null;
    }

    private static String iri(Binding row, String var) {
        return row.contains(var) ? row.get(var).getURI() : null;
    }

    @Test
    void articleProvenanceGivesEachArticleItsPublisherReporterStoryAndKind() {
        Map<String, String> seeds = seeds();
        Map<String, Binding> bySeed = new HashMap<>();
        for (Binding row : rows("article-provenance", Map.of())) {
            bySeed.put(seeds.get(row.get("article").getURI()), row);
        }
        assertEquals(6, bySeed.size(), bySeed.keySet().toString());
        assertEquals(List.of("article", "title", "publisher", "originalReporter", "derivedFrom", "kind"),
                catalog.get("article-provenance").columns());

        assertEquals(REUTERS, iri(bySeed.get("002"), "originalReporter"));
        assertEquals(REUTERS, iri(bySeed.get("003"), "originalReporter"));
        assertEquals("SpunCopy", local(bySeed.get("002"), "kind"));
        assertEquals("MachineTranslation", local(bySeed.get("003"), "kind"));
        assertEquals(iri(bySeed.get("002"), "derivedFrom"), iri(bySeed.get("003"), "derivedFrom"));
        assertTrue(iri(bySeed.get("002"), "derivedFrom").startsWith(Vocab.ID_NS + "story/"));

        assertEquals("Translation", local(bySeed.get("000"), "kind"));
        assertEquals("https://w3id.org/claimgraph/id/actor/the-national", iri(bySeed.get("000"), "originalReporter"));
        assertTrue(bySeed.get("000").get("publisher").getURI().endsWith("shafaq-news"), bySeed.get("000").toString());
        assertEquals("Reprint", local(bySeed.get("004"), "kind"));
        assertEquals("Reprint", local(bySeed.get("001#2"), "kind"));
        assertEquals(REUTERS, iri(bySeed.get("001#2"), "originalReporter"));

        // Asharq Al-Awsat's own story copies nothing
        Binding own = bySeed.get("001");
        assertEquals(null, iri(own, "derivedFrom"), own.toString());
        assertEquals(null, iri(own, "originalReporter"), own.toString());
        assertTrue(own.get("title").getLiteralLexicalForm().startsWith("Undeclared Truce"));

        String article003 = bySeed.get("003").get("article").getURI();
        List<Binding> one = rows("article-provenance", Map.of("article", article003));
        assertEquals(1, one.size());
        assertEquals("MachineTranslation", local(one.get(0), "kind"));
    }

    @Test
    void storyVersionsListsTheSentenceWhereTheMachineTranslationArrestsQaani() {
        Map<String, String> seeds = seeds();
        List<Binding> all = rows("story-versions", Map.of());
        String story = all.stream().filter(r -> "003".equals(seeds.get(r.get("article").getURI())))
                .findFirst().orElseThrow().get("story").getURI();
        List<Binding> versions = rows("story-versions", Map.of("story", story));
        assertTrue(versions.stream().allMatch(r -> r.get("story").getURI().equals(story)));
        assertTrue(versions.size() < all.size(), "the parameter keeps one story's rows");

        List<String> divergent003 = new ArrayList<>();
        List<String> divergent002 = new ArrayList<>();
        for (Binding r : versions) {
            String seed = seeds.get(r.get("article").getURI());
            assertTrue(r.contains("similarity"), r.toString());
            if (r.contains("divergentSentence")) {
                (seed.equals("003") ? divergent003 : divergent002).add(r.get("divergentSentence").getLiteralLexicalForm());
                assertEquals("FactDifference", local(r, "kind"));
                assertEquals("(not in custody) / Qaani was arrested", r.get("difference").getLiteralLexicalForm());
            }
        }
        assertEquals(1, divergent003.size(), divergent003.toString());
        assertTrue(divergent003.get(0).contains("Esmail Qaani was arrested at the Baghdad airport"), divergent003.toString());
        assertEquals(1, divergent002.size(), divergent002.toString());
        assertTrue(divergent002.get(0).contains("Qaani made the go to fast and didn’t go away the airport"),
                divergent002.toString());
    }

    /**
     * Both sentences of each divergence: spans of the articles the divergence names, whose offsets in
     * code points cut out the two sentences that differ.
     */
    @Test
    void divergencesCarryEvidenceSpansThatPointAtTheirSentences() {
        String q = """
                PREFIX cg: <https://w3id.org/claimgraph/ontology#>
                SELECT ?text ?a ?e {
                  GRAPH <%s> { { ?d a cg:SentenceDivergence ; cg:sentenceA ?e ; cg:articleA ?a }
                               UNION { ?d a cg:SentenceDivergence ; cg:sentenceB ?e ; cg:articleB ?a } }
                  ?a cg:text ?text }""".formatted(Vocab.STORIES_GRAPH.getURI());
        List<QuerySolution> rows = Txn.calculateRead(store.dataset(), () -> {
            List<QuerySolution> found = new ArrayList<>();
            try (var qe = QueryExecutionFactory.create(q, store.dataset())) {
                qe.execSelect().forEachRemaining(found::add);
            }
            return found;
        });
        assertEquals(2, rows.size(), "one divergence in the seeds, two sentences");
        List<String> sentences = new ArrayList<>();
        for (QuerySolution r : rows) {
            String text = r.getLiteral("text").getString();
            String span = r.getResource("e").getURI();
            assertTrue(span.startsWith(r.getResource("a").getURI() + "#char="), span);
            String[] range = span.substring(span.indexOf("#char=") + 6).split(",");
            int start = text.offsetByCodePoints(0, Integer.parseInt(range[0]));
            int end = text.offsetByCodePoints(0, Integer.parseInt(range[1]));
            sentences.add(text.substring(start, end));
        }
        assertTrue(sentences.stream().anyMatch(t -> t.contains("Esmail Qaani was arrested at the Baghdad airport")), sentences.toString());
        assertTrue(sentences.stream().anyMatch(t -> t.contains("Qaani made the go to fast and didn’t go away the airport")),
                sentences.toString());
    }

    @Test
    void theStoriesGraphConformsToTheShapes() {
        Shapes shapes = Shapes.parse(RDFDataMgr.loadGraph(Path.of("ontology/shapes.ttl").toString()));
        ValidationReport report = Txn.calculateRead(store.dataset(), () -> {
            Graph stories = store.datasetGraph().getGraph(NodeFactory.createURI(Vocab.STORIES_GRAPH.getURI()));
            assertTrue(stories.contains(null, org.apache.jena.vocabulary.RDF.type.asNode(),
                    Vocab.CG.SentenceDivergence.asNode()), "the stories graph holds divergences");
            return ShaclValidator.get().validate(shapes, stories);
        });
        if (!report.conforms()) {
            ShLib.printReport(report);
        }
        assertTrue(report.conforms(), "stories graph violates ontology/shapes.ttl");
    }

    @Test
    void bothQueriesAnswerOverHttp() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<byte[]> provenance = http.send(HttpRequest.newBuilder(
                        URI.create(server.datasetUrl() + "/stored/article-provenance")).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, provenance.statusCode());
        ResultSet rs = ResultSetFactory.fromJSON(new ByteArrayInputStream(provenance.body()));
        assertEquals(List.of("article", "title", "publisher", "originalReporter", "derivedFrom", "kind"),
                rs.getResultVars());
        int n = 0;
        while (rs.hasNext()) {
            rs.next();
            n++;
        }
        assertEquals(6, n);

        String story = rows("story-versions", Map.of()).get(0).get("story").getURI();
        HttpResponse<String> csv = http.send(HttpRequest.newBuilder(URI.create(server.datasetUrl()
                        + "/stored/story-versions?story=" + URLEncoder.encode(story, StandardCharsets.UTF_8)))
                        .header("Accept", "text/csv").GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertEquals(200, csv.statusCode());
        String[] lines = csv.body().strip().split("\r?\n");
        assertEquals("story,article,similarity,divergentSentence,difference,kind", lines[0]);
        for (int i = 1; i < lines.length; i++) {
            assertTrue(lines[i].startsWith(story + ","), lines[i]);
        }
    }
}
