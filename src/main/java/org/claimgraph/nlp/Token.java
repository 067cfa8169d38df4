package org.claimgraph.nlp;

/**
 * One token: half-open UTF-16 char offsets into the unchanged text, with its POS tag (Penn
 * Treebank style, e.g. VBD, NNP) and lemma. Both are {@code null} while the sentence is untagged:
 * tagging is the slow step, so callers tag only the sentences they need.
 */
public record Token(int start, int end, String pos, String lemma) {

    public Token {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad token [" + start + "," + end + ")");
        }
    }

    public static Token untagged(int start, int end) {
        return new Token(start, end, null, null);
    }

    public boolean tagged() {
        return pos != null;
    }

    public String text(CharSequence text) {
        return text.subSequence(start, end).toString();
    }
}
