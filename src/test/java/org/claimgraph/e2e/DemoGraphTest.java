package org.claimgraph.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecutionFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.lib.ShLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.atlas.iterator.Iter;
import org.claimgraph.rdf.DumpFormat;
import org.claimgraph.rdf.DumpWriter;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.Rio;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

/** The demo corpus, extracted without a store: shapes, evidence offsets, dumps other tools read. */
class DemoGraphTest {

    private static final String PREFIXES = """
            PREFIX cg: <https://w3id.org/claimgraph/ontology#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            """;

    static DatasetGraph demo;
    static Dataset union;

    @BeforeAll
    static void extract() {
        demo = DemoCorpus.extract();
        union = DatasetFactory.wrap(DatasetGraphFactory.wrap(demo.getUnionGraph()));
    }

    private static List<QuerySolution> select(String query) {
        try (var qe = QueryExecutionFactory.create(PREFIXES + query, union)) {
            List<QuerySolution> rows = new ArrayList<>();
            qe.execSelect().forEachRemaining(rows::add);
            return rows;
        }
    }

    @Test
    void everySeedYieldsClaims() {
        List<QuerySolution> rows = select("""
                SELECT ?origin (COUNT(?c) AS ?n) { ?a cg:origin ?origin . OPTIONAL { ?c cg:inArticle ?a } }
                GROUP BY ?origin ORDER BY ?origin""");
        assertEquals(5, rows.size());
        for (QuerySolution row : rows) {
            assertTrue(row.getLiteral("n").getInt() >= 3,
                    row.getLiteral("origin").getString() + " has only " + row.getLiteral("n").getInt() + " claims");
        }
    }

    @Test
    void conformsToTheShapes() {
        Shapes shapes = Shapes.parse(RDFDataMgr.loadGraph(Path.of("ontology/shapes.ttl").toString()));
        Graph data = demo.getUnionGraph();
        ValidationReport report = ShaclValidator.get().validate(shapes, data);
        if (!report.conforms()) {
            ShLib.printReport(report);
        }
        assertTrue(report.conforms(), "demo graph violates ontology/shapes.ttl");
    }

    /**
     * Each claim's evidence spans, cut out of its article's text by the code-point offsets of their
     * IRIs ({@code <article#char=start,end>}, read here with the query's own string functions), are the
     * words the claim records for that part (pieces of a split content joined by a space, in text order).
     */
    @Test
    void evidenceOffsetsPointAtTheirText() {
        List<QuerySolution> rows = select("""
                SELECT ?c ?part ?words ?text ?span {
                  ?c cg:inArticle ?a .
                  ?a cg:text ?text .
                  { ?c cg:contentText ?words ; cg:contentSpan ?span BIND("content" AS ?part) }
                  UNION { ?c cg:cueText ?words ; cg:cueSpan ?span BIND("cue" AS ?part) }
                  UNION { ?c cg:sourceText ?words ; cg:sourceSpan ?span BIND("source" AS ?part) }
                  FILTER (STRSTARTS(STR(?span), CONCAT(STR(?a), "#char=")))
                }""");
        assertTrue(rows.size() > 50, "expected evidence spans for many claims, got " + rows.size());
        Map<String, java.util.TreeMap<Integer, String>> cut = new HashMap<>();
        Map<String, String> recorded = new HashMap<>();
        for (QuerySolution row : rows) {
            int[] cps = row.getLiteral("text").getString().codePoints().toArray();
            String[] range = row.getResource("span").getURI().replaceFirst(".*#char=", "").split(",");
            int start = Integer.parseInt(range[0]);
            int end = Integer.parseInt(range[1]);
            String key = row.getResource("c").getURI() + " " + row.getLiteral("part").getString();
            cut.computeIfAbsent(key, k -> new java.util.TreeMap<>()).put(start, new String(cps, start, end - start));
            recorded.put(key, row.getLiteral("words").getString());
        }
        Set<String> wrong = new HashSet<>();
        cut.forEach((key, pieces) -> {
            String words = String.join(" ", pieces.values());
            if (!words.equals(recorded.get(key))) {
                wrong.add(key + ": " + words + " != " + recorded.get(key));
            }
        });
        assertEquals(Set.of(), wrong);
        long spans = select("SELECT ?span { ?c cg:contentSpan|cg:cueSpan|cg:sourceSpan ?span }").size();
        assertEquals(spans, rows.size(), "every span of a claim names the claim's own article");
    }

    /** RDF4J Rio reads every dump and finds as many statements as Jena wrote. */
    @ParameterizedTest
    @EnumSource(DumpFormat.class)
    void dumpsReadBackWithRdf4j(DumpFormat format) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DumpWriter.write(demo, format, out);
        byte[] bytes = out.toByteArray();

        org.eclipse.rdf4j.model.Model rio = Rio.parse(new ByteArrayInputStream(bytes), "", rdf4j(format));
        long jenaCount = format.hasNamedGraphs() ? countQuads(demo) : demo.getUnionGraph().size();
        assertTrue(jenaCount > 500);
        assertEquals(jenaCount, rio.size(), format + ": RDF4J and Jena disagree on the statement count");

        DatasetGraph back = DatasetGraphFactory.createTxnMem();
        RDFParser.source(new ByteArrayInputStream(bytes)).lang(format.lang()).parse(back);
        // The graph has no blank nodes (IRIs come from content), so reading back the same dataset means
        // the same set of quads: a plain set comparison, where isomorphism checking would be slow.
        assertTrue(Iter.asStream(demo.find()).noneMatch(q -> q.getSubject().isBlank() || q.getObject().isBlank()));
        if (format.hasNamedGraphs()) {
            assertEquals(Iter.toSet(demo.find()), Iter.toSet(back.find()), format + " does not read back the same quads");
        } else {
            assertEquals(Iter.toSet(demo.getUnionGraph().find()), Iter.toSet(back.getDefaultGraph().find()),
                    format + " does not read back the same triples");
        }
    }

    private static long countQuads(DatasetGraph dsg) {
        long[] n = {0};
        dsg.find().forEachRemaining(q -> n[0]++);
        return n[0];
    }

    private static RDFFormat rdf4j(DumpFormat format) {
        return switch (format) {
            case TRIG -> RDFFormat.TRIG;
            case NQUADS -> RDFFormat.NQUADS;
            case JSONLD -> RDFFormat.JSONLD;
            case TURTLE -> RDFFormat.TURTLE;
            case RDFXML -> RDFFormat.RDFXML;
        };
    }
}
