package org.claimgraph.contradict;

/**
 * A claim as the detector reads it from the store: what it says, who says it, and where the content
 * stands in its article (start, end in code points; contentSpan is the evidence node).
 */
public record ClaimRecord(String iri, String article, String text, String cue, String sourceText,
                          String source, String sourceLabel, String contentSpan, long start, long end) {

    /** A label to show for the source: its description or name, else the words the article used. */
    public String sourceName() {
        return !sourceLabel.isEmpty() ? sourceLabel : sourceText;
    }
}
