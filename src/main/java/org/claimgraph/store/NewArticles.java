package org.claimgraph.store;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.sparql.core.Quad;

/**
 * The articles of a batch whose origin the store does not hold yet, gathered so that their quads are
 * written together ({@link IndexOrderedWrites}) rather than one by one. The same code writes them as
 * any other article ({@code ClaimStore.put}, the query index included) against this view of the store:
 * reads see the store, additions are held back until {@link #flush}. Such an article replaces nothing,
 * so a removal through this view means that assumption broke, and it fails rather than reorder writes.
 */
final class NewArticles extends DatasetGraphWrapper {

    private final DatasetGraph store;
    private final IndexOrderedWrites writes;
    private final List<Quad> pending = new ArrayList<>();
    private final Set<String> origins = new HashSet<>();

    NewArticles(DatasetGraph store, IndexOrderedWrites writes) {
        super(store);
        this.store = store;
        this.writes = writes;
    }

    /** Whether an article of {@code origin} waits here: a second one must see it, so flush first. */
    boolean holdsOrigin(String origin) {
        return origins.contains(origin);
    }

    void taking(String origin) {
        origins.add(origin);
    }

    /** Writes what was gathered into the store, in the caller's transaction. */
    void flush() {
        writes.write(store, pending);
        pending.clear();
        origins.clear();
    }

    @Override
    public void add(Quad quad) {
        pending.add(quad);
    }

    @Override
    public void add(Node g, Node s, Node p, Node o) {
        pending.add(Quad.create(g, s, p, o));
    }

    @Override
    public void addGraph(Node name, Graph graph) {
        graph.find().forEachRemaining(t -> pending.add(Quad.create(name, t)));
    }

    @Override
    public void delete(Quad quad) {
        throw removal();
    }

    @Override
    public void delete(Node g, Node s, Node p, Node o) {
        throw removal();
    }

    @Override
    public void deleteAny(Node g, Node s, Node p, Node o) {
        throw removal();
    }

    @Override
    public void removeGraph(Node name) {
        throw removal();
    }

    @Override
    public void clear() {
        throw removal();
    }

    private static IllegalStateException removal() {
        return new IllegalStateException("a new article removed something from the store");
    }
}
