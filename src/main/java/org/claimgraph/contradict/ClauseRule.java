package org.claimgraph.contradict;

import java.util.Optional;
import org.claimgraph.rdf.Vocab.CG;

/**
 * Contradictions in any domain, from clauses alone: two sources say the same subject does the same
 * thing to the same object, one with a negation ("Trump will release his tax returns" against "Trump
 * will not release his tax returns": opposing claims); or a source denies ("denied that ...") what
 * another asserts in the same clause (explicit denial). Tried after the lexicon rules, which know
 * their domain better. Two claims of one source, or of one article, are left alone: a source
 * correcting itself, or an article's headline and body, are not two sides.
 */
final class ClauseRule implements ContradictionRule {

    /** How much of their content words two claims must share besides the clause. */
    static final double OVERLAP = 0.3;

    @Override
    public Optional<Finding> compare(Proposition x, Proposition y, StoryCopies copies) {
        if (x.claim().source().equals(y.claim().source()) || x.claim().article().equals(y.claim().article())
                || x.overlap(y) < OVERLAP) {
            return Optional.empty();
        }
        for (Clause cx : x.clauses()) {
            for (Clause cy : y.clauses()) {
                if (cx.key().equals(cy.key()) && cx.object().equals(cy.object())) {
                    Optional<Finding> f = compare(x, cx, y, cy);
                    if (f.isPresent()) {
                        return f;
                    }
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<Finding> compare(Proposition x, Clause cx, Proposition y, Clause cy) {
        boolean denial = x.polarity() != y.polarity();
        if (denial && cx.negated() == cy.negated()) {
            Proposition denier = x.polarity() == Polarity.DENIED ? x : y;
            Proposition asserted = denier == x ? y : x;
            return Optional.of(new Finding(CG.ExplicitDenial, asserted, denier, cx.topic(),
                    "denied by " + ContradictionRule.who(denier) + ", asserted by " + ContradictionRule.who(asserted)
                            + " (" + cx.topic() + "): " + ContradictionRule.quote(asserted),
                    ContradictionRule.scaled(0.6, x, y)));
        }
        if (!denial && x.polarity() == Polarity.AFFIRMED && cx.negated() != cy.negated()) {
            Proposition pos = cx.negated() ? y : x;
            Proposition neg = pos == x ? y : x;
            return Optional.of(new Finding(CG.OpposingClaims, pos, neg, cx.topic(),
                    cx.topic() + " asserted by " + ContradictionRule.who(pos) + ", negated by "
                            + ContradictionRule.who(neg) + ": " + ContradictionRule.quote(neg),
                    ContradictionRule.scaled(0.6, x, y)));
        }
        return Optional.empty();
    }
}
