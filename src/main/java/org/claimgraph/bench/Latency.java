package org.claimgraph.bench;

import java.util.Arrays;

/** Median and 95th percentile of a query's run times, in milliseconds (nearest-rank percentiles). */
public record Latency(double p50, double p95, int runs) {

    static Latency of(double[] millis) {
        double[] sorted = millis.clone();
        Arrays.sort(sorted);
        return new Latency(rank(sorted, 0.50), rank(sorted, 0.95), sorted.length);
    }

    private static double rank(double[] sorted, double p) {
        int i = (int) Math.ceil(p * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
    }
}
