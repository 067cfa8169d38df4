package org.claimgraph.store;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.graph.impl.WrappedGraph;
import org.apache.jena.util.iterator.ExtendedIterator;
import org.apache.jena.util.iterator.WrappedIterator;

/** A graph whose iteration fails after {@code limit} triples, like a disk or extractor failing mid-write. */
final class FailingGraph extends WrappedGraph {
    private final int limit;

    FailingGraph(Graph base, int limit) {
        super(base);
        this.limit = limit;
    }

    @Override
    public ExtendedIterator<Triple> find(Triple m) {
        return failing(super.find(m));
    }

    @Override
    public ExtendedIterator<Triple> find(Node s, Node p, Node o) {
        return failing(super.find(s, p, o));
    }

    private ExtendedIterator<Triple> failing(ExtendedIterator<Triple> it) {
        int[] seen = {0};
        return WrappedIterator.create(it).mapWith(t -> {
            if (++seen[0] > limit) {
                throw new IllegalStateException("simulated failure after " + limit + " triples");
            }
            return t;
        });
    }
}
