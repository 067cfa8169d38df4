package org.claimgraph.rdf;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.claimgraph.rdf.Vocab.OA;

/**
 * Brings a store written before evidence spans were fragment IRIs up to date: each Web Annotation span
 * (an oa:SpecificResource with oa:hasSource its article and an oa:TextPositionSelector) becomes the
 * {@link TextSegment} it selects, every quad that pointed at it (claims, mentions, hops, contradictions,
 * divergences, in any graph) points at the segment instead, and the span's own quads and its selectors'
 * are deleted. The quoted text goes too: it is the article's text between the offsets. One transaction,
 * so a store is either migrated whole or left as it was.
 */
public final class LegacySpans {

    private static final Node TYPE = RDF.type.asNode();
    private static final Node POSITION_SELECTOR = OA.TextPositionSelector.asNode();
    private static final Node HAS_SOURCE = OA.hasSource.asNode();
    private static final Node HAS_SELECTOR = OA.hasSelector.asNode();
    private static final Node START = OA.start.asNode();
    private static final Node END = OA.end.asNode();

    private LegacySpans() {
    }

    /** Whether {@code dsg} holds spans of the old shape (a text position selector in any graph). */
    public static boolean present(DatasetGraph dsg) {
        return Txn.calculateRead(dsg, () -> dsg.contains(Node.ANY, Node.ANY, TYPE, POSITION_SELECTOR));
    }

    /** Migrates the old-shaped spans of {@code dsg}, if it has any; returns how many spans it rewrote. */
    public static int migrate(DatasetGraph dsg) {
        if (!present(dsg)) {
            return 0;
        }
        return Txn.calculateWrite(dsg, () -> rewrite(dsg));
    }

    private static int rewrite(DatasetGraph dsg) {
        Set<Node> spans = new LinkedHashSet<>();
        dsg.find(Node.ANY, Node.ANY, HAS_SOURCE, Node.ANY).forEachRemaining(q -> spans.add(q.getSubject()));
        int rewritten = 0;
        for (Node span : spans) {
            Optional<TextSegment> segment = segment(dsg, span);
            if (segment.isEmpty()) {
                continue; // not a span claimgraph wrote: leave it
            }
            Node to = segment.get().node();
            List<Quad> pointing = list(dsg.find(Node.ANY, Node.ANY, Node.ANY, span));
            for (Quad q : pointing) {
                dsg.delete(q);
                dsg.add(q.getGraph(), q.getSubject(), q.getPredicate(), to);
            }
            for (Quad q : list(dsg.find(Node.ANY, span, HAS_SELECTOR, Node.ANY))) {
                dsg.deleteAny(q.getGraph(), q.getObject(), Node.ANY, Node.ANY);
            }
            dsg.deleteAny(Node.ANY, span, Node.ANY, Node.ANY);
            rewritten++;
        }
        return rewritten;
    }

    /** The segment a span's position selector and source give, if it has both. */
    private static Optional<TextSegment> segment(DatasetGraph dsg, Node span) {
        Optional<Node> article = object(dsg, span, HAS_SOURCE).filter(Node::isURI);
        if (article.isEmpty() || article.get().getURI().indexOf('#') >= 0) {
            return Optional.empty();
        }
        for (Quad q : list(dsg.find(Node.ANY, span, HAS_SELECTOR, Node.ANY))) {
            Optional<Node> start = object(dsg, q.getObject(), START);
            Optional<Node> end = object(dsg, q.getObject(), END);
            if (start.isPresent() && end.isPresent()) {
                try {
                    int s = Integer.parseInt(start.get().getLiteralLexicalForm());
                    int e = Integer.parseInt(end.get().getLiteralLexicalForm());
                    if (s >= 0 && e >= s) {
                        return Optional.of(new TextSegment(article.get().getURI(), s, e));
                    }
                } catch (RuntimeException notOffsets) {
                    return Optional.empty();
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<Node> object(DatasetGraph dsg, Node subject, Node predicate) {
        Iterator<Quad> it = dsg.find(Node.ANY, subject, predicate, Node.ANY);
        return it.hasNext() ? Optional.of(it.next().getObject()) : Optional.empty();
    }

    private static List<Quad> list(Iterator<Quad> it) {
        List<Quad> out = new ArrayList<>();
        it.forEachRemaining(out::add);
        return out;
    }
}
