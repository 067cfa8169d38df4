package org.claimgraph.contradict;

import org.apache.jena.rdf.model.Resource;

/** The finding for two exclusive facts about one actor, as opposing claims or divergent retellings. */
final class FactConflict {

    private FactConflict() {
    }

    static Finding finding(Resource kind, Proposition x, Proposition y, double base) {
        Fact fx = x.fact().orElseThrow();
        Fact fy = y.fact().orElseThrow();
        String actor = fx.actor().substring(fx.actor().lastIndexOf('/') + 1).replace('-', ' ');
        return new Finding(kind, x, y, actor + " at " + fx.occasion(),
                ContradictionRule.who(x) + ": " + actor + " " + fx.phrase() + " (" + fx.factClass() + "); "
                        + ContradictionRule.who(y) + ": " + actor + " " + fy.phrase() + " (" + fy.factClass() + ")",
                ContradictionRule.scaled(base, x, y));
    }
}
