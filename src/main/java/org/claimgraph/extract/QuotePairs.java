package org.claimgraph.extract;

import java.util.Arrays;

/**
 * Pairs opening and closing double quotation marks. Curly quotes say which way they face; a
 * straight '"' opens when it is glued to the following token and not to the preceding one. An
 * unmatched quote is left unpaired rather than guessed: a wrong pairing would swallow whole
 * paragraphs into one content span. Pairs never cross a blank line.
 */
final class QuotePairs {

    /** partner[i] is the index of the matching quote token, or -1. */
    private final int[] partner;

    private QuotePairs(int[] partner) {
        this.partner = partner;
    }

    int partner(int i) {
        return partner[i];
    }

    boolean opens(int i) {
        return partner[i] > i;
    }

    boolean closes(int i) {
        return partner[i] >= 0 && partner[i] < i;
    }

    static QuotePairs of(Tokens t) {
        int[] partner = new int[t.size];
        Arrays.fill(partner, -1);
        int open = -1;
        for (int i = 0; i < t.size; i++) {
            if (open >= 0 && t.lineBefore[i] && blankLineBefore(t, i)) {
                open = -1;
            }
            if (!t.isQuoteChar(i)) {
                continue;
            }
            char c = t.first(i);
            boolean opening;
            if (c == '“' || c == '«' || c == '„' || c == '`') {
                opening = true;
            } else if (c == '”' || c == '»') {
                opening = false;
            } else if (c == '\'' && open >= 0) {
                opening = false;
            } else {
                boolean gluedLeft = i > 0 && t.end[i - 1] == t.start[i] && !t.lineBefore[i];
                boolean gluedRight = i + 1 < t.size && t.start[i + 1] == t.end[i];
                opening = open < 0 ? !gluedLeft || gluedRight && !gluedLeft : false;
                if (open < 0 && gluedLeft && !gluedRight) {
                    opening = false;
                }
            }
            if (opening) {
                open = i; // a second opener restarts: the first was unbalanced
            } else if (open >= 0) {
                partner[open] = i;
                partner[i] = open;
                open = -1;
            }
        }
        return new QuotePairs(partner);
    }

    private static boolean blankLineBefore(Tokens t, int i) {
        int from = t.end[i - 1];
        int to = t.start[i];
        int lines = 0;
        for (int k = from; k < to; k++) {
            if (t.text.charAt(k) == '\n') {
                lines++;
            }
        }
        return lines >= 2;
    }
}
