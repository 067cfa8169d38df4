package org.claimgraph.query;

import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.pfunction.PFuncListAndList;
import org.apache.jena.sparql.pfunction.PropFuncArg;
import org.claimgraph.store.index.OrderKeys;
import org.claimgraph.store.index.PageKeys;

/**
 * {@code (?node) cgf:keyPage (KEY ?pageRows)}: the nodes that have an order key {@code KEY}
 * ({@code cg:nameKey}, {@code cg:dateKey}) in the query index graph, at least the first {@code ?pageRows}
 * in key order (whole groups of equal keys), and every node whose key is {@link OrderKeys#NONE} (a value
 * no key can place, so it may sort anywhere; such nodes are not counted). A page select that sorts what
 * this gives on the exact value has, among them, the first {@code ?pageRows} nodes of the whole order,
 * since a key never decreases where the value increases. With {@code ?node} bound, that node if it has
 * the key.
 */
public final class KeyPage extends PFuncListAndList {

    @Override
    public QueryIterator execEvaluated(Binding binding, PropFuncArg subject, Node predicate, PropFuncArg object,
                                       ExecutionContext cxt) {
        if (subject.getArgListSize() != 1 || object.getArgListSize() != 2 || !object.getArg(0).isURI()) {
            throw new IllegalArgumentException("keyPage takes (?node) and (KEY-PREDICATE ?pageRows)");
        }
        Node node = PageFunctions.bound(subject.getArg(0));
        Node key = object.getArg(0);
        long wanted = PageFunctions.pageRows(object.getArg(1));
        Set<List<Node>> rows = new LinkedHashSet<>();
        Iterator<Quad> entries = PageKeys.ascending(cxt.getDataset(), node == null ? Node.ANY : node, key);
        long counted = 0;
        Node group = null;
        while (entries.hasNext()) {
            Quad q = entries.next();
            Node k = q.getObject();
            boolean placed = PageKeys.value(k) != OrderKeys.NONE;
            if (placed && !k.equals(group)) {
                if (counted >= wanted) {
                    break;
                }
                group = k;
            }
            if (rows.add(List.of(q.getSubject())) && placed) {
                counted++;
            }
        }
        return PageFunctions.bindings(binding, subject, rows, cxt);
    }
}
