package org.claimgraph.extract;

/** Entry point for the rest of claimgraph: the extractor to use. */
public final class Extractors {

    private Extractors() {
    }

    /** The standard extractor: rule-based, thread-safe, no model loading, no network. */
    public static AttributionExtractor standard() {
        return AttributionFinder.standard();
    }
}
