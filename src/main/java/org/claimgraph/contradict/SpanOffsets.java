package org.claimgraph.contradict;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.claimgraph.rdf.Vocab.OA;

/**
 * The code-point offsets of a Web Annotation span as the graph records them: the span's position
 * selectors (oa:start, oa:end). A span's quote selector has neither and gives nothing.
 */
final class SpanOffsets {

    private SpanOffsets() {
    }

    /** [start, end) of each position selector of {@code span} in {@code graph} (Node.ANY for any graph). */
    static List<long[]> of(DatasetGraph dsg, Node graph, Node span) {
        List<long[]> out = new ArrayList<>();
        Iterator<Quad> sels = dsg.find(graph, span, OA.hasSelector.asNode(), Node.ANY);
        while (sels.hasNext()) {
            Node sel = sels.next().getObject();
            Optional<Long> s = number(dsg, graph, sel, OA.start.asNode());
            Optional<Long> e = number(dsg, graph, sel, OA.end.asNode());
            if (s.isPresent() && e.isPresent()) {
                out.add(new long[] {s.get(), e.get()});
            }
        }
        return out;
    }

    private static Optional<Long> number(DatasetGraph dsg, Node graph, Node s, Node p) {
        Iterator<Quad> it = dsg.find(graph, s, p, Node.ANY);
        return it.hasNext() ? Optional.of(Long.parseLong(it.next().getObject().getLiteralLexicalForm())) : Optional.empty();
    }
}
