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

    private static final AttributionFinder STANDARD = new AttributionFinder(CueLexicon.standard());

    private final CueLexicon lexicon;

    private AttributionFinder(CueLexicon lexicon) {
        this.lexicon = lexicon;
    }

    static AttributionFinder standard() {
        return STANDARD;
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
            return List.of(); // the contract forbids throwing; a text we cannot scan yields nothing
        }
        List<Attribution> out = new ArrayList<>();
        for (int k = 0; k < doc.sentences.count; k++) {
            try {
                new SentenceRules(doc, lexicon, k).find(out);
            } catch (RuntimeException e) {
                // one odd sentence must not cost the rest of the article
            }
        }
        out.sort(Comparator.comparing((Attribution a) -> a.content().get(0)));
        try {
            return List.copyOf(SourceReferents.resolve(doc, out));
        } catch (RuntimeException e) {
            return List.copyOf(out); // referents are a bonus; the attributions stand without them
        }
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
