package org.claimgraph.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.claimgraph.extract.Attribution;
import org.claimgraph.extract.QuoteKind;
import org.claimgraph.extract.Span;
import org.claimgraph.ingest.Article;
import org.claimgraph.ingest.ArticleMetadata;
import org.claimgraph.ingest.PublicationDate;
import org.claimgraph.rdf.Vocab.CG;
import org.junit.jupiter.api.Test;

class ArticleGraphBuilderTest {

    private static final String TEXT =
            "The report quoted an informed source as saying that “talks are going well.”\n"
                    + "Reuters said the truce 🤝 held, Ismail Qaani said.";

    private static Span span(String text, String part) {
        int start = text.indexOf(part);
        return new Span(start, start + part.length());
    }

    private static Article translatedArticle() {
        ArticleMetadata md = new ArticleMetadata("Talks", "Shafaq News", "The National", "translation",
                PublicationDate.parse("2024-03-20"), "en", null, List.of());
        return new Article("000.txt", TEXT, md);
    }

    private static Attribution nested() {
        return new Attribution(List.of(span(TEXT, "an informed source")), List.of(span(TEXT, "as saying")),
                List.of(span(TEXT, "“talks are going well.”")), QuoteKind.DIRECT, Optional.empty(),
                List.of(span(TEXT, "The report")));
    }

    private static Attribution afterEmoji() {
        return new Attribution(List.of(span(TEXT, "Ismail Qaani")), List.of(span(TEXT, "said.")),
                List.of(span(TEXT, "Reuters said the truce 🤝 held")), QuoteKind.INDIRECT);
    }

    @Test
    void chainRunsFromSpeakerThroughRelayToTranslator() {
        ArticleGraph g = new ArticleGraphBuilder().build(translatedArticle(), List.of(nested()));
        Model m = g.model();
        Resource claim = m.listSubjectsWithProperty(RDF.type, CG.Claim).next();
        List<Resource> hops = new ArrayList<>(m.listObjectsOfProperty(claim, CG.hop).mapWith(n -> n.asResource()).toList());
        hops.sort(Comparator.comparingInt(h -> h.getProperty(CG.depth).getInt()));

        List<String> chain = hops.stream()
                .map(h -> h.getPropertyResourceValue(CG.agent).getProperty(RDFS.label).getString()
                        + "/" + h.getPropertyResourceValue(CG.role).getLocalName())
                .toList();
        // "The report" in a translation is the original reporter's report, so The National quoted the source.
        assertEquals(List.of("an informed source/Said", "The National/QuotedBy", "Shafaq News/TranslatedBy"), chain);
        assertEquals(0, hops.get(0).getProperty(CG.depth).getInt());
        assertTrue(m.contains(claim, CG.quoteKind, CG.DirectQuote));
        Resource source = claim.getPropertyResourceValue(CG.attributedTo);
        assertTrue(m.contains(source, RDF.type, CG.AnonymousSource));
        assertEquals("an informed source", source.getProperty(CG.description).getString());
    }

    @Test
    void offsetsAreCodePointsAndQuoteTheText() {
        ArticleGraph g = new ArticleGraphBuilder().build(translatedArticle(), List.of(afterEmoji()));
        Model m = g.model();
        Resource claim = m.listSubjectsWithProperty(RDF.type, CG.Claim).next();
        String content = claim.getPropertyResourceValue(CG.contentSpan).getURI();
        String cue = claim.getPropertyResourceValue(CG.cueSpan).getURI();
        String article = claim.getPropertyResourceValue(CG.inArticle).getURI();

        // The emoji is two UTF-16 chars but one code point: offsets after it shift by one.
        int charStart = TEXT.indexOf("Reuters said");
        assertTrue(content.startsWith(article + "#char=" + charStart + ","), "before the emoji, chars = code points: " + content);
        int cueChar = TEXT.lastIndexOf("said.");
        int[] cps = TEXT.codePoints().toArray();
        assertEquals(article + "#char=" + (cueChar - 1) + "," + (cueChar - 1 + 5), cue);
        assertEquals("said.", new String(cps, cueChar - 1, 5));

        Resource speaker = claim.getPropertyResourceValue(CG.attributedTo);
        assertTrue(m.contains(speaker, RDF.type, CG.Actor));
        assertEquals("https://w3id.org/claimgraph/id/actor/esmail-qaani", speaker.getURI());
    }

    @Test
    void sameInputGivesSameGraph() {
        ArticleGraph a = new ArticleGraphBuilder().build(translatedArticle(), List.of(nested(), afterEmoji()));
        ArticleGraph b = new ArticleGraphBuilder().build(translatedArticle(), List.of(nested(), afterEmoji()));
        assertEquals(a.name(), b.name());
        assertTrue(a.model().isIsomorphicWith(b.model()));
        assertEquals(a.model().size(), b.model().listStatements().toList().stream().distinct().count());
        assertTrue(a.model().listStatements().toList().stream().noneMatch(s -> s.getSubject().isAnon()),
                "no blank nodes: dumps of the same input must be identical, not merely isomorphic");
        assertEquals(2, a.claims());
    }

    @Test
    void unknownPublisherStillEndsTheChain() {
        Article copy = new Article("002.txt", TEXT, new ArticleMetadata(null, null, "Reuters", "spun-copy",
                null, "en", null, List.of()));
        Model m = new ArticleGraphBuilder().build(copy, List.of(afterEmoji())).model();
        Resource claim = m.listSubjectsWithProperty(RDF.type, CG.Claim).next();
        List<String> roles = m.listObjectsOfProperty(claim, CG.hop).mapWith(n -> n.asResource())
                .toList().stream()
                .sorted(Comparator.comparingInt(h -> h.getProperty(CG.depth).getInt()))
                .map(h -> h.getPropertyResourceValue(CG.role).getLocalName()).toList();
        assertEquals(List.of("Said", "ReportedBy", "ReprintedBy"), roles);
    }
}
