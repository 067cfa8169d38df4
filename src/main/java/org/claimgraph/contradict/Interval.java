package org.claimgraph.contradict;

/**
 * The values a stated number allows: "more than 150" is (150, inf), "some 160" [144, 176]. Two
 * statements of one measure conflict exactly when their intervals do not meet.
 */
public record Interval(double low, boolean lowOpen, double high, boolean highOpen) {

    public static Interval exact(double n) {
        // Reported counts are rounded: a round number stands for a little either side of it.
        double slack = n >= 20 && n % 10 == 0 ? n * 0.05 : 0;
        return new Interval(n - slack, false, n + slack, false);
    }

    public static Interval bounded(String bound, double n) {
        return switch (bound) {
            case "above" -> new Interval(n, true, Double.POSITIVE_INFINITY, true);
            case "atleast" -> new Interval(n, false, Double.POSITIVE_INFINITY, true);
            case "below" -> new Interval(0, false, n, true);
            case "atmost" -> new Interval(0, false, n, false);
            case "about" -> new Interval(n * 0.9, false, n * 1.1, false);
            case "nearly" -> new Interval(n * 0.9, false, n, false);
            default -> throw new IllegalArgumentException("unknown bound " + bound);
        };
    }

    /** Whether some value satisfies both. */
    public boolean overlaps(Interval o) {
        return !below(this, o) && !below(o, this);
    }

    /** Whether every value of a lies below every value of b. */
    private static boolean below(Interval a, Interval b) {
        return a.high < b.low || (a.high == b.low && (a.highOpen || b.lowOpen));
    }

    @Override
    public String toString() {
        return (lowOpen ? "(" : "[") + fmt(low) + ", " + fmt(high) + (highOpen ? ")" : "]");
    }

    private static String fmt(double d) {
        return Double.isInfinite(d) ? "inf" : d == Math.rint(d) ? Long.toString((long) d) : String.format("%.1f", d);
    }
}
