package org.claimgraph.rdf;

import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.util.iterator.ExtendedIterator;
import org.claimgraph.rdf.Vocab.OA;

/**
 * What a Web Annotation span written by {@link EvidenceSpans} selects, read back from a graph: its
 * code-point offsets [start, end) from the position selector and, when the graph records it, its words
 * from the quote selector. Every stage that reads spans back (the evaluations, the contradiction pass)
 * reads them here, so a change to how spans are written has one reader to follow it.
 */
public record SpanSelection(int start, int end, Optional<String> exact) {

    private static final Node HAS_SELECTOR = OA.hasSelector.asNode();
    private static final Node START = OA.start.asNode();
    private static final Node END = OA.end.asNode();
    private static final Node EXACT = OA.exact.asNode();

    /** The selection of {@code span} in {@code graph}, or empty when it has no position selector. */
    public static Optional<SpanSelection> read(Graph graph, Node span) {
        Integer start = null;
        Integer end = null;
        String exact = null;
        ExtendedIterator<Triple> selectors = graph.find(span, HAS_SELECTOR, Node.ANY);
        try {
            while (selectors.hasNext()) {
                Node selector = selectors.next().getObject();
                Optional<Node> s = object(graph, selector, START);
                Optional<Node> e = object(graph, selector, END);
                if (s.isPresent() && e.isPresent()) {
                    start = Integer.valueOf(s.get().getLiteralLexicalForm());
                    end = Integer.valueOf(e.get().getLiteralLexicalForm());
                }
                Optional<Node> words = object(graph, selector, EXACT);
                if (words.isPresent()) {
                    exact = words.get().getLiteralLexicalForm();
                }
            }
        } finally {
            selectors.close();
        }
        return start == null ? Optional.empty() : Optional.of(new SpanSelection(start, end, Optional.ofNullable(exact)));
    }

    /** The selection of a span resource, read from the model it belongs to. */
    public static Optional<SpanSelection> read(Resource span) {
        return read(span.getModel().getGraph(), span.asNode());
    }

    private static Optional<Node> object(Graph graph, Node subject, Node predicate) {
        ExtendedIterator<Triple> it = graph.find(subject, predicate, Node.ANY);
        try {
            return it.hasNext() ? Optional.of(it.next().getObject()) : Optional.empty();
        } finally {
            it.close();
        }
    }
}
