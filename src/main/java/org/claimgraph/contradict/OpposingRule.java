package org.claimgraph.contradict;

import java.util.Optional;
import org.claimgraph.rdf.Vocab.CG;

/**
 * Opposing claims: two sources, neither denying the other, take opposite stances on the same
 * predicate about a shared actor ("Iran has a high degree of control over its proxies" against
 * "they decide operations on their own"); or, outside copies of one story, state exclusive facts
 * about one actor on one occasion ("was arrested at Baghdad airport" against "met faction leaders").
 */
final class OpposingRule implements ContradictionRule {

    private final FactReader facts;

    OpposingRule(FactReader facts) {
        this.facts = facts;
    }

    @Override
    public Optional<Finding> compare(Proposition x, Proposition y, StoryCopies copies) {
        if (x.polarity() != Polarity.AFFIRMED || y.polarity() != Polarity.AFFIRMED
                || x.claim().source().equals(y.claim().source())) {
            return Optional.empty();
        }
        for (Stance sx : x.stances()) {
            for (Stance sy : y.stances()) {
                if (sx.predicate().equals(sy.predicate()) && sx.positive() != sy.positive()
                        && x.actors().stream().anyMatch(y.actors()::contains)) {
                    Proposition pos = sx.positive() ? x : y;
                    Proposition neg = pos == x ? y : x;
                    return Optional.of(new Finding(CG.OpposingClaims, pos, neg, sx.predicate(),
                            sx.predicate() + " asserted by " + ContradictionRule.who(pos) + ", its opposite by "
                                    + ContradictionRule.who(neg) + ": " + ContradictionRule.quote(neg),
                            ContradictionRule.scaled(0.8, x, y)));
                }
            }
        }
        if (x.fact().isPresent() && y.fact().isPresent() && facts.exclusive(x.fact().get(), y.fact().get())
                && !x.claim().article().equals(y.claim().article()) && !copies.areCopies(x, y)) {
            return Optional.of(FactConflict.finding(CG.OpposingClaims, x, y, 0.6));
        }
        return Optional.empty();
    }
}
