package org.claimgraph.eval;

import java.util.EnumMap;
import java.util.Map;

/**
 * The outcome of scoring an extractor on a PolNeAR split: raw counts, from which every figure is
 * derived (so the text and JSON renderings cannot disagree).
 *
 * @param corpus            what was scored (the split directory), for headings
 * @param roles             one tally per role, summed over articles
 * @param gold              gold attributions
 * @param predicted         predicted attributions
 * @param allExactHits      gold attributions one prediction got exactly right in all three roles
 * @param articles          articles scored
 * @param words             whitespace-separated words in the scored texts
 * @param extractionNanos   wall time spent inside the extractor only
 */
public record EvalReport(String corpus, Map<Role, RoleTally> roles, int gold, int predicted, int allExactHits,
        int articles, long words, long extractionNanos) {

    public EvalReport {
        EnumMap<Role, RoleTally> all = new EnumMap<>(Role.class);
        for (Role role : Role.values()) {
            all.put(role, roles.getOrDefault(role, RoleTally.ZERO));
        }
        roles = all;
    }

    public RoleTally role(Role role) {
        return roles.get(role);
    }

    /** Share of gold attributions exactly right in all three roles; 0 without gold. */
    public double allExact() {
        return gold == 0 ? 0 : (double) allExactHits / gold;
    }

    /** Words of the scored texts per second of extraction; a run too fast to time counts as 1 ns. */
    public double wordsPerSecond() {
        return words / (Math.max(extractionNanos, 1) / 1e9);
    }
}
