package org.claimgraph.eval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Matches the gold and predicted instances of one role within one article, one-to-one, twice:
 * by exact equality (for P/R/F1) and greedily by overlap (for overlap P/R). Empty instances (the
 * attribution lacks the role) take no part.
 */
final class RoleMatcher {

    /** Result for one role of one article; indices point into the lists given to {@link #match}. */
    record RoleMatch(RoleTally tally, List<Integer> missed, List<Integer> falseAlarms) {
    }

    private record Pair(int gold, int predicted, long overlap) {
    }

    private RoleMatcher() {
    }

    static RoleMatch match(List<RoleSpans> gold, List<RoleSpans> predicted, String text) {
        // Exact equality is transitive, so taking the first free equal prediction is already a
        // maximum matching; no assignment algorithm is needed.
        boolean[] predictedUsed = new boolean[predicted.size()];
        List<Integer> missed = new ArrayList<>();
        int goldCount = 0;
        int exact = 0;
        for (int g = 0; g < gold.size(); g++) {
            if (gold.get(g).isEmpty()) {
                continue;
            }
            goldCount++;
            int hit = firstFreeEqual(gold.get(g), predicted, predictedUsed);
            if (hit < 0) {
                missed.add(g);
            } else {
                predictedUsed[hit] = true;
                exact++;
            }
        }
        List<Integer> falseAlarms = new ArrayList<>();
        int predictedCount = 0;
        for (int p = 0; p < predicted.size(); p++) {
            if (!predicted.get(p).isEmpty()) {
                predictedCount++;
                if (!predictedUsed[p]) {
                    falseAlarms.add(p);
                }
            }
        }
        RoleTally tally = new RoleTally(goldCount, predictedCount, exact,
                totalLength(gold, text), totalLength(predicted, text), greedyOverlap(gold, predicted, text));
        return new RoleMatch(tally, missed, falseAlarms);
    }

    private static int firstFreeEqual(RoleSpans g, List<RoleSpans> predicted, boolean[] used) {
        for (int p = 0; p < predicted.size(); p++) {
            if (!used[p] && predicted.get(p).equals(g)) {
                return p;
            }
        }
        return -1;
    }

    /** Largest overlaps first, ties in document-list order so results are reproducible. */
    private static long greedyOverlap(List<RoleSpans> gold, List<RoleSpans> predicted, String text) {
        List<Pair> pairs = new ArrayList<>();
        for (int g = 0; g < gold.size(); g++) {
            for (int p = 0; p < predicted.size(); p++) {
                long overlap = gold.get(g).overlap(predicted.get(p), text);
                if (overlap > 0) {
                    pairs.add(new Pair(g, p, overlap));
                }
            }
        }
        pairs.sort(Comparator.comparingLong(Pair::overlap).reversed()
                .thenComparingInt(Pair::gold).thenComparingInt(Pair::predicted));
        boolean[] goldUsed = new boolean[gold.size()];
        boolean[] predictedUsed = new boolean[predicted.size()];
        long sum = 0;
        for (Pair pair : pairs) {
            if (!goldUsed[pair.gold()] && !predictedUsed[pair.predicted()]) {
                goldUsed[pair.gold()] = true;
                predictedUsed[pair.predicted()] = true;
                sum += pair.overlap();
            }
        }
        return sum;
    }

    private static long totalLength(List<RoleSpans> instances, String text) {
        return instances.stream().mapToLong(r -> r.length(text)).sum();
    }
}
