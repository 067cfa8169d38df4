package org.claimgraph.rdf;

import java.util.List;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.claimgraph.extract.Span;
import org.claimgraph.rdf.Vocab.OA;

/**
 * Evidence as Web Annotation: each span a specific resource of the article with a text position
 * selector in code points and a text quote selector, named after its owner so dumps stay stable.
 */
public final class EvidenceSpans {

    private final Resource article;
    private final String text;
    private final CodePointOffsets offsets;

    public EvidenceSpans(Resource article, String text) {
        this.article = article;
        this.text = text;
        this.offsets = new CodePointOffsets(text);
    }

    void write(Model m, Resource owner, String role, Property property, List<Span> spans) {
        for (Resource span : create(m, owner.getURI(), role, spans)) {
            owner.addProperty(property, span);
        }
    }

    /**
     * The evidence resources for {@code spans}, named {@code base#role-i}, without linking them to
     * anything: for evidence several owners share, such as an article's "Translated by" credit that
     * every claim's translator hop points at.
     */
    public List<Resource> create(Model m, String base, String role, List<Span> spans) {
        List<Resource> created = new java.util.ArrayList<>();
        for (int i = 0; i < spans.size(); i++) {
            Span s = spans.get(i);
            if (s.length() == 0) {
                continue;
            }
            String part = role + "-" + i;
            Resource position = m.createResource(Iris.part(base, part + "-position"))
                    .addProperty(RDF.type, OA.TextPositionSelector)
                    .addLiteral(OA.start, m.createTypedLiteral(offsets.toCodePoints(s.start()),
                            XSDDatatype.XSDnonNegativeInteger))
                    .addLiteral(OA.end, m.createTypedLiteral(offsets.toCodePoints(s.end()),
                            XSDDatatype.XSDnonNegativeInteger));
            Resource quote = m.createResource(Iris.part(base, part + "-quote"))
                    .addProperty(RDF.type, OA.TextQuoteSelector)
                    .addProperty(OA.exact, s.of(text));
            created.add(m.createResource(Iris.part(base, part))
                    .addProperty(RDF.type, OA.SpecificResource)
                    .addProperty(OA.hasSource, article)
                    .addProperty(OA.hasSelector, position)
                    .addProperty(OA.hasSelector, quote));
        }
        return created;
    }
}
