package org.claimgraph.provenance;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.claimgraph.rdf.Vocab;
import org.claimgraph.rdf.Vocab.CG;
import org.claimgraph.rdf.Vocab.PROV;

/**
 * The stories graph of a store, read and changed one story at a time, so that an ingest rewrites only
 * the stories its articles join or leave.
 */
final class StoriesGraph {

    static final Node GRAPH = Vocab.STORIES_GRAPH.asNode();

    private final DatasetGraph dsg;

    StoriesGraph(DatasetGraph dsg) {
        this.dsg = dsg;
    }

    /** The story {@code article} is a copy of, if the graph has one. */
    Optional<Node> storyOf(String article) {
        var it = dsg.find(GRAPH, NodeFactory.createURI(article), PROV.wasDerivedFrom.asNode(), Node.ANY);
        return it.hasNext() ? Optional.of(it.next().getObject()) : Optional.empty();
    }

    /** The articles the graph lists as copies of {@code story}. */
    Set<String> members(Node story) {
        Set<String> out = new HashSet<>();
        for (Node copy : copies(story)) {
            dsg.find(GRAPH, copy, CG.copy.asNode(), Node.ANY).forEachRemaining((Quad q) -> out.add(q.getObject().getURI()));
        }
        return out;
    }

    /**
     * Removes everything the stories pass wrote for {@code story}: the story, its copy derivations,
     * its divergent sentences with their evidence, and its members' links to it. The articles
     * themselves are left alone (they are only objects here), and so is every other story.
     */
    void remove(Node story) {
        Set<Node> members = new HashSet<>();
        members(story).forEach(m -> members.add(NodeFactory.createURI(m)));
        List<Quad> doomed = new ArrayList<>();
        Set<Node> seen = new HashSet<>();
        Deque<Node> todo = new ArrayDeque<>(copies(story));
        todo.add(story);
        while (!todo.isEmpty()) {
            Node n = todo.poll();
            if (!seen.add(n)) {
                continue;
            }
            dsg.find(GRAPH, n, Node.ANY, Node.ANY).forEachRemaining((Quad q) -> {
                doomed.add(q);
                Node o = q.getObject();
                if ((o.isURI() || o.isBlank()) && !members.contains(o) && !seen.contains(o)) {
                    todo.add(o); // a node of no subject here (an actor, a class) yields nothing
                }
            });
        }
        for (Node m : members) {
            dsg.find(GRAPH, m, PROV.wasDerivedFrom.asNode(), story).forEachRemaining(doomed::add);
            dsg.find(GRAPH, m, PROV.qualifiedDerivation.asNode(), Node.ANY).forEachRemaining((Quad q) -> {
                if (seen.contains(q.getObject())) {
                    doomed.add(q);
                }
            });
        }
        doomed.forEach(dsg::delete);
    }

    void add(Graph stories) {
        stories.find().forEachRemaining(t -> dsg.add(GRAPH, t.getSubject(), t.getPredicate(), t.getObject()));
    }

    void clear() {
        dsg.deleteAny(GRAPH, Node.ANY, Node.ANY, Node.ANY);
    }

    private List<Node> copies(Node story) {
        List<Node> out = new ArrayList<>();
        dsg.find(GRAPH, Node.ANY, PROV.entity.asNode(), story).forEachRemaining((Quad q) -> out.add(q.getSubject()));
        return out;
    }
}
