package org.claimgraph.contradict;

import java.util.Optional;
import org.claimgraph.rdf.Vocab;
import org.claimgraph.rdf.Vocab.CG;

/**
 * Numbers that cannot both hold: the same measure over the same period with intervals that do not
 * meet. In copies of one story the same disagreement is a divergent retelling.
 */
final class NumericRule implements ContradictionRule {

    @Override
    public Optional<Finding> compare(Proposition x, Proposition y, StoryCopies copies) {
        if (x.polarity() != Polarity.AFFIRMED || y.polarity() != Polarity.AFFIRMED) {
            return Optional.empty();
        }
        for (Quantity qx : x.quantities()) {
            for (Quantity qy : y.quantities()) {
                if (qx.conflictsWith(qy)) {
                    boolean retelling = copies.areCopies(x, y);
                    String measure = qx.measure().replace("|", " on ").replaceAll(" on $", "")
                            .replace(Vocab.ACTOR_NS, "");
                    return Optional.of(new Finding(retelling ? CG.DivergentRetelling : CG.NumericConflict, x, y,
                            measure + " (" + qx.period() + ")",
                            "“" + qx.phrase() + "” " + qx.value() + " and “" + qy.phrase() + "” " + qy.value()
                                    + " cannot both hold for " + measure + ", " + qx.period(),
                            ContradictionRule.scaled(0.8, x, y)));
                }
            }
        }
        return Optional.empty();
    }
}
