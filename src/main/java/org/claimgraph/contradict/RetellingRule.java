package org.claimgraph.contradict;

import java.util.Optional;
import org.claimgraph.rdf.Vocab.CG;

/**
 * Divergent retelling: two copies of one story (StoryCopies) state exclusive facts about one actor on
 * one occasion, as where a machine translation made "met faction representatives" into "was arrested".
 */
final class RetellingRule implements ContradictionRule {

    private final FactReader facts;

    RetellingRule(FactReader facts) {
        this.facts = facts;
    }

    @Override
    public Optional<Finding> compare(Proposition x, Proposition y, StoryCopies copies) {
        if (x.fact().isEmpty() || y.fact().isEmpty() || !facts.exclusive(x.fact().get(), y.fact().get())
                || x.claim().article().equals(y.claim().article()) || !copies.areCopies(x, y)) {
            return Optional.empty();
        }
        return Optional.of(FactConflict.finding(CG.DivergentRetelling, x, y, 0.75));
    }
}
