package org.claimgraph.provenance;

import org.claimgraph.extract.Span;

/**
 * Two sentences of two copies of one story that tell the same thing with different facts.
 *
 * @param a          the sentence in the first copy, char offsets into the text given
 * @param b          the sentence in the second copy
 * @param kind       what differs
 * @param difference the differing words, "A / B", for a person to read
 */
public record Divergence(Span a, Span b, Kind kind, String difference) {

    public enum Kind {
        /** Different numbers ("five" against "seven"). */
        NUMBERS,
        /** One sentence negates what the other affirms. */
        NEGATION,
        /** One puts an actor in custody where the other has the actor act freely ("was arrested" / "made the visit"). */
        FACTS
    }
}
