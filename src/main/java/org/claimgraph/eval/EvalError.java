package org.claimgraph.eval;

import java.util.Optional;

/**
 * A gold role instance no prediction matched exactly (a miss), or a predicted one no gold
 * instance matched (a false alarm), with what is needed to look at it.
 *
 * @param span     the unmatched instance
 * @param closest  the other side's instance of the same role overlapping it most, if any overlaps
 * @param context  the sentence(s) around the instance, whitespace collapsed to single spaces
 */
public record EvalError(Kind kind, String article, Role role, Located span, Optional<Located> closest, String context) {

    public enum Kind { MISS, FALSE_ALARM }

    /**
     * Where an instance lies and what it says.
     *
     * @param offsets  code point offsets in brat notation ("315 448;463 553"), so they can be
     *                 grepped for in PolNeAR's .ann files
     * @param text     its pieces' text joined by single spaces
     */
    public record Located(String offsets, String text) {
    }
}
