package org.claimgraph.reliability;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Assume;
import net.jqwik.api.statistics.Statistics;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.vocabulary.RDF;
import org.claimgraph.extract.Attribution;
import org.claimgraph.extract.AttributionExtractor;
import org.claimgraph.extract.Extractors;
import org.claimgraph.extract.Span;
import org.claimgraph.ingest.Article;
import org.claimgraph.ingest.ArticleMetadata;
import org.claimgraph.ingest.ChunkedExtractor;
import org.claimgraph.rdf.ArticleGraphBuilder;
import org.claimgraph.rdf.Vocab.CG;

/**
 * The extractor's contract on any string: no exception, every span inside the text, non-empty, not
 * splitting a surrogate pair, and (through the graph builder) every quoted span is exactly the text
 * its code point offsets point at. Checked for the standard extractor and for ingest's piecewise
 * wrapper with a tiny piece size, so that its cutting and shifting are exercised on every try.
 */
class ExtractorPropertiesTest {

    private static final AttributionExtractor STANDARD = Extractors.standard();
    /** What ingest runs: every attribution, nested ones included, in pieces. */
    private static final AttributionExtractor PIECEWISE = new ChunkedExtractor(Extractors.all(), 60);

    /** Words, punctuation and characters that steer the rules: cues, quotes, line breaks, astral characters. */
    private static final List<String> PIECES = List.of("said", "says", " ", " ", " ", "\"", "“", "”", "'", "‘", "’",
            "«", "»", "\n", "\n\n", "\r\n", "\t", ".", ",", ":", "?", "!", "—", "(", ")", "according to",
            "The minister", "told Reuters", "that", "he", "She", "they", "(Reuters)", "Ahmed Kareem",
            "a senior official", "as saying", "was quoted", "😀", "𝔱𝔯𝔲𝔠𝔢", "🇮🇶", "é", "e\u0301", "\u00A0", "\u200B",
            "\uFEFF", "\uD83D", "\uDE00", "\u0000", "ﷺ", "مسؤول", "добро", "the talks would resume");

    @Provide
    Arbitrary<String> texts() {
        Arbitrary<String> anyChars = Arbitraries.strings().all().ofMaxLength(400);
        Arbitrary<String> newsy = Arbitraries.of(PIECES).list().ofMaxSize(120).map(l -> String.join("", l));
        // Whole news sentences with odd pieces between them, so that many tries hold real attributions.
        Arbitrary<String> sentences = Arbitraries.oneOf(Arbitraries.of(NewsText.SENTENCES), Arbitraries.of(PIECES))
                .list().ofMaxSize(40).map(l -> String.join("", l));
        return Arbitraries.oneOf(anyChars, newsy, sentences);
    }

    @Property(tries = 400)
    void standardSpansAreInsideTheTextAndWhole(@ForAll("texts") String text) {
        List<Attribution> found = STANDARD.extract(text);
        checkSpans(text, found);
        // Not vacuous: enough generated texts must hold attributions for the checks to bite.
        Statistics.collect(found.isEmpty() ? "none" : "some");
        Statistics.coverage(c -> c.check("some").percentage(p -> p > 20));
    }

    @Property(tries = 400)
    void piecewiseSpansAreInsideTheTextAndWhole(@ForAll("texts") String text) {
        checkSpans(text, PIECEWISE.extract(text));
    }

