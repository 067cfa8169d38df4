package org.claimgraph.contradict;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.claimgraph.rdf.Vocab.CG;

/**
 * The actors actor resolution says a claim is about (cg:about), by every name the graph gives them:
 * the clause reader keys a subject or object by the resolved actor, so every spelling and article
 * of one actor meets, without a list of actors in this package.
 */
final class ClaimActors {

    private final DatasetGraph dsg;

    ClaimActors(DatasetGraph dsg) {
        this.dsg = dsg;
    }

    /** None: for reading claims outside a store. */
    static ClaimActors none() {
        return new ClaimActors(null);
    }

    /** Lower-cased name → actor IRI, longest names first. */
    Map<String, String> of(String claimIri) {
        Map<String, String> out = new LinkedHashMap<>();
        if (dsg == null) {
            return out;
        }
        Node claim = NodeFactory.createURI(claimIri);
        dsg.find(Node.ANY, claim, CG.about.asNode(), Node.ANY).forEachRemaining(q -> {
            Node actor = q.getObject();
            if (!actor.isURI()) {
                return;
            }
            for (Node p : List.of(SKOS.prefLabel.asNode(), SKOS.altLabel.asNode(), RDFS.label.asNode())) {
                dsg.find(Node.ANY, actor, p, Node.ANY).forEachRemaining(l -> {
                    if (l.getObject().isLiteral()) {
                        out.putIfAbsent(Text.normalise(l.getObject().getLiteralLexicalForm()), actor.getURI());
                    }
                });
            }
        });
        Map<String, String> sorted = new LinkedHashMap<>();
        out.keySet().stream().sorted((a, b) -> b.length() - a.length()).forEach(k -> sorted.put(k, out.get(k)));
        return sorted;
    }
}
