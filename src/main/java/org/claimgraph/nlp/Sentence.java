package org.claimgraph.nlp;

import java.util.List;

/** A sentence: half-open UTF-16 char offsets into the unchanged text, and its tokens in order. */
public record Sentence(int start, int end, List<Token> tokens) {

    public Sentence {
        tokens = List.copyOf(tokens);
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad sentence [" + start + "," + end + ")");
        }
    }

    /** True when every token carries a POS tag and lemma (vacuously true for an empty sentence). */
    public boolean tagged() {
        return tokens.isEmpty() || tokens.get(0).tagged();
    }

    public String text(CharSequence text) {
        return text.subSequence(start, end).toString();
    }
}
