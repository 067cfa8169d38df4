package org.claimgraph.eval;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonNumber;
import org.apache.jena.atlas.json.JsonObject;

/**
 * Renders a report as JSON for scripts, in exactly this shape (fractions in 0..1):
 * {@code {"source":{"exact":{"p","r","f1"},"overlap":{"p","r"}},"cue":{..},"content":{..},
 * "all_exact":..,"articles":N,"words_per_second":..}}. Scripts depend on it: add no keys here.
 */
public final class EvalReportJson {

    private EvalReportJson() {
    }

    public static JsonObject toJson(EvalReport report) {
        JsonObject json = new JsonObject();
        for (Role role : Role.values()) {
            RoleTally t = report.role(role);
            JsonObject exact = new JsonObject();
            exact.put("p", fraction(t.precision()));
            exact.put("r", fraction(t.recall()));
            exact.put("f1", fraction(t.f1()));
            JsonObject overlap = new JsonObject();
            overlap.put("p", fraction(t.overlapPrecision()));
            overlap.put("r", fraction(t.overlapRecall()));
            JsonObject scores = new JsonObject();
            scores.put("exact", exact);
            scores.put("overlap", overlap);
            json.put(role.key(), scores);
        }
        json.put("all_exact", fraction(report.allExact()));
        json.put("articles", report.articles());
        json.put("words_per_second", rounded(report.wordsPerSecond(), 1));
        return json;
    }

    public static String render(EvalReport report) {
        return JSON.toString(toJson(report));
    }

    // Four decimals: a hundredth of a percentage point is finer than any difference worth reading.
    private static JsonNumber fraction(double value) {
        return rounded(value, 4);
    }

    private static JsonNumber rounded(double value, int decimals) {
        return JsonNumber.value(BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP));
    }
}
