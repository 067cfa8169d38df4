package org.claimgraph.rdf;

import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.util.iterator.ExtendedIterator;
import org.claimgraph.rdf.Vocab.CG;

/**
 * What an evidence span written by {@link EvidenceSpans} selects, read back: its article, its
 * code-point offsets [start, end) from the span's IRI and, when asked of a graph that holds the
 * article's text, its words. Every stage that reads spans back (the evaluations, the contradiction and
 * stories passes) reads them here, so a change to how spans are written has one reader to follow it.
 */
public record SpanSelection(String article, int start, int end, Optional<String> exact) {

    private static final Node TEXT = CG.text.asNode();

    /** The article and offsets a span names, without its words; empty when it is not a span IRI. */
    public static Optional<SpanSelection> read(Node span) {
        return TextSegment.of(span).map(s -> new SpanSelection(s.article(), s.start(), s.end(), Optional.empty()));
    }

    /** The selection of {@code span}, with its words when {@code graph} holds its article's cg:text. */
    public static Optional<SpanSelection> read(Graph graph, Node span) {
        return TextSegment.of(span).map(s -> new SpanSelection(s.article(), s.start(), s.end(),
                text(graph, NodeFactory.createURI(s.article())).flatMap(s::quote)));
    }

    /** The selection of a span resource, with its words when the model it belongs to holds the text. */
    public static Optional<SpanSelection> read(Resource span) {
        return read(span.getModel().getGraph(), span.asNode());
    }

    private static Optional<String> text(Graph graph, Node article) {
        ExtendedIterator<Triple> it = graph.find(article, TEXT, Node.ANY);
        try {
            return it.hasNext() ? Optional.of(it.next().getObject().getLiteralLexicalForm()) : Optional.empty();
        } finally {
            it.close();
        }
    }
}
