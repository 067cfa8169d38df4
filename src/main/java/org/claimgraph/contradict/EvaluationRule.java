package org.claimgraph.contradict;

import java.util.Optional;
import org.claimgraph.rdf.Vocab.CG;

/**
 * Opposing evaluations: two judges give one actor opposite verdicts on the same dimension ("X
 * calls T unfit; Y calls T qualified"). The judges must differ and stand apart: in different
 * articles, or one of them the judged actor answering a critic. Less sure than a denial: verdicts
 * are opinions, and two of them can each hold of a different side of a person.
 */
final class EvaluationRule implements ContradictionRule {

    static final double CONFIDENCE = 0.5;

    @Override
    public Optional<Finding> compare(Proposition x, Proposition y, StoryCopies copies) {
        if (x.polarity() != Polarity.AFFIRMED || y.polarity() != Polarity.AFFIRMED) {
            return Optional.empty();
        }
        for (Evaluation ex : x.evaluations()) {
            for (Evaluation ey : y.evaluations()) {
                if (ex.target().equals(ey.target()) && ex.dimension().equals(ey.dimension())
                        && ex.positive() != ey.positive() && apart(x, ex, y, ey)) {
                    Proposition pos = ex.positive() ? x : y;
                    Evaluation ep = ex.positive() ? ex : ey;
                    Evaluation en = ex.positive() ? ey : ex;
                    Proposition neg = pos == x ? y : x;
                    return Optional.of(new Finding(CG.OpposingClaims, pos, neg,
                            ex.targetName() + ": " + ex.dimension(),
                            judge(en) + " says " + en.targetName() + " " + en.phrase() + "; "
                                    + judge(ep) + " says " + ep.targetName() + " " + ep.phrase() + " (" + ex.dimension() + ")",
                            ContradictionRule.scaled(CONFIDENCE, x, y)));
                }
            }
        }
        return Optional.empty();
    }

    /** A judge actor resolution could not name is shown by the words the article used. */
    private static String judge(Evaluation e) {
        return e.holderName().matches("(?i)i|we|he|she|they|it|who|that|which") ? "the source “" + e.holderName() + "”"
                : e.holderName();
    }

    /** Two judges, not one changing its mind; in two articles, or the judged answering a critic. */
    private static boolean apart(Proposition x, Evaluation ex, Proposition y, Evaluation ey) {
        if (ex.holder().equals(ey.holder()) || x.claim().source().equals(y.claim().source())) {
            return false;
        }
        return !x.claim().article().equals(y.claim().article())
                || ex.holder().equals(ex.target()) || ey.holder().equals(ey.target());
    }
}
