package org.claimgraph.rdf;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.claimgraph.extract.Span;

/**
 * Evidence as segments of the article's text: each span the article's IRI with an RFC 5147
 * {@code #char=S,E} fragment in code points ({@link TextSegment}), which the owner points at. A span
 * states nothing about itself: its words are the article's cg:text between the offsets, so the graph
 * holds one quad per span where a Web Annotation resource with its two selectors took ten.
 */
public final class EvidenceSpans {

    private final Resource article;
    private final CodePointOffsets offsets;

    public EvidenceSpans(Resource article, String text) {
        this.article = article;
        this.offsets = new CodePointOffsets(text);
    }

    /** Points {@code owner} at each non-empty span through {@code property}. */
    void write(Model m, Resource owner, Property property, List<Span> spans) {
        for (Resource span : create(m, spans)) {
            owner.addProperty(property, span);
        }
    }

    /**
     * The segments for {@code spans} (empty ones left out), without linking them to anything: for
     * evidence several owners share, such as an article's "Translated by" credit that every claim's
     * translator hop points at.
     */
    public List<Resource> create(Model m, List<Span> spans) {
        List<Resource> created = new ArrayList<>(spans.size());
        for (Span s : spans) {
            if (s.length() > 0) {
                created.add(m.wrapAsResource(segment(s).node()));
            }
        }
        return created;
    }

    /** The segment of the article's text a span covers. */
    public TextSegment segment(Span span) {
        return new TextSegment(article.getURI(), Math.toIntExact(offsets.toCodePoints(span.start())),
                Math.toIntExact(offsets.toCodePoints(span.end())));
    }
}
