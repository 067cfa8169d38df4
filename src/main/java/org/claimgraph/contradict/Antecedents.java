package org.claimgraph.contradict;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Finds what "refuted the claim" refutes. The refuter usually says why in the same sentence
 * ("Other political sources refuted the claim, saying that had the calm been arranged by Qaani ..."),
 * so among the last few earlier claims of other sources the one sharing most words and actors with
 * that elaboration is taken; without an elaboration, the nearest earlier claim.
 */
final class Antecedents {

    /** How many earlier claims may be pointed back to: "the claim" is something just said. */
    private static final int REACH = 6;
    /** How far after the denial its elaboration may start, in code points. */
    private static final int ELABORATION = 200;

    private Antecedents() {
    }

    /** @param article the propositions of one article in text order, the denial among them */
    static Optional<Proposition> of(Proposition denial, List<Proposition> article) {
        int at = article.indexOf(denial);
        Set<String> why = new TreeSet<>();
        for (Proposition p : article.subList(at + 1, article.size())) {
            if (p.claim().start() > denial.claim().end() + ELABORATION) {
                break;
            }
            if (p.claim().source().equals(denial.claim().source())) {
                why.addAll(p.words());
                why.addAll(p.actors());
            }
        }
        Proposition best = null;
        long bestScore = -1;
        for (int i = at - 1; i >= 0 && i >= at - REACH; i--) {
            Proposition q = article.get(i);
            if (q.polarity() != Polarity.AFFIRMED || q.claim().source().equals(denial.claim().source())
                    || q.claim().start() >= denial.claim().start()) {
                continue;
            }
            long score = q.words().stream().filter(why::contains).count() + q.actors().stream().filter(why::contains).count();
            if (score > bestScore) { // nearest first, so ties keep the nearer claim
                best = q;
                bestScore = score;
            }
        }
        return Optional.ofNullable(best);
    }
}
