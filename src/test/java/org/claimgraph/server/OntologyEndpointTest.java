package org.claimgraph.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecutionFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.claimgraph.query.ClaimFixture;
import org.claimgraph.query.QueryCatalog;
import org.claimgraph.rdf.Vocab;
import org.claimgraph.rdf.Vocab.VOID;
import org.claimgraph.store.ClaimStore;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.Rio;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** /ontology and /claims/void on a real read-only server on a free port, over a real TDB2 directory. */
class OntologyEndpointTest {

    static final String BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

    @TempDir
    static Path dir;

    static ClaimStore store;
    static ClaimServer server;
    static HttpProbe http;
    static Model ontology;

    @BeforeAll
    static void start() {
        store = ClaimStore.open(dir.resolve("db"));
        new ClaimFixture().load(store);
        server = ClaimServer.start(store.datasetGraph(), QueryCatalog.fromDirectory(Path.of("queries")),
                ServerSettings.readOnly(0, Duration.ofSeconds(10)));
        http = new HttpProbe(server.baseUrl());
        ontology = RDFDataMgr.loadModel("ontology/claimgraph.ttl");
    }

    @AfterAll
    static void stop() {
        server.stop();
        store.close();
    }

    @Test
    void browsersGetTheDocumentation() {
        for (String path : new String[] {"/ontology", "/ontology/"}) {
            HttpResponse<String> r = http.get(path, "Accept", BROWSER);
            assertEquals(200, r.statusCode(), path);
            assertTrue(contentType(r).startsWith("text/html"), contentType(r));
            assertTrue(r.body().contains("id=\"Claim\""), "a section per term");
        }
        assertEquals(200, http.get("/ontology").statusCode(), "no Accept header: HTML");
        assertTrue(contentType(http.get("/ontology")).startsWith("text/html"));
    }

    @Test
    void rdfClientsGetTheOntologyInTheirFormat() throws IOException {
        Model turtle = jena(http.get("/ontology", "Accept", "text/turtle"), "text/turtle", Lang.TURTLE);
        assertTrue(turtle.isIsomorphicWith(ontology), "Turtle");
        Model rdfxml = jena(http.get("/ontology", "Accept", "application/rdf+xml"), "application/rdf+xml", Lang.RDFXML);
        assertTrue(rdfxml.isIsomorphicWith(ontology), "RDF/XML");
        Model jsonld = jena(http.get("/ontology", "Accept", "application/ld+json"), "application/ld+json", Lang.JSONLD);
        assertTrue(jsonld.isIsomorphicWith(ontology), "JSON-LD");
        // and as RDF4J reads them
        assertEquals(ontology.size(), rio(http.get("/ontology", "Accept", "application/rdf+xml").body(), RDFFormat.RDFXML));
        assertEquals(ontology.size(), rio(http.get("/ontology", "Accept", "application/ld+json").body(), RDFFormat.JSONLD));
        assertEquals(ontology.size(), rio(http.get("/ontology", "Accept", "text/turtle;q=0.9, text/html;q=0.5").body(),
                RDFFormat.TURTLE), "q-values are honoured");
    }

    @Test
    void formatParameterOverridesAcceptHeader() {
        HttpResponse<String> r = http.get("/ontology?format=ttl", "Accept", BROWSER);
        assertEquals(200, r.statusCode());
        assertTrue(contentType(r).startsWith("text/turtle"), contentType(r));
        assertEquals(400, http.get("/ontology?format=pdf").statusCode());
    }

    @Test
    void unsupportedTypesAreRefusedWith406() {
        assertEquals(406, http.get("/ontology", "Accept", "image/png").statusCode());
        assertEquals(406, http.get("/claims/void", "Accept", "text/html").statusCode());
        assertEquals(404, http.get("/ontology/nothing").statusCode());
    }

    @Test
    void datasetDescriptionCountsTheServedData() {
        HttpResponse<String> r = http.get("/claims/void");
        assertEquals(200, r.statusCode());
        Model d = jena(r, "text/turtle", Lang.TURTLE);
        Resource dataset = d.getResource(Vocab.DATASET.getURI());
        assertTrue(d.contains(dataset, RDF.type, VOID.Dataset));
        DatasetGraph copy = DatasetGraphFactory.create();
        Txn.executeRead(store.dataset(), () ->
                store.datasetGraph().findNG(Node.ANY, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(copy::add));
        long quads;
        try (var exec = QueryExecutionFactory.create("SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } }",
                DatasetFactory.wrap(copy))) {
            quads = exec.execSelect().next().getLiteral("n").getLong();
        }
        assertTrue(quads > 0);
        assertEquals(quads, dataset.getProperty(VOID.triples).getLong());
        assertEquals(server.queryUrl(), dataset.getPropertyResourceValue(VOID.sparqlEndpoint).getURI());

        // The dump link returns the whole dataset.
        String dump = dataset.getPropertyResourceValue(VOID.dataDump).getURI();
        HttpResponse<String> all = new HttpProbe("").get(dump, "Accept", "application/n-quads");
        assertEquals(200, all.statusCode(), dump);
        DatasetGraph dumped = DatasetGraphFactory.create();
        RDFParser.fromString(all.body(), Lang.NQUADS).parse(dumped);
        assertEquals(quads, Iter.count(dumped.find()), "quads at " + dump);

        Model jsonld = jena(http.get("/.well-known/void", "Accept", "application/ld+json"), "application/ld+json", Lang.JSONLD);
        assertEquals(quads, jsonld.getResource(Vocab.DATASET.getURI()).getProperty(VOID.triples).getLong());
    }

    private static Model jena(HttpResponse<String> r, String type, Lang lang) {
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(contentType(r).startsWith(type), contentType(r));
        Model m = ModelFactory.createDefaultModel();
        RDFParser.fromString(r.body(), lang).parse(m);
        return m;
    }

    private static long rio(String body, RDFFormat format) throws IOException {
        return Rio.parse(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)), "", format).size();
    }

    private static String contentType(HttpResponse<String> r) {
        return r.headers().firstValue("Content-Type").orElse("");
    }
}
