package org.claimgraph.extract;

/** One text under analysis: its tokens, sentences and quote pairs, computed once per call. */
final class Document {

    final String text;
    final Tokens tokens;
    final Sentences sentences;
    final QuotePairs quotes;
    /** sentenceOf[i] is the sentence index of token i. */
    final int[] sentenceOf;

    /** claimedQuote[i]: the quote opened at token i already continues an earlier attribution's content. */
    final boolean[] claimedQuote;

    /** insideQuote[i]: token i lies strictly between a paired opening and closing quote mark. */
    final boolean[] insideQuote;

    Document(String text) {
        this.text = text;
        this.tokens = Tokens.of(text);
        this.sentences = Sentences.of(tokens);
        this.quotes = QuotePairs.of(tokens);
        insideQuote = new boolean[tokens.size];
        claimedQuote = new boolean[tokens.size];
        for (int i = 0; i < tokens.size; i++) {
            if (tokens.isQuoteChar(i) && quotes.opens(i)) {
                for (int j = i + 1; j < quotes.partner(i); j++) {
                    insideQuote[j] = true;
                }
            }
        }
        sentenceOf = new int[tokens.size];
        for (int k = 0; k < sentences.count; k++) {
            for (int i = sentences.start(k); i < sentences.end(k); i++) {
                sentenceOf[i] = k;
            }
        }
    }

    Span span(int firstToken, int lastTokenInclusive) {
        return new Span(tokens.start[firstToken], tokens.end[lastTokenInclusive]);
    }
}
