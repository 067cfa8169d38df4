package org.claimgraph.provenance;

import java.util.Optional;
import org.claimgraph.extract.Span;

/**
 * A phrase in an article that tells where the article itself came from: "(Reuters)", "Translated by:
 * Shafaq News", a dateline. The span is the evidence shown on the hop it supports.
 *
 * @param kind  what the phrase shows
 * @param agent the outlet it names, if it names one ("Source link" names none)
 * @param span  where it stands, char offsets into the unchanged text
 */
public record ArticleCue(Kind kind, Optional<String> agent, Span span) {

    public enum Kind {
        /** The outlet that first reported the story: "(Reuters)", "told Reuters", "For this report, Reuters spoke with". */
        REPORTER,
        /** Who translated the copy read: "Translated by: Shafaq News", "in a report translated by ...". */
        TRANSLATOR,
        /** Who put up the page: a dateline such as "2024-03-20 Shafaq News/". */
        PUBLISHER,
        /** The page copies a story from elsewhere and links to it: "Source link". */
        SOURCE_LINK,
        /** The original's staff credit, copied along with the story: "Reporting was contributed by". */
        CONTRIBUTORS
    }
}
