package org.claimgraph.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.QueryExecutionFactory;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.claimgraph.cli.ClaimgraphCommand;
import org.claimgraph.rdf.DatasetFigures;
import org.claimgraph.rdf.Vocab;
import org.claimgraph.rdf.Vocab.DCAT;
import org.claimgraph.rdf.Vocab.DCT;
import org.claimgraph.rdf.Vocab.VOID;
import org.claimgraph.store.ClaimStore;
import org.eclipse.rdf4j.model.util.Models;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.Rio;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

/**
 * `claimgraph export` over a real TDB2 store holding the seeds, in every format, read back by Jena and
 * by RDF4J Rio: the same statements as the store, graph by graph, plus a description whose figures
 * agree with SPARQL counts over the store.
 */
class ExportTest {

    @TempDir
    static Path dir;

    /** The store's named graphs, copied to memory before the store is closed for the exports. */
    static DatasetGraph stored;

    @BeforeAll
    static void ingestAndExport() {
        Path db = dir.resolve("db");
        try (ClaimStore store = ClaimStore.open(db)) {
            DemoCorpus.ingest(store);
            stored = DatasetGraphFactory.create();
            Txn.executeRead(store.dataset(), () -> store.datasetGraph()
                    .findNG(Node.ANY, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(stored::add));
        }
        for (String format : List.of("trig", "nq", "ttl", "jsonld", "rdfxml")) {
            Run run = export("--store", db.toString(), "--format", format, "--out", dump(format).toString());
            assertEquals(0, run.exitCode, run.err);
        }
    }

    static Path dump(String format) {
        return dir.resolve("dump." + (format.equals("rdfxml") ? "rdf" : format));
    }

    @ParameterizedTest
    @ValueSource(strings = {"trig", "nq", "jsonld"})
    void quadFormatsHoldEveryGraphOfTheStoreAndTheDescription(String format) throws IOException {
        DatasetGraph jena = RDFDataMgr.loadDatasetGraph(dump(format).toString());
        org.eclipse.rdf4j.model.Model rio = readWithRio(dump(format));
        long jenaQuads = Iter.count(jena.findNG(Node.ANY, Node.ANY, Node.ANY, Node.ANY));
        assertEquals(jenaQuads, rio.size(), "statements read by Jena and by Rio");
        assertEquals(Iter.count(stored.find()) + description().size(), jenaQuads);

        List<Node> graphs = Iter.toList(stored.listGraphNodes());
        assertTrue(graphs.size() >= 7, "graphs: " + graphs);
        for (Node g : graphs) {
            assertTrue(stored.getGraph(g).isIsomorphicWith(jena.getGraph(g)), format + ": graph " + g + " (Jena)");
        }
        Graph description = jena.getGraph(Vocab.DESCRIPTION_GRAPH.asNode());
        assertTrue(description.isIsomorphicWith(description().getGraph()), format + ": description graph");

        // Rio's reading, graph by graph, against Jena's (carried over as N-Quads, the plainest format)
        DatasetGraph rioInJena = toJena(rio);
        for (Node g : Iter.toList(jena.listGraphNodes())) {
            assertTrue(jena.getGraph(g).isIsomorphicWith(rioInJena.getGraph(g)), format + ": graph " + g + " (Rio)");
        }
        assertTrue(Models.isomorphic(rio, readWithRio(dump("nq"))), format + " and nq, as RDF4J models");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ttl", "rdfxml"})
    void tripleFormatsHoldTheUnionAndTheDescription(String format) throws IOException {
        Model jena = RDFDataMgr.loadModel(dump(format).toString());
        org.eclipse.rdf4j.model.Model rio = readWithRio(dump(format));
        assertEquals(jena.size(), rio.size(), "statements read by Jena and by Rio");

        Graph expected = GraphFactory.createDefaultGraph();
        stored.getUnionGraph().find().forEachRemaining(expected::add);
        description().getGraph().find().forEachRemaining(expected::add);
        assertEquals(expected.size(), jena.size());
        assertTrue(expected.isIsomorphicWith(jena.getGraph()), format + " (Jena)");
        assertTrue(jena.getGraph().isIsomorphicWith(toJena(rio).getDefaultGraph()), format + " (Rio)");
    }

    @Test
    void jsonLdIsCompactedWithTheContext() throws IOException {
        String json = Files.readString(dump("jsonld"));
        assertTrue(json.contains("\"@context\""));
        assertTrue(json.indexOf("\"@context\"") < json.indexOf("\"@graph\""), "the context comes first");
        assertTrue(json.contains("\"contentText\""), "terms of the context are used");
        assertTrue(json.contains("\"cgid:claim/"), "IRIs are compacted with the cgid: prefix");
        assertTrue(!json.contains("https://w3id.org/claimgraph/ontology#contentText"));
    }

    @Test
    void descriptionFiguresAgreeWithSparqlCounts() {
        Model d = description();
        Resource dataset = d.getResource(Vocab.DATASET.getURI());
        assertTrue(d.contains(dataset, RDF.type, VOID.Dataset));
        assertTrue(d.contains(dataset, RDF.type, DCAT.Dataset));
        assertEquals(count("SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } }"),
                dataset.getProperty(VOID.triples).getLong());
        assertEquals(XSDDatatype.XSDinteger.getURI(), dataset.getProperty(VOID.triples).getLiteral().getDatatypeURI());

        Map<String, Long> partitions = new HashMap<>();
        dataset.listProperties(VOID.classPartition).forEachRemaining(s -> {
            Resource p = s.getResource();
            partitions.put(p.getPropertyResourceValue(VOID.clazz).getURI(), p.getProperty(VOID.entities).getLong());
        });
        assertEquals(DatasetFigures.CLASSES.size(), partitions.size());
        for (Resource c : DatasetFigures.CLASSES) {
            long sparql = count("SELECT (COUNT(DISTINCT ?x) AS ?n) { GRAPH ?g { ?x a <" + c.getURI() + "> } }");
            assertEquals(sparql, partitions.get(c.getURI()), "instances of " + c.getLocalName());
        }
        assertTrue(partitions.get(Vocab.CG.Claim.getURI()) > 100, "claims: " + partitions);
        assertEquals(6, partitions.get(Vocab.CG.Article.getURI()), "five seeds, one of them a page of two stories");

        Resource period = dataset.getPropertyResourceValue(DCT.temporal);
        String first = period.getProperty(DCAT.startDate).getLiteral().getLexicalForm();
        String last = period.getProperty(DCAT.endDate).getLiteral().getLexicalForm();
        assertEquals(text("SELECT (MIN(STR(?d)) AS ?v) { GRAPH ?g { ?a <" + Vocab.SDO.datePublished.getURI() + "> ?d } }"), first);
        assertEquals(text("SELECT (MAX(STR(?d)) AS ?v) { GRAPH ?g { ?a <" + Vocab.SDO.datePublished.getURI() + "> ?d } }"), last);
        assertEquals("2024", first, "seed 004 is dated to the year only");
        assertEquals("2024-03-20", last);
        assertTrue(dataset.hasProperty(DCT.modified));
        assertTrue(dataset.hasProperty(VOID.sparqlEndpoint, d.getResource("http://127.0.0.1:3030/claims/sparql")));
    }

    /**
     * With --web-annotation every span the store points at is also an oa:SpecificResource of its article
     * whose position selector's offsets (code points) cut out of the article's text exactly the words of
     * its quote selector; RDF4J Rio reads the dump, and the store's own quads are all there.
     */
    @ParameterizedTest
    @ValueSource(strings = {"nq", "ttl", "jsonld"})
    void webAnnotationExpansionQuotesTheTextExactly(String format) throws IOException {
        Path out = dir.resolve("web-annotation." + format);
        Run run = export("--store", dir.resolve("db").toString(), "--format", format, "--web-annotation",
                "--out", out.toString());
        assertEquals(0, run.exitCode, run.err);
        org.eclipse.rdf4j.model.Model rio = readWithRio(out);
        DatasetGraph read = toJena(rio);
        Graph union = read.getUnionGraph().isEmpty() ? read.getDefaultGraph() : read.getUnionGraph();

        Graph storedUnion = stored.getUnionGraph();
        List<String> missing = new ArrayList<>();
        storedUnion.find().forEachRemaining(t -> {
            if (!union.contains(t)) {
                missing.add(t.toString());
            }
        });
        assertEquals(List.of(), missing.subList(0, Math.min(5, missing.size())), "the store's own triples");

        String q = """
                PREFIX cg: <https://w3id.org/claimgraph/ontology#>
                PREFIX oa: <http://www.w3.org/ns/oa#>
                SELECT ?span ?text ?start ?end ?exact {
                  { SELECT DISTINCT ?span { ?x cg:contentSpan|cg:cueSpan|cg:sourceSpan|cg:mentionSpan|cg:evidence|cg:evidenceA|cg:sentenceA ?span } }
                  OPTIONAL { ?span a oa:SpecificResource ; oa:hasSource ?a ; oa:hasSelector ?p , ?q .
                             ?a cg:text ?text .
                             ?p a oa:TextPositionSelector ; oa:start ?start ; oa:end ?end .
                             ?q a oa:TextQuoteSelector ; oa:exact ?exact } }""";
        List<String> wrong = new ArrayList<>();
        int[] spans = {0};
        try (var exec = QueryExecutionFactory.create(q, DatasetFactory.wrap(DatasetGraphFactory.wrap(union)))) {
            exec.execSelect().forEachRemaining(s -> {
                spans[0]++;
                if (!s.contains("exact")) {
                    wrong.add(s.getResource("span") + ": no Web Annotation description");
                    return;
                }
                int[] cps = s.getLiteral("text").getString().codePoints().toArray();
                int start = s.getLiteral("start").getInt();
                int end = s.getLiteral("end").getInt();
                String cut = new String(cps, start, end - start);
                if (!cut.equals(s.getLiteral("exact").getString())) {
                    wrong.add(s.getResource("span") + ": " + cut + " != " + s.getLiteral("exact").getString());
                }
            });
        }
        assertTrue(spans[0] > 500, "spans: " + spans[0]);
        assertEquals(List.of(), wrong.subList(0, Math.min(5, wrong.size())));
    }

    @Test
    void mistakesAreOneLineWithExitCodeTwo() {
        Run badFormat = export("--store", dir.resolve("db").toString(), "--format", "xml");
        assertEquals(2, badFormat.exitCode);
        assertTrue(badFormat.err.contains("unknown format 'xml'"), badFormat.err);
        Run noStore = export("--store", dir.resolve("nothing-here").toString(), "--format", "nq");
        assertEquals(2, noStore.exitCode);
        assertTrue(noStore.err.contains("no store at"), noStore.err);
        assertTrue(!Files.exists(dir.resolve("nothing-here")), "export must not create a store");
    }

    // ------------------------------------------------------------ helpers

    /** The description as the TriG export holds it; the other formats must hold the same one. */
    static Model description() {
        DatasetGraph trig = RDFDataMgr.loadDatasetGraph(dump("trig").toString());
        Model m = ModelFactory.createDefaultModel();
        trig.getGraph(Vocab.DESCRIPTION_GRAPH.asNode()).find().forEachRemaining(m.getGraph()::add);
        return m;
    }

    static long count(String sparql) {
        try (var exec = QueryExecutionFactory.create(sparql, DatasetFactory.wrap(stored))) {
            return exec.execSelect().next().getLiteral("n").getLong();
        }
    }

    static String text(String sparql) {
        try (var exec = QueryExecutionFactory.create(sparql, DatasetFactory.wrap(stored))) {
            return exec.execSelect().next().getLiteral("v").getLexicalForm();
        }
    }

    static org.eclipse.rdf4j.model.Model readWithRio(Path file) throws IOException {
        RDFFormat format = Rio.getParserFormatForFileName(file.toString()).orElseThrow();
        try (InputStream in = Files.newInputStream(file)) {
            return Rio.parse(in, "", format);
        }
    }

    static DatasetGraph toJena(org.eclipse.rdf4j.model.Model rio) {
        ByteArrayOutputStream nq = new ByteArrayOutputStream();
        Rio.write(rio, nq, RDFFormat.NQUADS);
        DatasetGraph dsg = DatasetGraphFactory.create();
        RDFParser.source(new ByteArrayInputStream(nq.toByteArray())).lang(Lang.NQUADS).parse(dsg);
        return dsg;
    }

    record Run(int exitCode, String err) {
    }

    static Run export(String... args) {
        List<String> all = new ArrayList<>(List.of("export"));
        all.addAll(List.of(args));
        CommandLine cli = ClaimgraphCommand.commandLine(false);
        StringWriter err = new StringWriter();
        cli.setErr(new PrintWriter(err));
        int code = cli.execute(all.toArray(String[]::new));
        return new Run(code, err.toString());
    }
}
