package org.claimgraph.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.claimgraph.extract.Span;
import org.claimgraph.rdf.Vocab.CG;
import org.junit.jupiter.api.Test;

class SpanSelectionTest {

    // An emoji before the quote puts UTF-16 and code-point offsets one apart, which is the case a
    // reader that confused them would get wrong.
    private static final String TEXT = "\uD83D\uDCF0 Sudani said the truce holds.";
    private static final String ARTICLE = "https://example.org/article/1";

    @Test
    void readsBackWhatEvidenceSpansWrote() {
        Model m = ModelFactory.createDefaultModel();
        Resource article = m.createResource(ARTICLE).addProperty(CG.text, TEXT);
        int start = TEXT.indexOf("the truce");
        Span span = new Span(start, start + "the truce holds".length());
        List<Resource> written = new EvidenceSpans(article, TEXT).create(m, List.of(span));

        Optional<SpanSelection> read = SpanSelection.read(written.get(0));

        assertTrue(read.isPresent());
        assertEquals(ARTICLE, read.get().article());
        assertEquals(start - 1, read.get().start(), "code points, not UTF-16 units");
        assertEquals(start - 1 + "the truce holds".length(), read.get().end());
        assertEquals(Optional.of("the truce holds"), read.get().exact());
    }

    @Test
    void aSpanIsTheArticleIriWithAnRfc5147CharFragmentAndNoTriplesOfItsOwn() {
        Model m = ModelFactory.createDefaultModel();
        Resource article = m.createResource(ARTICLE);
        // "Sudani" starts at UTF-16 offset 3 (the emoji is two units), code point 2
        List<Resource> written = new EvidenceSpans(article, TEXT).create(m, List.of(new Span(3, 9)));

        assertEquals(ARTICLE + "#char=2,8", written.get(0).getURI());
        assertEquals(0, m.size(), "the span is only named; its owner links it");
    }

    @Test
    void emptySpansAreLeftOut() {
        Model m = ModelFactory.createDefaultModel();
        List<Resource> written = new EvidenceSpans(m.createResource(ARTICLE), TEXT).create(m,
                List.of(new Span(4, 4), new Span(3, 9)));

        assertEquals(1, written.size());
    }

    @Test
    void withoutTheArticleTextTheOffsetsAreStillRead() {
        Optional<SpanSelection> read = SpanSelection.read(NodeFactory.createURI(ARTICLE + "#char=3,9"));

        assertEquals(Optional.of(new SpanSelection(ARTICLE, 3, 9, Optional.empty())), read);
    }

    @Test
    void anIriThatIsNoCharRangeIsNoSpan() {
        for (String iri : List.of(ARTICLE, ARTICLE + "#content-0", ARTICLE + "#char=3", ARTICLE + "#char=9,3",
                ARTICLE + "#char=3,9;length=20", ARTICLE + "#line=3,9")) {
            assertEquals(Optional.empty(), SpanSelection.read(NodeFactory.createURI(iri)), iri);
        }
        assertEquals(Optional.empty(), SpanSelection.read(NodeFactory.createLiteralString(ARTICLE + "#char=3,9")));
    }

    @Test
    void textSegmentRoundTripsPastAnEmoji() {
        String text = "Tweet \uD83D\uDE00\uD83D\uDE00 then \"we will not leave\", he said.";
        int from = text.indexOf("we will");
        TextSegment segment = new EvidenceSpans(ModelFactory.createDefaultModel().createResource(ARTICLE), text)
                .segment(new Span(from, from + "we will not leave".length()));

        TextSegment back = TextSegment.parse(segment.iri()).orElseThrow();

        assertEquals(segment, back);
        assertEquals(from - 2, back.start(), "two emoji, each two UTF-16 units and one code point");
        assertEquals(Optional.of("we will not leave"), back.quote(text));
        assertEquals(Optional.empty(), new TextSegment(ARTICLE, 0, 500).quote(text), "past the end of the text");
    }

    @Test
    void anArticleIriWithAFragmentCannotCarryASegment() {
        assertThrows(IllegalArgumentException.class, () -> new TextSegment(ARTICLE + "#x", 0, 1));
        assertThrows(IllegalArgumentException.class, () -> new TextSegment(ARTICLE, 5, 4));
    }
}
