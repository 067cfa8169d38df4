package org.claimgraph.contradict;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.claimgraph.rdf.Vocab;
import org.claimgraph.rdf.Vocab.CG;

/**
 * The side index of proposition keys, kept in the store's proposition-index graph as
 * {@code claim cg:propositionKey "key"}. A new claim is compared only with the claims that share one
 * of its keys, found by a lookup on the key literal, so adding an article costs comparisons in
 * proportion to its claims' candidates, not to the size of the store.
 */
final class PropositionIndex {

    private static final Node GRAPH = Vocab.PROPOSITION_INDEX_GRAPH.asNode();
    private static final Node KEY = CG.propositionKey.asNode();

    private final DatasetGraph dsg;

    PropositionIndex(DatasetGraph dsg) {
        this.dsg = dsg;
    }

    /** Claims indexed under any of the keys. */
    Set<String> candidates(Collection<String> keys) {
        Set<String> out = new LinkedHashSet<>();
        for (String k : keys) {
            dsg.find(GRAPH, Node.ANY, KEY, NodeFactory.createLiteralString(k))
                    .forEachRemaining(q -> out.add(q.getSubject().getURI()));
        }
        return out;
    }

    void add(String claim, Collection<String> keys) {
        Node c = NodeFactory.createURI(claim);
        keys.forEach(k -> dsg.add(GRAPH, c, KEY, NodeFactory.createLiteralString(k)));
    }

    void remove(String claim) {
        dsg.deleteAny(GRAPH, NodeFactory.createURI(claim), KEY, Node.ANY);
    }

    void clear() {
        dsg.deleteAny(GRAPH, Node.ANY, Node.ANY, Node.ANY);
    }
}
