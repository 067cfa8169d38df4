package org.claimgraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Token ranges of one attribution under construction (inclusive token indices). */
final class AttributionDraft {

    int sourceFrom = -1;
    int sourceTo = -1;
    int cueFrom;
    int cueTo;
    final List<int[]> content = new ArrayList<>();
    int relayFrom = -1;
    int relayTo = -1;

    Attribution build(Document doc) {
        List<Span> contentSpans = new ArrayList<>();
        for (int[] r : content) {
            trimUnbalancedEnd(doc, r);
            if (r[0] <= r[1] && hasWord(doc.tokens, r)) {
                contentSpans.add(doc.span(r[0], r[1]));
            }
        }
        if (contentSpans.isEmpty()) {
            return null;
        }
        SourceBounds.refine(doc, this);
        List<Span> source = sourceFrom >= 0 && sourceFrom <= sourceTo
                ? List.of(doc.span(sourceFrom, sourceTo)) : List.of();
        List<Span> relays = relayFrom >= 0 && relayFrom <= relayTo
                ? List.of(doc.span(relayFrom, relayTo)) : List.of();
        return new Attribution(source, List.of(doc.span(cueFrom, cueTo)), contentSpans,
                kind(doc), Optional.empty(), relays);
    }

    /** A piece of bare punctuation (the ")" after "(which X supports") says nothing. */
    private static boolean hasWord(Tokens t, int[] r) {
        for (int i = r[0]; i <= r[1]; i++) {
            if (t.isWord(i)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A content piece must not end on a bracket or single quote it did not open ("... said.)"),
     * nor on the sentence's period left in front of such a closer.
     */
    private static void trimUnbalancedEnd(Document doc, int[] r) {
        Tokens t = doc.tokens;
        for (int guard = 0; guard < 3 && r[1] > r[0]; guard++) {
            String last = t.lower[r[1]];
            String opener = last.equals(")") ? "(" : last.equals("]") ? "[" : last.equals("’") ? "‘"
                    : last.equals("'") ? "'" : null;
            if (opener == null) {
                if ((last.equals(".") || last.equals(",")) && r[1] + 1 < t.size
                        && (t.lower[r[1] + 1].equals(")") || t.lower[r[1] + 1].equals("’"))) {
                    r[1]--;
                    continue;
                }
                return;
            }
            boolean opened = false;
            for (int i = r[0]; i < r[1] && !opened; i++) {
                opened = t.lower[i].equals(opener) || opener.equals("‘") && t.lower[i].startsWith("‘");
            }
            if (opened) {
                return;
            }
            r[1]--;
        }
    }

    private QuoteKind kind(Document doc) {
        boolean anyQuote = false;
        boolean allQuoted = true;
        for (int[] r : content) {
            boolean whole = doc.tokens.isQuoteChar(r[0]) && doc.quotes.partner(r[0]) == r[1];
            allQuoted &= whole;
            for (int i = r[0]; i <= r[1] && !anyQuote; i++) {
                anyQuote = doc.tokens.isQuoteChar(i) && doc.quotes.partner(i) >= 0;
            }
        }
        return allQuoted ? QuoteKind.DIRECT : anyQuote ? QuoteKind.MIXED : QuoteKind.INDIRECT;
    }
}
