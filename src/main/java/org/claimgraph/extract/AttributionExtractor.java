package org.claimgraph.extract;

import java.util.List;

/**
 * Finds attributions in an article's text. Implementations must be thread-safe, never throw on any
 * input string, and return spans that lie inside the text.
 */
public interface AttributionExtractor {

    /** Attributions in document order of their content. */
    List<Attribution> extract(String text);
}
