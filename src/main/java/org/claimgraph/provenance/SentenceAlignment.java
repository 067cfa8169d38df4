package org.claimgraph.provenance;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Aligns the sentences of two tellings of a story in order, like a diff: a pair of sentences may be
 * aligned when they share enough names and numbers, and no two aligned pairs cross. The best such
 * alignment is found by dynamic programming over the two sentence lists. Anchors are weighted by
 * rarity across both texts (inverse sentence frequency): in a story about Iran and Iraq, sharing
 * "Iran" and "Iraq" says little, sharing "2,500", "900" and "Syria" says the sentences are one.
 */
final class SentenceAlignment {

    /** Two sentences share at least this many anchors, and this share of the smaller anchor set. */
    private static final int MIN_SHARED = 2;
    private static final double MIN_SHARE = 0.4;
    /** Least summed rarity of the shared anchors: two rare names, or a rare one and a few common ones. */
    private static final double MIN_WEIGHT = 5.0;

    /** Aligned sentence indexes, {@code a[i]} with {@code b[i]}, in order. */
    record Result(int[] a, int[] b, int sentencesA, int sentencesB) {

        int aligned() {
            return a.length;
        }
    }

    private SentenceAlignment() {
    }

    static Result align(List<List<String>> a, List<List<String>> b) {
        int n = a.size();
        int m = b.size();
        Map<String, Double> weight = rarity(a, b);
        double[][] best = new double[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                double match = score(a.get(i), b.get(j), weight);
                double take = match > 0 ? match + best[i + 1][j + 1] : 0;
                best[i][j] = Math.max(take, Math.max(best[i + 1][j], best[i][j + 1]));
            }
        }
        List<Integer> ia = new ArrayList<>();
        List<Integer> ib = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < n && j < m) {
            double match = score(a.get(i), b.get(j), weight);
            if (match > 0 && best[i][j] == match + best[i + 1][j + 1]) {
                ia.add(i++);
                ib.add(j++);
            } else if (best[i][j] == best[i + 1][j]) {
                i++;
            } else {
                j++;
            }
        }
        return new Result(ia.stream().mapToInt(Integer::intValue).toArray(),
                ib.stream().mapToInt(Integer::intValue).toArray(), n, m);
    }

    /** ln(N / df) of each anchor, N the sentences of both texts, df those that contain it. */
    static Map<String, Double> rarity(List<List<String>> a, List<List<String>> b) {
        Map<String, Integer> df = new HashMap<>();
        a.forEach(s -> s.forEach(x -> df.merge(x, 1, Integer::sum)));
        b.forEach(s -> s.forEach(x -> df.merge(x, 1, Integer::sum)));
        double n = a.size() + b.size();
        Map<String, Double> weight = new HashMap<>();
        df.forEach((x, f) -> weight.put(x, Math.log(n / f)));
        return weight;
    }

    /** Summed rarity of the shared anchors, if enough to call the sentences two tellings of one; else 0. */
    static double score(List<String> x, List<String> y, Map<String, Double> weight) {
        if (x.isEmpty() || y.isEmpty()) {
            return 0;
        }
        Set<String> shared = new HashSet<>(x);
        shared.retainAll(new HashSet<>(y));
        int smaller = Math.min(x.size(), y.size());
        if (shared.size() < MIN_SHARED || shared.size() < MIN_SHARE * smaller) {
            return 0;
        }
        double w = shared.stream().mapToDouble(s -> weight.getOrDefault(s, 0.0)).sum();
        return w >= MIN_WEIGHT ? w : 0;
    }
}
