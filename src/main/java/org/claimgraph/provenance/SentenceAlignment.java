package org.claimgraph.provenance;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Aligns the sentences of two tellings of a story in order, like a diff: no two aligned pairs cross,
 * and the alignment chosen (by dynamic programming over both sentence lists) maximises the summed
 * similarity of its pairs above a floor. Sentence order is what a spinner and a translation round trip
 * both keep, so a weakly similar pair is trusted when its neighbours align around it.
 *
 * <p>Similarity is a weighted Dice coefficient over {@link SentenceSignature} features: each feature
 * weighs its class (names and numbers most) times its rarity across both texts (inverse sentence
 * frequency), so that in a story about Iran and Iraq sharing "Iran" says little and sharing "2,500",
 * "900" and "Syria" says the sentences are one.
 */
final class SentenceAlignment {

    /** Least similarity of an aligned pair; the DP gains only what a pair scores above it. */
    private static final double FLOOR = 0.12;
    /** A pair needs one shared name or number, or this many shared words: topic words alone are no match. */
    private static final int MIN_SHARED_WORDS = 4;
    /** Least similarity of a lone pair between two aligned pairs, which order vouches for. */
    private static final double GAP_FLOOR = 0.05;

    /** Aligned sentence indexes, {@code a[i]} with {@code b[i]}, in order, and each pair's similarity. */
    record Result(int[] a, int[] b, double[] similarity, int sentencesA, int sentencesB) {

        int aligned() {
            return a.length;
        }
    }

    private record Pair(int a, int b, double similarity) {
    }

    private SentenceAlignment() {
    }

    static Result align(List<SentenceSignature> a, List<SentenceSignature> b) {
        int n = a.size();
        int m = b.size();
        Map<String, Double> weight = weights(a, b);
        double[] sizeA = a.stream().mapToDouble(s -> size(s, weight)).toArray();
        double[] sizeB = b.stream().mapToDouble(s -> size(s, weight)).toArray();
        double[][] sim = new double[n][m];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < m; j++) {
                sim[i][j] = similarity(a.get(i), b.get(j), weight, sizeA[i] + sizeB[j]);
            }
        }
        double[][] best = new double[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                double take = sim[i][j] > FLOOR ? sim[i][j] - FLOOR + best[i + 1][j + 1] : 0;
                best[i][j] = Math.max(take, Math.max(best[i + 1][j], best[i][j + 1]));
            }
        }
        List<Pair> pairs = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < n && j < m) {
            if (sim[i][j] > FLOOR && best[i][j] == sim[i][j] - FLOOR + best[i + 1][j + 1]) {
                pairs.add(new Pair(i, j, sim[i][j]));
                i++;
                j++;
            } else if (best[i][j] == best[i + 1][j]) {
                i++;
            } else {
                j++;
            }
        }
        fillGaps(pairs, a, b, weight, sizeA, sizeB);
        return new Result(pairs.stream().mapToInt(Pair::a).toArray(), pairs.stream().mapToInt(Pair::b).toArray(),
                pairs.stream().mapToDouble(Pair::similarity).toArray(), n, m);
    }

    /**
     * A lone sentence on each side between two aligned pairs is aligned if the two share any feature:
     * order vouches for them where a short sentence ("It remains to be seen how long the hiatus will
     * last") has too few anchors to stand alone.
     */
    private static void fillGaps(List<Pair> pairs, List<SentenceSignature> a, List<SentenceSignature> b,
                                 Map<String, Double> weight, double[] sizeA, double[] sizeB) {
        for (int k = pairs.size() - 1; k > 0; k--) {
            Pair before = pairs.get(k - 1);
            Pair after = pairs.get(k);
            if (after.a() - before.a() == 2 && after.b() - before.b() == 2) {
                int i = before.a() + 1;
                int j = before.b() + 1;
                double loose = shared(a.get(i), b.get(j), weight) * 2 / Math.max(1e-9, sizeA[i] + sizeB[j]);
                if (loose > GAP_FLOOR) {
                    pairs.add(k, new Pair(i, j, loose));
                }
            }
        }
    }

    /** Each feature's weight: its class weight times ln(N / df), N the sentences of both texts. */
    static Map<String, Double> weights(List<SentenceSignature> a, List<SentenceSignature> b) {
        Map<String, Integer> df = new HashMap<>();
        a.forEach(s -> s.features().forEach(x -> df.merge(x, 1, Integer::sum)));
        b.forEach(s -> s.features().forEach(x -> df.merge(x, 1, Integer::sum)));
        double n = a.size() + b.size() + 1;
        Map<String, Double> weight = new HashMap<>();
        df.forEach((x, f) -> weight.put(x, SentenceSignature.classWeight(x) * Math.log(n / f)));
        return weight;
    }

    private static double size(SentenceSignature s, Map<String, Double> weight) {
        return s.features().stream().mapToDouble(x -> weight.getOrDefault(x, 0.0)).sum();
    }

    private static double shared(SentenceSignature x, SentenceSignature y, Map<String, Double> weight) {
        return x.features().stream().filter(y.features()::contains).mapToDouble(f -> weight.getOrDefault(f, 0.0)).sum();
    }

    /** Weighted Dice: twice the weight of the shared features over both sentences' weight; 0 without an anchor. */
    static double similarity(SentenceSignature x, SentenceSignature y, Map<String, Double> weight, double sizes) {
        if (sizes <= 0) {
            return 0;
        }
        Set<String> smaller = x.features().size() <= y.features().size() ? x.features() : y.features();
        Set<String> larger = smaller == x.features() ? y.features() : x.features();
        double shared = 0;
        int anchors = 0;
        int words = 0;
        for (String f : smaller) {
            if (larger.contains(f)) {
                shared += weight.getOrDefault(f, 0.0);
                if (f.startsWith(SentenceSignature.NAME) || f.startsWith(SentenceSignature.NUMBER)) {
                    anchors++;
                } else {
                    words++;
                }
            }
        }
        return anchors > 0 || words >= MIN_SHARED_WORDS ? 2 * shared / sizes : 0;
    }
}
