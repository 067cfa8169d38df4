package org.claimgraph.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.junit.jupiter.api.Test;

class EvalReportRenderingTest {

    // source: p = 1/2, r = 1/4, f1 = 2 * 1/2 * 1/4 / (3/4) = 1/3; overlap p = 5/10, r = 5/40
    // all_exact = 1/4; 1000 words in 2 s = 500 words per second
    private static final EvalReport REPORT = new EvalReport("tiny",
            Map.of(Role.SOURCE, new RoleTally(4, 2, 1, 40, 10, 5)), 4, 2, 1, 3, 1000, 2_000_000_000L);

    @Test
    void jsonHasExactlyTheAgreedShape() {
        JsonObject json = JSON.parse(EvalReportJson.render(REPORT));
        assertEquals(Set.of("source", "cue", "content", "all_exact", "articles", "words_per_second"), json.keys());
        for (String role : List.of("source", "cue", "content")) {
            JsonObject scores = json.getObj(role);
            assertEquals(Set.of("exact", "overlap"), scores.keys());
            assertEquals(Set.of("p", "r", "f1"), scores.getObj("exact").keys());
            assertEquals(Set.of("p", "r"), scores.getObj("overlap").keys());
        }
    }

    @Test
    void jsonFiguresAreFractions() {
        JsonObject json = JSON.parse(EvalReportJson.render(REPORT));
        JsonObject source = json.getObj("source");
        assertEquals(0.5, number(source.getObj("exact"), "p"), 1e-9);
        assertEquals(0.25, number(source.getObj("exact"), "r"), 1e-9);
        assertEquals(0.3333, number(source.getObj("exact"), "f1"), 1e-9);
        assertEquals(0.5, number(source.getObj("overlap"), "p"), 1e-9);
        assertEquals(0.125, number(source.getObj("overlap"), "r"), 1e-9);
        assertEquals(0.0, number(json.getObj("cue").getObj("exact"), "f1"), 1e-9);
        assertEquals(0.25, number(json, "all_exact"), 1e-9);
        assertEquals(3, number(json, "articles"), 1e-9);
        assertEquals(500, number(json, "words_per_second"), 1e-9);
    }

    private static double number(JsonObject o, String key) {
        return o.get(key).getAsNumber().value().doubleValue();
    }

    @Test
    void textEndsWithEightLinesOfKeyFigures() {
        String[] lines = EvalReportText.render(REPORT).split("\n");
        List<String> tail = Arrays.asList(lines).subList(lines.length - 8, lines.length);
        assertEquals("== key figures ==", tail.get(0));
        assertEquals("source   exact P  50.0% R  25.0% F1  33.3% | overlap P  50.0% R  12.5%", tail.get(1));
        assertTrue(tail.get(2).startsWith("cue "), tail.get(2));
        assertTrue(tail.get(3).startsWith("content "), tail.get(3));
        assertEquals("all_exact 25.0% (1 of 4 gold attributions)", tail.get(4));
        assertEquals("articles 3", tail.get(5));
        assertEquals("attributions gold 4, predicted 2", tail.get(6));
        assertEquals("words_per_second 500 (1000 words, 2.000 s extracting)", tail.get(7));
    }
}