    /**
     * What ingest stores: valid Unicode only (the decoder refuses the rest), spans as {@code #char=S,E}
     * fragments of the article IRI in code points. Every span must lie inside the text, and a claim's
     * spans of a role, read in text order, must give back the words the claim records for that role.
     */
    @Property(tries = 200)
    void spanOffsetsPointAtTheWordsTheClaimRecords(@ForAll("texts") String text) {
        Assume.that(isValidUnicode(text) && !text.isBlank());
        Model graph = new ArticleGraphBuilder()
                .build(new Article("p.txt", text, ArticleMetadata.EMPTY), PIECEWISE.extract(text)).model();
        int codePoints = text.codePointCount(0, text.length());
        List<String> wrong = new ArrayList<>();
        int[] checked = {0};
        graph.listStatements().forEachRemaining(st -> {
            if (st.getObject().isURIResource() && st.getObject().asResource().getURI().contains("#char=")) {
                int[] range = range(st.getObject().asResource().getURI());
                if (range[0] < 0 || range[0] >= range[1] || range[1] > codePoints) {
                    wrong.add(st.getPredicate().getLocalName() + " " + st.getObject() + " outside " + codePoints);
                }
            }
        });
        Map<org.apache.jena.rdf.model.Property, org.apache.jena.rdf.model.Property> words = Map.of(CG.contentSpan, CG.contentText, CG.cueSpan, CG.cueText,
                CG.sourceSpan, CG.sourceText);
        graph.listSubjectsWithProperty(RDF.type, CG.Claim).forEachRemaining(claim -> words.forEach((span, said) -> {
            List<int[]> ranges = new ArrayList<>();
            claim.listProperties(span).forEachRemaining(st -> ranges.add(range(st.getResource().getURI())));
            if (ranges.isEmpty() || !claim.hasProperty(said)) {
                return;
            }
            ranges.sort(Comparator.comparingInt(r -> r[0]));
            String quoted = ranges.stream().map(r -> {
                int from = text.offsetByCodePoints(0, r[0]);
                return text.substring(from, text.offsetByCodePoints(from, r[1] - r[0]));
            }).collect(Collectors.joining(" "));
            String recorded = claim.getRequiredProperty(said).getString();
            checked[0]++;
            if (!quoted.equals(recorded)) {
                wrong.add(span.getLocalName() + ": offsets give " + quoted(quoted) + ", claim says " + quoted(recorded));
            }
        }));
        if (!wrong.isEmpty()) {
            throw new AssertionError("dishonest offsets in " + quoted(text) + ": " + wrong);
        }
        // Not vacuous: enough texts must give claims whose spans were compared with their words.
        Statistics.collect(checked[0] > 0 ? "compared" : "none");
        Statistics.coverage(c -> c.check("compared").percentage(p -> p > 10));
    }

    /** The code point range of a {@code #char=S,E} IRI, read here rather than by the class under test. */
    private static int[] range(String iri) {
        String[] se = iri.substring(iri.indexOf("#char=") + "#char=".length()).split(",");
        return new int[] {Integer.parseInt(se[0]), Integer.parseInt(se[1])};
    }

    private static void checkSpans(String text, List<Attribution> attributions) {
        for (Attribution a : attributions) {
            List<Span> spans = new ArrayList<>(a.content());
            spans.addAll(a.cue());
            spans.addAll(a.source());
            spans.addAll(a.relays());
            a.sourceReferent().ifPresent(spans::add);
            for (Span s : spans) {
                if (s.start() < 0 || s.end() > text.length() || s.start() >= s.end()) {
                    throw new AssertionError("span " + s + " outside or empty in text of " + text.length()
                            + " chars: " + quoted(text));
                }
                if (splitsPair(text, s.start()) || splitsPair(text, s.end())) {
                    throw new AssertionError("span " + s + " splits a surrogate pair in " + quoted(text));
                }
            }
        }
    }

    private static boolean splitsPair(String text, int at) {
        return at > 0 && at < text.length()
                && Character.isHighSurrogate(text.charAt(at - 1)) && Character.isLowSurrogate(text.charAt(at));
    }

    private static boolean isValidUnicode(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
                    return false;
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return false;
            }
        }
        return true;
    }

    private static String quoted(String text) {
        StringBuilder b = new StringBuilder("\"");
        text.codePoints().forEach(cp -> b.append(cp < 0x20 || cp > 0x7E
                ? String.format("\\u{%x}", cp) : String.valueOf((char) cp)));
        return b.append('"').toString();
    }
}
