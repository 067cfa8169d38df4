package org.claimgraph.extract;

/**
 * One sentence of a {@link Document} as the attribution rules see it: its token range and the
 * small positional tests every rule needs (sentence end, quote closers, next comma).
 */
abstract class SentenceView {

    final Document doc;
    final Tokens t;
    final CueLexicon lexicon;
    /** Sentence index, and its token range (end exclusive). */
    final int k;
    final int s;
    final int e;

    SentenceView(Document doc, CueLexicon lexicon, int k) {
        this.doc = doc;
        this.t = doc.tokens;
        this.lexicon = lexicon;
        this.k = k;
        this.s = doc.sentences.start(k);
        this.e = doc.sentences.end(k);
    }

    SentenceView(SentenceView same) {
        this(same.doc, same.lexicon, same.k);
    }

    boolean blankBefore(int i) {
        int lines = 0;
        for (int c = t.end[i - 1]; c < t.start[i]; c++) {
            if (t.text.charAt(c) == '\n') {
                lines++;
            }
        }
        return lines >= 2;
    }

    boolean isTerminalOf(int i) {
        String w = t.lower[i];
        return w.equals(".") || w.equals("!") || w.equals("?") || w.equals("...") || w.equals("…");
    }

    int firstContentToken(int from) {
        int i = from;
        while (i < e && t.isOpenQuote(i)) {
            i++;
        }
        return i;
    }

    boolean isTerminal(int i) {
        String w = t.lower[i];
        return (w.equals(".") || w.equals("!") || w.equals("?") || w.equals("...") || w.equals("…"))
                && i == lastNonCloser();
    }

    int lastNonCloser() {
        int i = e - 1;
        while (i > s && (closesQuote(i) || t.lower[i].equals(")"))) {
            i--;
        }
        return i;
    }

    boolean closesQuote(int i) {
        return t.isQuoteChar(i) && doc.quotes.closes(i);
    }

    boolean opensQuoteAfter(int i) {
        return i + 1 < e && t.isOpenQuote(i + 1);
    }

    int nextPunctOutsideQuotes(int from, String p) {
        for (int i = from; i < e; i++) {
            if (t.lower[i].equals(p) && !doc.insideQuote[i]) {
                return i;
            }
        }
        return -1;
    }

    int nextPunct(int from, String p) {
        for (int i = from; i < e; i++) {
            if (t.lower[i].equals(p)) {
                return i;
            }
        }
        return -1;
    }

    boolean isCueVerb(int i) {
        return lexicon.verb(t.lower[i]) != null && !doc.insideQuote[i];
    }

    /** Auxiliaries, negations and adverbs that join the cue: "has long said", "doesn't think". */
    boolean isCuePrefix(int i) {
        String w = t.lower[i];
        if (!t.isWord(i) || t.isCapitalized(i) && i > s) {
            return false;
        }
        // a capital opening the sentence is a name ("Kelly said") more often than an adverb
        boolean adverb = w.length() > 4 && w.endsWith("ly") && !WordClasses.NOT_ADVERB.contains(w) && !t.isCapitalized(i);
        return WordClasses.CUE_PREFIX.contains(w) || w.endsWith("n’t") || w.endsWith("n't") || adverb;
    }

    static boolean isDash(String w) {
        return w.equals("—") || w.equals("--") || w.equals("–");
    }
}
