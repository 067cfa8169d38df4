package org.claimgraph.contradict;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.claimgraph.rdf.SpanSelection;
import org.claimgraph.rdf.Vocab.CG;

/** Reads claims out of the article graphs of a dataset (inside the caller's read transaction). */
final class ClaimReader {

    private final DatasetGraph dsg;

    ClaimReader(DatasetGraph dsg) {
        this.dsg = dsg;
    }

    /** Every article IRI in the dataset. */
    Set<String> articles() {
        Set<String> out = new LinkedHashSet<>();
        dsg.find(Node.ANY, Node.ANY, RDF.type.asNode(), CG.Article.asNode())
                .forEachRemaining(q -> out.add(q.getSubject().getURI()));
        return out;
    }

    /** The claims of one article, in text order. */
    List<ClaimRecord> claimsOf(String article) {
        Set<Node> claims = new LinkedHashSet<>();
        dsg.find(Node.ANY, Node.ANY, CG.inArticle.asNode(), NodeFactory.createURI(article))
                .forEachRemaining(q -> claims.add(q.getSubject()));
        List<ClaimRecord> out = new ArrayList<>();
        for (Node c : claims) {
            claim(c.getURI()).ifPresent(out::add);
        }
        out.sort(Comparator.comparingLong(ClaimRecord::start).thenComparing(ClaimRecord::iri));
        return out;
    }

    /** One claim, if the dataset still holds it. */
    Optional<ClaimRecord> claim(String iri) {
        Node c = NodeFactory.createURI(iri);
        Optional<String> article = object(c, CG.inArticle.asNode()).map(Node::getURI);
        Optional<String> text = object(c, CG.contentText.asNode()).map(Node::getLiteralLexicalForm);
        if (article.isEmpty() || text.isEmpty()) {
            return Optional.empty();
        }
        Node source = object(c, CG.attributedTo.asNode()).orElse(NodeFactory.createURI(iri + "#nosource"));
        String label = source.isURI() ? literal(source, RDFS.label.asNode()) : "";
        Span span = firstContentSpan(c);
        return Optional.of(new ClaimRecord(iri, article.get(), text.get(), literal(c, CG.cueText.asNode()),
                literal(c, CG.sourceText.asNode()), source.isURI() ? source.getURI() : "", label,
                span.node, span.start, span.end));
    }

    private record Span(String node, long start, long end) {
    }

    /** The earliest content span: where the claim starts, which orders claims within an article. */
    private Span firstContentSpan(Node claim) {
        Span best = new Span("", Long.MAX_VALUE, Long.MAX_VALUE);
        for (Iterator<Quad> it = dsg.find(Node.ANY, claim, CG.contentSpan.asNode(), Node.ANY); it.hasNext(); ) {
            Node span = it.next().getObject();
            Optional<SpanSelection> o = SpanSelection.read(span);
            if (o.isPresent() && o.get().start() < best.start) {
                best = new Span(span.getURI(), o.get().start(), o.get().end());
            }
        }
        return best.start == Long.MAX_VALUE ? new Span("", 0, 0) : best;
    }

    private Optional<Node> object(Node s, Node p) {
        Iterator<Quad> it = dsg.find(Node.ANY, s, p, Node.ANY);
        return it.hasNext() ? Optional.of(it.next().getObject()) : Optional.empty();
    }

    private String literal(Node s, Node p) {
        return object(s, p).filter(Node::isLiteral).map(Node::getLiteralLexicalForm).orElse("");
    }
}
