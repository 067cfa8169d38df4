package org.claimgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.claimgraph.rdf.Vocab;

/**
 * Two datasets hold the same named graphs, each isomorphic to its namesake, except the contradictions
 * graph: the contradiction finder names each contradiction by what conflicts, but which pair of claims
 * it cites follows the order it meets the articles in (ingest: file by file; load: the store's order),
 * so there the same contradictions must be present, in the same number of triples.
 */
public final class SameGraphs {

    private SameGraphs() {
    }

    public static void assertSame(DatasetGraph expected, DatasetGraph actual) {
        Txn.executeRead(expected, () -> Txn.executeRead(actual, () -> {
            Set<String> want = names(expected);
            assertEquals(want, names(actual), "graph names");
            for (String name : want) {
                Node n = NodeFactory.createURI(name);
                Graph e = expected.getGraph(n);
                Graph a = actual.getGraph(n);
                assertEquals(e.size(), a.size(), "triples in " + name);
                if (name.equals(Vocab.CONTRADICTIONS_GRAPH.getURI())) {
                    assertEquals(subjects(e), subjects(a), "the same contradictions");
                } else {
                    assertTrue(e.isIsomorphicWith(a), name + " differs");
                }
            }
        }));
    }

    private static Set<Node> subjects(Graph g) {
        Set<Node> subjects = new HashSet<>();
        g.find().forEachRemaining(t -> subjects.add(t.getSubject()));
        return subjects;
    }

    public static Set<String> names(DatasetGraph dsg) {
        if (dsg.supportsTransactions() && !dsg.isInTransaction()) {
            return Txn.calculateRead(dsg, () -> names(dsg));
        }
        Set<String> names = new TreeSet<>();
        dsg.listGraphNodes().forEachRemaining(n -> {
            if (!dsg.getGraph(n).isEmpty()) {
                names.add(n.getURI());
            }
        });
        return names;
    }
}
