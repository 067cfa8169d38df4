package org.claimgraph.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

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
        boolean[] furniture = PageFurniture.sentencesToSkip(doc);
        for (int k = 0; k < doc.sentences.count; k++) {
            if (furniture[k]) {
                continue;
            }
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
}
