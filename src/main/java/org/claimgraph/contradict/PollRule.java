package org.claimgraph.contradict;

import java.util.Optional;
import org.claimgraph.rdf.Vocab.CG;

/**
 * Poll results that cannot both hold: the same named poll, race, population, place and period,
 * with margins whose intervals do not meet. When neither claim dates the poll, the two must come
 * from one article or from copies of one story: a pollster polls every week, and last week's
 * numbers do not contradict this week's.
 */
final class PollRule implements ContradictionRule {

    @Override
    public Optional<Finding> compare(Proposition x, Proposition y, StoryCopies copies) {
        if (x.polarity() != Polarity.AFFIRMED || y.polarity() != Polarity.AFFIRMED) {
            return Optional.empty();
        }
        boolean together = x.claim().article().equals(y.claim().article()) || copies.areCopies(x, y);
        for (Poll px : x.polls()) {
            for (Poll py : y.polls()) {
                if (px.conflictsWith(py) && (together || !px.period().isEmpty())) {
                    String race = px.firstName() + " − " + px.secondName();
                    return Optional.of(new Finding(copies.areCopies(x, y) ? CG.DivergentRetelling : CG.NumericConflict,
                            x, y, "margin " + race + " (" + px.describe() + ")",
                            "“" + px.phrase() + "” puts the margin " + race + " at " + px.margin() + ", “" + py.phrase()
                                    + "” at " + py.margin() + ": the same poll (" + px.describe()
                                    + ") cannot show both",
                            ContradictionRule.scaled(0.7, x, y)));
                }
            }
        }
        return Optional.empty();
    }
}
