package org.claimgraph.rdf;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
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

    private static final Node TYPE = RDF.type.asNode();
    private static final Node TEXT_POSITION_SELECTOR = OA.TextPositionSelector.asNode();
    private static final Node TEXT_QUOTE_SELECTOR = OA.TextQuoteSelector.asNode();
    private static final Node SPECIFIC_RESOURCE = OA.SpecificResource.asNode();
    private static final Node START = OA.start.asNode();
    private static final Node END = OA.end.asNode();
    private static final Node EXACT = OA.exact.asNode();
    private static final Node HAS_SOURCE = OA.hasSource.asNode();
    private static final Node HAS_SELECTOR = OA.hasSelector.asNode();

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
        // Straight to the graph: a span is eight triples and an article has hundreds of spans, so the
        // Model API's statement and resource wrappers and its by-value literals (parsed back to check
        // them) cost more than the triples themselves.
        Graph g = m.getGraph();
        Node source = article.asNode();
        List<Resource> created = new ArrayList<>(spans.size());
        for (int i = 0; i < spans.size(); i++) {
            Span s = spans.get(i);
            if (s.length() == 0) {
                continue;
            }
            String iri = Iris.part(base, role + "-" + i);
            Node position = NodeFactory.createURI(iri + "-position");
            g.add(Triple.create(position, TYPE, TEXT_POSITION_SELECTOR));
            g.add(Triple.create(position, START, offset(s.start())));
            g.add(Triple.create(position, END, offset(s.end())));
            Node quote = NodeFactory.createURI(iri + "-quote");
            g.add(Triple.create(quote, TYPE, TEXT_QUOTE_SELECTOR));
            g.add(Triple.create(quote, EXACT, NodeFactory.createLiteralString(s.of(text))));
            Node span = NodeFactory.createURI(iri);
            g.add(Triple.create(span, TYPE, SPECIFIC_RESOURCE));
            g.add(Triple.create(span, HAS_SOURCE, source));
            g.add(Triple.create(span, HAS_SELECTOR, position));
            g.add(Triple.create(span, HAS_SELECTOR, quote));
            created.add(m.wrapAsResource(span));
        }
        return created;
    }

    private Node offset(int charOffset) {
        return NodeFactory.createLiteralDT(Long.toString(offsets.toCodePoints(charOffset)),
                XSDDatatype.XSDnonNegativeInteger);
    }
}
