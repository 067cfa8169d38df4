package org.claimgraph.eval;

import java.util.Locale;

/**
 * Renders a report as a table for people. The last eight lines are the key figures, because
 * hooks show only {@code tail -n 8} of the output; keep them last and keep them eight.
 */
public final class EvalReportText {

    private EvalReportText() {
    }

    public static String render(EvalReport report) {
        StringBuilder out = new StringBuilder();
        out.append("PolNeAR evaluation of ").append(report.corpus()).append('\n');
        out.append("exact: spans equal after trimming surrounding whitespace (punctuation counts); one-to-one per article\n");
        out.append("overlap: code points shared by one-to-one pairs, greedy by overlap, over predicted (P) and gold (R) length\n");
        out.append('\n');
        out.append(String.format(Locale.ROOT, "%-8s %6s %6s %6s %8s %8s %8s %7s %7s%n",
                "role", "gold", "pred", "exact", "exact-P", "exact-R", "exact-F1", "ovl-P", "ovl-R"));
        for (Role role : Role.values()) {
            RoleTally t = report.role(role);
            out.append(String.format(Locale.ROOT, "%-8s %6d %6d %6d %7.1f%% %7.1f%% %7.1f%% %6.1f%% %6.1f%%%n",
                    role.key(), t.gold(), t.predicted(), t.exact(), pct(t.precision()), pct(t.recall()),
                    pct(t.f1()), pct(t.overlapPrecision()), pct(t.overlapRecall())));
        }
        out.append('\n');
        // The eight key-figure lines.
        out.append("== key figures ==\n");
        for (Role role : Role.values()) {
            RoleTally t = report.role(role);
            out.append(String.format(Locale.ROOT,
                    "%-8s exact P %5.1f%% R %5.1f%% F1 %5.1f%% | overlap P %5.1f%% R %5.1f%%%n",
                    role.key(), pct(t.precision()), pct(t.recall()), pct(t.f1()),
                    pct(t.overlapPrecision()), pct(t.overlapRecall())));
        }
        out.append(String.format(Locale.ROOT, "all_exact %.1f%% (%d of %d gold attributions)%n",
                pct(report.allExact()), report.allExactHits(), report.gold()));
        out.append("articles ").append(report.articles()).append('\n');
        out.append("attributions gold ").append(report.gold()).append(", predicted ").append(report.predicted()).append('\n');
        out.append(String.format(Locale.ROOT, "words_per_second %.0f (%d words, %.3f s extracting)%n",
                report.wordsPerSecond(), report.words(), report.extractionNanos() / 1e9));
        return out.toString();
    }

    private static double pct(double fraction) {
        return 100 * fraction;
    }
}
