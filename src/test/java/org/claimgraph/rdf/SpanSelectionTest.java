package org.claimgraph.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.claimgraph.extract.Span;
import org.claimgraph.rdf.Vocab.OA;
import org.junit.jupiter.api.Test;

class SpanSelectionTest {

    // An emoji before the quote puts UTF-16 and code-point offsets one apart, which is the case a
    // reader that confused them would get wrong.
    private static final String TEXT = "\uD83D\uDCF0 Sudani said the truce holds.";

    @Test
    void readsBackWhatEvidenceSpansWrote() {
        Model m = ModelFactory.createDefaultModel();
        Resource article = m.createResource("https://example.org/article/1");
        int start = TEXT.indexOf("the truce");
        Span span = new Span(start, start + "the truce holds".length());
        List<Resource> written = new EvidenceSpans(article, TEXT).create(m, "https://example.org/claim/1", "content", List.of(span));

        Optional<SpanSelection> read = SpanSelection.read(written.get(0));

        assertTrue(read.isPresent());
        assertEquals(start - 1, read.get().start(), "code points, not UTF-16 units");
        assertEquals(start - 1 + "the truce holds".length(), read.get().end());
        assertEquals(Optional.of("the truce holds"), read.get().exact());
    }

    @Test
    void aSpanWithoutPositionSelectorSelectsNothing() {
        Model m = ModelFactory.createDefaultModel();
        Resource quote = m.createResource().addProperty(OA.exact, "the truce holds");
        Resource span = m.createResource("https://example.org/claim/1#content-0").addProperty(OA.hasSelector, quote);

        assertEquals(Optional.empty(), SpanSelection.read(span));
    }

    @Test
    void aPositionWithoutQuoteHasNoWords() {
        Model m = ModelFactory.createDefaultModel();
        Resource position = m.createResource()
                .addLiteral(OA.start, m.createTypedLiteral(3L))
                .addLiteral(OA.end, m.createTypedLiteral(9L));
        Resource span = m.createResource("https://example.org/claim/1#content-0").addProperty(OA.hasSelector, position);

        assertEquals(Optional.of(new SpanSelection(3, 9, Optional.empty())), SpanSelection.read(span));
    }
}
