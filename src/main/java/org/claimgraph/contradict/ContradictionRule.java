package org.claimgraph.contradict;

import java.util.Optional;

/** One way two propositions can conflict. Rules are tried in order; the first that fires wins. */
interface ContradictionRule {

    Optional<Finding> compare(Proposition x, Proposition y, StoryCopies copies);

    /** Confidence scaled by the less certain claim: a hedged claim contradicts less surely. */
    static double scaled(double base, Proposition x, Proposition y) {
        return Math.round(base * Math.min(x.certainty(), y.certainty()) * 100) / 100.0;
    }

    static String quote(Proposition p) {
        String t = p.claim().text().replaceAll("\\s+", " ").trim();
        return "“" + (t.length() > 90 ? t.substring(0, 87) + "…" : t) + "”";
    }

    static String who(Proposition p) {
        return p.claim().sourceName().isEmpty() ? "an unnamed source" : p.claim().sourceName();
    }
}
