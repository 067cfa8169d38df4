package org.claimgraph.contradict;

import com.google.common.hash.Hashing;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;
import org.claimgraph.rdf.Vocab;
import org.claimgraph.rdf.Vocab.CG;

/**
 * The contradictions graph: one cg:Contradiction node per finding group, named by a hash of its group
 * key so that finding it again (a reloaded article) replaces rather than duplicates it. A node keeps
 * the more confident of two findings of one group.
 */
final class ContradictionGraph {

    private static final Node GRAPH = Vocab.CONTRADICTIONS_GRAPH.asNode();

    private final DatasetGraph dsg;

    ContradictionGraph(DatasetGraph dsg) {
        this.dsg = dsg;
    }

    /** Writes the finding; returns false if its group already holds a finding at least as confident. */
    boolean write(Finding f) {
        Node node = NodeFactory.createURI(Vocab.ID_NS + "contradiction/"
                + Hashing.sha256().hashString(f.groupKey(), StandardCharsets.UTF_8).toString().substring(0, 16));
        Optional<Double> existing = object(node, CG.confidence.asNode()).map(n -> Double.parseDouble(n.getLiteralLexicalForm()));
        if (existing.isPresent() && existing.get() >= f.confidence()) {
            return false;
        }
        dsg.deleteAny(GRAPH, node, Node.ANY, Node.ANY);
        add(node, RDF.type.asNode(), CG.Contradiction.asNode());
        add(node, CG.kind.asNode(), f.kind().asNode());
        add(node, CG.claimA.asNode(), uri(f.a().claim().iri()));
        add(node, CG.claimB.asNode(), uri(f.b().claim().iri()));
        if (!f.a().claim().source().isEmpty()) {
            add(node, CG.sourceA.asNode(), uri(f.a().claim().source()));
        }
        if (!f.b().claim().source().isEmpty()) {
            add(node, CG.sourceB.asNode(), uri(f.b().claim().source()));
        }
        if (!f.a().claim().contentSpan().isEmpty()) {
            add(node, CG.evidenceA.asNode(), uri(f.a().claim().contentSpan()));
        }
        if (!f.b().claim().contentSpan().isEmpty()) {
            add(node, CG.evidenceB.asNode(), uri(f.b().claim().contentSpan()));
        }
        add(node, CG.topic.asNode(), NodeFactory.createLiteralString(f.topic()));
        add(node, CG.explanation.asNode(), NodeFactory.createLiteralString(f.explanation()));
        add(node, CG.confidence.asNode(), NodeFactory.createLiteralDT(
                BigDecimal.valueOf(f.confidence()).toPlainString(), XSDDatatype.XSDdecimal));
        return true;
    }

    /** Removes every contradiction that involves one of the claims: two index lookups per claim. */
    int removeInvolving(Set<String> claims) {
        Set<Node> gone = new LinkedHashSet<>();
        for (String claim : claims) {
            for (Node p : List.of(CG.claimA.asNode(), CG.claimB.asNode())) {
                dsg.find(GRAPH, Node.ANY, p, uri(claim)).forEachRemaining(q -> gone.add(q.getSubject()));
            }
        }
        gone.forEach(n -> dsg.deleteAny(GRAPH, n, Node.ANY, Node.ANY));
        return gone.size();
    }

    int count() {
        int[] n = {0};
        dsg.find(GRAPH, Node.ANY, RDF.type.asNode(), CG.Contradiction.asNode()).forEachRemaining(q -> n[0]++);
        return n[0];
    }

    void clear() {
        dsg.deleteAny(GRAPH, Node.ANY, Node.ANY, Node.ANY);
    }

    private void add(Node s, Node p, Node o) {
        dsg.add(GRAPH, s, p, o);
    }

    private static Node uri(String iri) {
        return NodeFactory.createURI(iri);
    }

    private Optional<Node> object(Node s, Node p) {
        Iterator<Quad> it = dsg.find(GRAPH, s, p, Node.ANY);
        return it.hasNext() ? Optional.of(it.next().getObject()) : Optional.empty();
    }
}
