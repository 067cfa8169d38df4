package org.claimgraph.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Rule-based attribution finder. For every cue (a verb from the hand-written lexicon, or a phrase
 * such as "according to") it decides from the surrounding punctuation and word order where the
 * source and the content lie, following PolNeAR's span conventions: content keeps a leading
 * "that" and its quotation marks but not the sentence's final period; the source is the whole
 * noun phrase with its titles and determiners; the cue takes its auxiliaries ("has said").
 */
public final class AttributionFinder implements AttributionExtractor {

    private static final AttributionFinder STANDARD = new AttributionFinder(CueLexicon.standard(), false, false);
    private static final AttributionFinder NESTED = new AttributionFinder(CueLexicon.standard(), true, true);
    private static final AttributionFinder ALL = new AttributionFinder(CueLexicon.standard(), true, false);

    /** -Dclaimgraph.extract.debug=true prints what a sentence's rules tripped over. */
    private static final boolean DEBUG = Boolean.getBoolean("claimgraph.extract.debug");

    private final CueLexicon lexicon;
    /** Keep attributions inside another's content (with a relay) instead of PolNeAR's flat convention. */
    private final boolean keepNested;
    /** Give each nested attribution its enclosing source as relay (else a later stage decides relays). */
    private final boolean relayNested;

    private AttributionFinder(CueLexicon lexicon, boolean keepNested, boolean relayNested) {
        this.lexicon = lexicon;
        this.keepNested = keepNested;
        this.relayNested = relayNested;
    }

    static AttributionFinder standard() {
        return STANDARD;
    }

    static AttributionFinder nested() {
        return NESTED;
    }

    static AttributionFinder all() {
        return ALL;
    }

    @Override
    public List<Attribution> extract(String text) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        Document doc;
        try {
            doc = new Document(text);
        } catch (RuntimeException e) {
            if (DEBUG) {
                e.printStackTrace();
            }
            return List.of(); // the contract forbids throwing; a text we cannot scan yields nothing
        }
        List<Attribution> out = new ArrayList<>();
        for (int k = 0; k < doc.sentences.count; k++) {
            try {
                new SentenceRules(doc, lexicon, k).find(out);
            } catch (RuntimeException e) {
                // one odd sentence must not cost the rest of the article
                if (DEBUG) {
                    e.printStackTrace();
                }
            }
        }
        out.sort(Comparator.comparing((Attribution a) -> a.content().get(0)));
        if (!keepNested) {
            out = NestedAttributions.flatten(text, out);
        }
        try {
            out = SourceReferents.resolve(doc, out);
        } catch (RuntimeException e) {
            // referents are a bonus; the attributions stand without them
        }
        return List.copyOf(relayNested ? NestedAttributions.withRelays(out) : out);
    }

    /** Token ranges of one attribution under construction (inclusive token indices). */
    static final class Draft {
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
                if (r[0] <= r[1]) {
                    contentSpans.add(doc.span(r[0], r[1]));
                }
            }
            if (contentSpans.isEmpty()) {
                return null;
            }
            List<Span> source = sourceFrom >= 0 && sourceFrom <= sourceTo
                    ? List.of(doc.span(sourceFrom, sourceTo)) : List.of();
            List<Span> relays = relayFrom >= 0 && relayFrom <= relayTo
                    ? List.of(doc.span(relayFrom, relayTo)) : List.of();
            return new Attribution(source, List.of(doc.span(cueFrom, cueTo)), contentSpans,
                    kind(doc), Optional.empty(), relays);
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
}
