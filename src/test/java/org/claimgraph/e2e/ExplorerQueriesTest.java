package org.claimgraph.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.binding.Binding;
import org.claimgraph.query.QueryCatalog;
import org.claimgraph.query.QueryRunner;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The stored queries the claim explorer reads (claim-search, claim-evidence, article), on the seeds. */
class ExplorerQueriesTest {

    static DatasetGraph union;
    static final QueryCatalog catalog = QueryCatalog.fromDirectory(Path.of("queries"));
    static final QueryRunner runner = new QueryRunner();

    @BeforeAll
    static void extract() {
        union = DemoCorpus.queryable();
    }

    private static List<Map<String, String>> rows(String query, Map<String, String> params) {
        List<Map<String, String>> out = new ArrayList<>();
        runner.select(catalog.get(query), params, union).forEachRemaining((Binding b) -> {
            Map<String, String> row = new HashMap<>();
            b.vars().forEachRemaining(v -> row.put(v.getVarName(),
                    b.get(v).isLiteral() ? b.get(v).getLiteralLexicalForm() : b.get(v).toString()));
            out.add(row);
        });
        return out;
    }

    @Test
    void searchFindsEverySpellingThroughTheActorsNames() {
        List<Map<String, String>> qaani = rows("claim-search", Map.of("term", "Qaani"));
        assertTrue(qaani.size() >= 10, "claims with Qaani: " + qaani.size());
        // "Khani" is not "Qaani": found because the claim is about the actor whose spellings include it.
        Map<String, String> khani = qaani.stream().filter(r -> r.get("text").contains("Mr. Khani’s request")).findFirst()
                .orElseThrow(() -> new AssertionError("no claim about Mr. Khani in " + qaani));
        assertEquals("about", khani.get("matchedIn"));
        assertTrue(qaani.stream().anyMatch(r -> r.get("matchedIn").contains("speaker")
                && r.get("sourceName").equals("Esmail Qaani")), "Qaani as a speaker");
        assertTrue(qaani.stream().allMatch(r -> r.get("text").toLowerCase().contains("qaani")
                || !r.get("matchedIn").contains("text")), "'text' only where the text has the term");
    }

    @Test
    void searchFindsRelaysAndNothingWithoutATerm() {
        List<Map<String, String>> reuters = rows("claim-search", Map.of("term", "reuters"));
        assertTrue(reuters.stream().anyMatch(r -> r.get("matchedIn").contains("relay")
                && !r.get("text").toLowerCase().contains("reuters")), "claims relayed by Reuters");
        assertEquals(0, rows("claim-search", Map.of()).size());
        assertEquals(0, rows("claim-search", Map.of("term", "\") } ; DROP ALL #")).size());
        assertTrue(rows("claims", Map.of()).size() > 100, "the store is unchanged");
    }

    /** Every evidence span cuts its quoted text out of its article's cg:text, counting code points. */
    @Test
    void evidenceOffsetsCutTheQuoteOutOfTheArticleText() {
        Map<String, String> texts = new HashMap<>();
        rows("article", Map.of()).forEach(a -> texts.put(a.get("article"), a.get("text")));
        assertEquals(6, texts.size(), "five seeds, seed 001 holding two stories");
        List<Map<String, String>> spans = rows("claim-evidence", Map.of());
        assertTrue(spans.size() > 400, "content, cue and source spans of every claim: " + spans.size());
        for (Map<String, String> span : spans) {
            int[] points = texts.get(span.get("article")).codePoints().toArray();
            int start = Integer.parseInt(span.get("start"));
            int end = Integer.parseInt(span.get("end"));
            assertEquals(span.get("exact"), new String(points, start, end - start), span.toString());
        }
        List<Map<String, String>> one = rows("claim-evidence", Map.of("claim", spans.get(0).get("claim")));
        assertTrue(one.size() >= 2 && one.stream().allMatch(r -> r.get("claim").equals(spans.get(0).get("claim"))));
    }

    @Test
    void articleGivesTheRelayMetadata() {
        Map<String, String> shafaq = rows("article", Map.of()).stream()
                .filter(a -> a.get("origin").startsWith("000_")).findFirst().orElseThrow();
        assertEquals("Shafaq News", shafaq.get("publisherName"));
        assertEquals("The National", shafaq.get("originalReporterName"));
        assertTrue(shafaq.get("headline").startsWith("To Generalize The \"Iraqi Truce\""), shafaq.get("headline"));
        assertEquals(1, rows("article", Map.of("article", shafaq.get("article"))).size());
    }
}
