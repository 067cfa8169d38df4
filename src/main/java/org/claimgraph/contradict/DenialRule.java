package org.claimgraph.contradict;

import java.util.Optional;
import org.claimgraph.rdf.Vocab.CG;

/**
 * Explicit denial: one source denies ("denied that", "refuted") what another asserts. They must take
 * a stance on the same predicate about a shared actor (the denial flips its stance), or one must deny
 * credit that the other gives.
 */
final class DenialRule implements ContradictionRule {

    @Override
    public Optional<Finding> compare(Proposition x, Proposition y, StoryCopies copies) {
        if (x.polarity() == y.polarity()) {
            return creditDenial(x, y);
        }
        Proposition denial = x.polarity() == Polarity.DENIED ? x : y;
        Proposition asserted = denial == x ? y : x;
        for (Stance d : denial.stances()) {
            for (Stance a : asserted.stances()) {
                if (d.predicate().equals(a.predicate()) && d.positive() == a.positive()
                        && denial.actors().stream().anyMatch(asserted.actors()::contains)) {
                    double base = denial.overlap(asserted) >= 0.5 ? 0.9 : 0.75;
                    return Optional.of(new Finding(CG.ExplicitDenial, asserted, denial, d.predicate(),
                            "denied by " + ContradictionRule.who(denial) + ", asserted by " + ContradictionRule.who(asserted)
                                    + " (" + d.predicate() + "): " + ContradictionRule.quote(asserted),
                            ContradictionRule.scaled(base, x, y)));
                }
            }
        }
        return namedDenial(denial, asserted, x, y);
    }

    /**
     * Without a lexicon predicate: a denial and an assertion naming at least two of the same names
     * and sharing most of their content words ("denied that Trump's campaign paid ..." against
     * "Trump's campaign paid ..."). Less sure than a predicate match.
     */
    private Optional<Finding> namedDenial(Proposition denial, Proposition asserted, Proposition x, Proposition y) {
        java.util.Set<String> shared = new java.util.TreeSet<>(denial.names());
        shared.retainAll(asserted.names());
        if (shared.size() < 2 || denial.overlap(asserted) < 0.6 || denial.anaphoric()) {
            return Optional.empty();
        }
        String topic = String.join(", ", shared);
        return Optional.of(new Finding(CG.ExplicitDenial, asserted, denial, topic,
                "denied by " + ContradictionRule.who(denial) + ", asserted by " + ContradictionRule.who(asserted)
                        + " (" + topic + "): " + ContradictionRule.quote(asserted),
                ContradictionRule.scaled(0.5, x, y)));
    }

    /** "Had the calm been arranged by Qaani, it would have ..." against "the calm came with Qaani's visit". */
    private Optional<Finding> creditDenial(Proposition x, Proposition y) {
        if (x.credit().isEmpty() || y.credit().isEmpty()) {
            return Optional.empty();
        }
        Credit cx = x.credit().get();
        Credit cy = y.credit().get();
        if (cx.denied() == cy.denied() || !cx.outcome().equals(cy.outcome())
                || cx.sides().stream().noneMatch(cy.sides()::contains)) {
            return Optional.empty();
        }
        Proposition denial = cx.denied() ? x : y;
        Proposition asserted = denial == x ? y : x;
        String side = String.join(", ", denial.credit().get().sides());
        return Optional.of(new Finding(CG.ExplicitDenial, asserted, denial, cx.outcome() + " credited to " + side,
                "the " + cx.outcome() + " credited to " + side + " by " + ContradictionRule.who(asserted)
                        + ", denied by " + ContradictionRule.who(denial) + ": " + ContradictionRule.quote(denial),
                ContradictionRule.scaled(0.8, x, y)));
    }
}
