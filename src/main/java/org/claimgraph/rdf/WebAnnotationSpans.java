package org.claimgraph.rdf;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.util.iterator.ExtendedIterator;
import org.apache.jena.vocabulary.RDF;
import org.claimgraph.rdf.Vocab.CG;
import org.claimgraph.rdf.Vocab.OA;

/**
 * The Web Annotation form of evidence spans, for dumps loaded into annotation tools: next to each quad
 * that points at a span ({@link TextSegment}), the span described as an oa:SpecificResource of its
 * article with an oa:TextPositionSelector (code points) and an oa:TextQuoteSelector (its words), in the
 * same graph, once per graph. The selectors are named after the span, {@code <span-position>} and
 * {@code <span-quote>}, so the expansion has no blank nodes and gives the same IRIs every time.
 */
public final class WebAnnotationSpans {

    private static final Node TYPE = RDF.type.asNode();
    private static final Node TEXT = CG.text.asNode();

    private final Graph texts;
    private final Map<String, Optional<String>> textOf = new HashMap<>();
    private final Set<Node> described = new HashSet<>();
    private Node currentGraph;

    /** Reads the articles' texts (for the quotes) from {@code texts}, usually the store's union graph. */
    public WebAnnotationSpans(Graph texts) {
        this.texts = texts;
    }

    /** Passes {@code q} to {@code sink}, followed by the description of the span it points at, if new to its graph. */
    public void expand(Quad q, Consumer<Quad> sink) {
        sink.accept(q);
        Optional<TextSegment> segment = TextSegment.of(q.getObject());
        if (segment.isEmpty()) {
            return;
        }
        if (!q.getGraph().equals(currentGraph)) {
            // quads come graph by graph from the store, so only the current graph's spans need remembering
            currentGraph = q.getGraph();
            described.clear();
        }
        if (described.add(q.getObject())) {
            describe(q.getGraph(), segment.get(), sink);
        }
    }

    private void describe(Node graph, TextSegment s, Consumer<Quad> sink) {
        Node span = s.node();
        Node position = NodeFactory.createURI(s.iri() + "-position");
        Node quote = NodeFactory.createURI(s.iri() + "-quote");
        sink.accept(Quad.create(graph, span, TYPE, OA.SpecificResource.asNode()));
        sink.accept(Quad.create(graph, span, OA.hasSource.asNode(), NodeFactory.createURI(s.article())));
        sink.accept(Quad.create(graph, span, OA.hasSelector.asNode(), position));
        sink.accept(Quad.create(graph, position, TYPE, OA.TextPositionSelector.asNode()));
        sink.accept(Quad.create(graph, position, OA.start.asNode(), offset(s.start())));
        sink.accept(Quad.create(graph, position, OA.end.asNode(), offset(s.end())));
        if (!textOf.containsKey(s.article()) && textOf.size() > 1_000) {
            textOf.clear(); // spans name the article of the graph being written: a few texts at a time
        }
        Optional<String> words = textOf.computeIfAbsent(s.article(), this::text).flatMap(s::quote);
        if (words.isPresent()) {
            sink.accept(Quad.create(graph, span, OA.hasSelector.asNode(), quote));
            sink.accept(Quad.create(graph, quote, TYPE, OA.TextQuoteSelector.asNode()));
            sink.accept(Quad.create(graph, quote, OA.exact.asNode(), NodeFactory.createLiteralString(words.get())));
        }
    }

    private Optional<String> text(String article) {
        ExtendedIterator<org.apache.jena.graph.Triple> it = texts.find(NodeFactory.createURI(article), TEXT, Node.ANY);
        try {
            return it.hasNext() ? Optional.of(it.next().getObject().getLiteralLexicalForm()) : Optional.empty();
        } finally {
            it.close();
        }
    }

    private static Node offset(int codePoints) {
        return NodeFactory.createLiteralDT(Integer.toString(codePoints), XSDDatatype.XSDnonNegativeInteger);
    }
}
