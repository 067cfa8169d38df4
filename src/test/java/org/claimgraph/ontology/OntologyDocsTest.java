package org.claimgraph.ontology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.RDF;
import org.claimgraph.rdf.Vocab;
import org.claimgraph.rdf.Vocab.CG;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The ontology documentation: regenerated here from the ontology and the seeds, and compared. */
class OntologyDocsTest {

    static final Path ONTOLOGY = Path.of("ontology/claimgraph.ttl");
    static final Path CHECKED_IN = Path.of("docs/ontology.html");
    static final String REFRESH = "refresh it with: mvn -B -o -q process-classes && cp target/classes/ontology/index.html "
            + CHECKED_IN;

    static String generated;

    @BeforeAll
    static void generate() {
        generated = OntologyDocs.build(ONTOLOGY, Path.of("data/articles"));
    }

    @Test
    void checkedInCopyIsUpToDate() throws IOException {
        assertTrue(Files.exists(CHECKED_IN), CHECKED_IN + " is missing; " + REFRESH);
        assertSame(generated, Files.readString(CHECKED_IN, StandardCharsets.UTF_8), CHECKED_IN + " is out of date; " + REFRESH);
    }

    @Test
    void theBuildPutTheSamePageOnTheClassPath() throws IOException {
        try (InputStream in = OntologyDocsTest.class.getResourceAsStream("/ontology/index.html")) {
            assertNotNull(in, "the build (process-classes) did not write target/classes/ontology/index.html");
            assertSame(generated, new String(in.readAllBytes(), StandardCharsets.UTF_8), "the built page differs");
        }
    }

    @Test
    void everyTermHasAnAnchorAndItsIri() {
        Model ontology = RDFDataMgr.loadModel(ONTOLOGY.toString());
        List<String> missing = new ArrayList<>();
        ontology.listSubjectsWithProperty(RDF.type).forEachRemaining(term -> {
            if (term.isURIResource() && term.getURI().startsWith(Vocab.CG_NS)
                    && !(generated.contains("id=\"" + term.getLocalName() + "\"")
                    && generated.contains("<code>" + term.getURI() + "</code>"))) {
                missing.add(term.getLocalName());
            }
        });
        assertEquals(List.of(), missing, "terms without a section");
        assertTrue(generated.contains("<a href=\"#Claim\">"), "table of contents");
        assertTrue(generated.contains("href=\"http://www.w3.org/ns/prov#Entity\""), "alignments link to PROV-O");
    }

    /** Each example is Turtle whose subject is an instance of its class in the seeds. */
    @Test
    void mainClassesHaveExamplesThatParse() {
        for (var c : List.of(CG.Claim, CG.Source, CG.AnonymousSource, CG.Actor, CG.Article, CG.RelayHop,
                CG.Contradiction, CG.Event, CG.Mention, CG.StoryCopy)) {
            String section = section(c.getLocalName());
            Matcher example = Pattern.compile("<pre><code>(.*?)</code></pre>", Pattern.DOTALL).matcher(section);
            if (!example.find()) {
                fail("no example for " + c.getLocalName());
            }
            String turtle = prefixes() + unescape(example.group(1));
            Model m = ModelFactory.createDefaultModel();
            RDFParser.fromString(turtle, Lang.TURTLE).parse(m);
            assertTrue(m.listSubjectsWithProperty(RDF.type, c).hasNext(), c.getLocalName() + " example:\n" + turtle);
        }
    }

    private static String section(String localName) {
        int start = generated.indexOf("<article class=\"term\" id=\"" + localName + "\">");
        assertTrue(start >= 0, "no section for " + localName);
        return generated.substring(start, generated.indexOf("</article>", start));
    }

    private static String prefixes() {
        StringBuilder b = new StringBuilder();
        Vocab.prefixes().getNsPrefixMap().forEach((p, ns) -> b.append("@prefix ").append(p).append(": <").append(ns).append("> .\n"));
        return b.toString();
    }

    private static String unescape(String html) {
        return html.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
                .replace("&amp;", "&");
    }

    /** Equal texts, or a failure naming the first line that differs (the page is too long to print). */
    private static void assertSame(String expected, String actual, String message) {
        if (expected.equals(actual)) {
            return;
        }
        String[] e = expected.split("\n", -1);
        String[] a = actual.split("\n", -1);
        int i = 0;
        while (i < Math.min(e.length, a.length) && e[i].equals(a[i])) {
            i++;
        }
        fail(message + "\nfirst difference at line " + (i + 1) + ":\n  generated: "
                + (i < e.length ? e[i] : "(end)") + "\n  found:     " + (i < a.length ? a[i] : "(end)"));
    }
}
