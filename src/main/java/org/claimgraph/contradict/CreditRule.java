package org.claimgraph.contradict;

import java.util.Optional;
import org.claimgraph.rdf.Vocab.CG;

/**
 * Conflicting credit: two sources credit one outcome to actors on different sides ("in wake of a
 * visit by Qaani" against "PM Sudani should be credited for the calm").
 */
final class CreditRule implements ContradictionRule {

    @Override
    public Optional<Finding> compare(Proposition x, Proposition y, StoryCopies copies) {
        if (x.credit().isEmpty() || y.credit().isEmpty()) {
            return Optional.empty();
        }
        Credit cx = x.credit().get();
        Credit cy = y.credit().get();
        if (cx.denied() || cy.denied() || !cx.outcome().equals(cy.outcome())
                || cx.sides().stream().anyMatch(cy.sides()::contains)
                || x.claim().source().equals(y.claim().source())) {
            return Optional.empty();
        }
        // Order the pair by side so that one contradiction has one group key whichever claim came first.
        boolean swap = String.join(",", cx.sides()).compareTo(String.join(",", cy.sides())) > 0;
        Proposition a = swap ? y : x;
        Proposition b = swap ? x : y;
        String sa = String.join(", ", a.credit().get().sides());
        String sb = String.join(", ", b.credit().get().sides());
        return Optional.of(new Finding(CG.ConflictingCredit, a, b, cx.outcome() + ": " + sa + " or " + sb,
                "the " + cx.outcome() + " credited to " + sa + " by " + ContradictionRule.who(a) + ", to " + sb
                        + " by " + ContradictionRule.who(b),
                ContradictionRule.scaled(0.7, x, y)));
    }
}
