package org.claimgraph.contradict;

/**
 * A number a claim states: its interval, what it counts (measure: unit and the first actor after it,
 * e.g. "attacks|united-states"), over which period ("to date" unless a window is named), and the
 * words it was read from.
 */
public record Quantity(Interval value, String measure, String period, String phrase) {

    public boolean comparableWith(Quantity o) {
        return measure.equals(o.measure) && period.equals(o.period);
    }

    public boolean conflictsWith(Quantity o) {
        return comparableWith(o) && !value.overlaps(o.value);
    }
}
