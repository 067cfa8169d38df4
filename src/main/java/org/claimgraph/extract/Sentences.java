package org.claimgraph.extract;

import java.util.Arrays;

/**
 * Sentence boundaries over {@link Tokens}, by rule: a line break always ends a sentence (in news a
 * line is a paragraph, headline or caption); '.', '!' or '?' (with any closing quote or bracket
 * after it) ends one when the next token could start a sentence.
 */
final class Sentences {

    /** first[k] is the first token of sentence k; first[count] == tokens.size. */
    final int[] first;
    final int count;

    private Sentences(int[] first, int count) {
        this.first = first;
        this.count = count;
    }

    int start(int k) {
        return first[k];
    }

    /** Exclusive end token of sentence k. */
    int end(int k) {
        return first[k + 1];
    }

    static Sentences of(Tokens t) {
        int[] first = new int[16];
        int count = 0;
        int n = t.size;
        for (int i = 0; i < n; i++) {
            boolean begins = i == 0 || t.lineBefore[i] || endsSentenceBefore(t, i);
            if (begins) {
                if (count + 1 >= first.length) {
                    first = Arrays.copyOf(first, first.length * 2);
                }
                first[count++] = i;
            }
        }
        if (count + 1 >= first.length) {
            first = Arrays.copyOf(first, first.length + 2);
        }
        first[count] = n;
        return new Sentences(first, count);
    }

    /** Whether a sentence ends between token i-1 and token i. */
    private static boolean endsSentenceBefore(Tokens t, int i) {
        int p = i - 1;
        // step back over closing quotes and brackets: 'he said." Next' ends after the quote
        while (p > 0 && isCloser(t, p)) {
            p--;
        }
        char c = t.first(p);
        boolean terminal = (c == '.' || c == '!' || c == '?' || c == '…') && !t.isWord(p);
        if (!terminal) {
            return false;
        }
        if (p < i - 1 && (t.first(i - 1) == '"' || t.first(i - 1) == '\'') && !closesQuote(t, i - 1)) {
            return false;
        }
        char next = t.first(i);
        return Character.isUpperCase(next) || Character.isDigit(next) || next == '“' || next == '"'
                || next == '‘' || next == '(' || next == '[' || next == '—' || next == '-' || t.isOpenQuote(i);
    }

    private static boolean isCloser(Tokens t, int p) {
        char c = t.first(p);
        if (t.end[p] - t.start[p] == 2 && c == '\'' && closesQuote(t, p)) {
            return true; // '' typed as a closing double quote
        }
        return t.end[p] - t.start[p] == 1 && (c == '”' || c == '’' || c == ')' || c == ']' || c == '»'
                || (c == '"' && closesQuote(t, p)));
    }

    /** An ASCII '"' closes a quote when it is glued to the preceding token. */
    private static boolean closesQuote(Tokens t, int p) {
        return p > 0 && t.end[p - 1] == t.start[p];
    }
}
