package org.claimgraph.eval;

/**
 * Converts between Unicode code point offsets (what PolNeAR's brat files use, as they were made in
 * Python) and UTF-16 char offsets (what {@link org.claimgraph.extract.Span} uses) for one text.
 * The two differ only after a character outside the Basic Multilingual Plane (emoji and the like),
 * which Java stores as two chars; texts without one take the identity shortcut.
 */
final class CodePointOffsets {

    private final String text;
    private final boolean identity;
    private final int codePoints;

    CodePointOffsets(String text) {
        this.text = text;
        this.codePoints = text.codePointCount(0, text.length());
        this.identity = codePoints == text.length();
    }

    /** The char offset of code point offset {@code cp}; {@code cp} may equal the code point count. */
    int toChar(int cp) {
        if (cp < 0 || cp > codePoints) {
            throw new IndexOutOfBoundsException(
                    "code point offset " + cp + " outside a text of " + codePoints + " code points");
        }
        return identity ? cp : text.offsetByCodePoints(0, cp);
    }

    /** The code point offset of char offset {@code charOffset}. */
    int toCodePoint(int charOffset) {
        return identity ? charOffset : text.codePointCount(0, charOffset);
    }
}
