package org.claimgraph.rdf;

/**
 * Converts UTF-16 char offsets (what Java strings use) to Unicode code point offsets (what the graph
 * promises, so that offsets agree with Python, JavaScript's for-of, and any tool counting characters).
 * Texts without surrogate pairs, nearly all news, convert for free.
 */
final class CodePointOffsets {

    private final String text;
    private final boolean identity;

    CodePointOffsets(String text) {
        this.text = text;
        this.identity = text.codePoints().count() == text.length();
    }

    long toCodePoints(int charOffset) {
        return identity ? charOffset : text.codePointCount(0, charOffset);
    }
}
