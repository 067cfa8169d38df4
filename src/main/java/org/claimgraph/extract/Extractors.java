package org.claimgraph.extract;

/** Entry point for the rest of claimgraph: the extractor to use. */
public final class Extractors {

    private Extractors() {
    }

    /**
     * The standard extractor: rule-based, thread-safe, no model loading, no network. Follows
     * PolNeAR's convention of no attribution inside another's content ("X said Y denied Z" gives
     * only X's); "quoted X as saying" gives X's attribution with the quoting source as relay.
     */
    public static AttributionExtractor standard() {
        return AttributionFinder.standard();
    }

    /**
     * Like {@link #standard()} but keeps attributions nested in another's content, each with the
     * enclosing source as its first relay ("X said Y denied Z": Y denied Z, relayed by X). For the
     * claim graph, where the whole chain matters more than PolNeAR's convention.
     */
    public static AttributionExtractor withNested() {
        return AttributionFinder.nested();
    }

    /**
     * Every attribution found, nested ones included, with only the relays the sentence itself
     * states ("quoted X as saying"). For the claim graph, whose provenance stage decides which
     * enclosing attribution relays which (a denial, for one, relays nothing).
     */
    public static AttributionExtractor all() {
        return AttributionFinder.all();
    }
}
