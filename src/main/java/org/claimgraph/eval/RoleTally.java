package org.claimgraph.eval;

/**
 * Counts for one role, summed over articles; the scores are derived from them so that summing
 * stays exact (micro-averaging over role instances).
 *
 * @param gold            gold attributions that have this role
 * @param predicted       predicted attributions that have this role
 * @param exact           one-to-one exact matches between the two
 * @param goldChars       code points of all gold instances
 * @param predictedChars  code points of all predicted instances
 * @param overlapChars    code points shared by the pairs of a one-to-one greedy matching by overlap
 */
public record RoleTally(int gold, int predicted, int exact, long goldChars, long predictedChars, long overlapChars) {

    public static final RoleTally ZERO = new RoleTally(0, 0, 0, 0, 0, 0);

    public RoleTally plus(RoleTally o) {
        return new RoleTally(gold + o.gold, predicted + o.predicted, exact + o.exact,
                goldChars + o.goldChars, predictedChars + o.predictedChars, overlapChars + o.overlapChars);
    }

    /** Exact-match precision; 0 when nothing was predicted. */
    public double precision() {
        return ratio(exact, predicted);
    }

    /** Exact-match recall; 0 when there is no gold. */
    public double recall() {
        return ratio(exact, gold);
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    /** Share of predicted code points that overlap their matched gold instance. */
    public double overlapPrecision() {
        return ratio(overlapChars, predictedChars);
    }

    /** Share of gold code points that overlap their matched predicted instance. */
    public double overlapRecall() {
        return ratio(overlapChars, goldChars);
    }

    private static double ratio(double part, double whole) {
        return whole == 0 ? 0 : part / whole;
    }
}
