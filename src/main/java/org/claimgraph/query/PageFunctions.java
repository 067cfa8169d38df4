package org.claimgraph.query;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
import org.apache.jena.sparql.engine.iterator.QueryIterPlainWrapper;
import org.apache.jena.sparql.pfunction.PropFuncArg;
import org.apache.jena.sparql.pfunction.PropertyFunctionRegistry;
import org.apache.jena.sparql.util.NodeFactoryExtra;
import org.claimgraph.rdf.Vocab;
import org.claimgraph.store.index.PageKeys;

/**
 * The property functions with which the stored queries that list claims in article order read one page
 * from the query index's page keys ({@link PageKeys}) instead of reading and sorting every candidate:
 * {@link ClaimPage} for {@code claims}, {@link ActorClaimPage} for {@code actor-claims}, {@link KeyPage} for
 * the listings by name or date ({@code actors}, {@code event-timeline}). Each gives at
 * least the first {@code pageRows} rows of its query's order (whole groups of equal keys), never a row
 * the plain pattern would not give; the page select that calls it still sorts and cuts them, on the
 * IRIs. Their arguments are variables, bound through the query's VALUES block like every parameter.
 */
public final class PageFunctions {

    /** The variable through which {@link PageSelect} tells a page function how many rows the page needs. */
    public static final Var PAGE_ROWS = Var.alloc("pageRows");

    static {
        PropertyFunctionRegistry.get().put(Vocab.CLAIM_PAGE, ClaimPage.class);
        PropertyFunctionRegistry.get().put(Vocab.ACTOR_CLAIM_PAGE, ActorClaimPage.class);
        PropertyFunctionRegistry.get().put(Vocab.KEY_PAGE, KeyPage.class);
    }

    private PageFunctions() {
    }

    /** Registers the functions with ARQ (once; the registry is global to the JVM). */
    public static void register() {
        // the static initializer does it
    }

    /** The rows wanted, from a bound {@code ?pageRows}; every row when it is not bound. */
    static long pageRows(Node arg) {
        if (arg.isLiteral()) {
            try {
                long n = NodeFactoryExtra.nodeToLong(arg);
                return n >= 0 ? n : Long.MAX_VALUE;
            } catch (RuntimeException e) {
                return Long.MAX_VALUE;
            }
        }
        return Long.MAX_VALUE;
    }

    /**
     * Walks {@code entries} (index quads in ascending key order) a group of equal keys at a time, adding
     * the rows {@code rowsOf} gives for each key, until at least {@code wanted} rows are in {@code out}.
     */
    static void walk(Iterator<Quad> entries, long wanted, KeyRows rowsOf, Set<List<Node>> out) {
        Node key = null;
        List<Node> group = new ArrayList<>();
        while (entries.hasNext()) {
            Quad q = entries.next();
            if (key != null && !q.getObject().equals(key)) {
                rowsOf.add(key, group, out);
                group.clear();
                if (out.size() >= wanted) {
                    return;
                }
            }
            key = q.getObject();
            group.add(q.getSubject());
        }
        if (key != null) {
            rowsOf.add(key, group, out);
        }
    }

    /** The rows of one key: {@code subjects} are the subjects of that key's index entries. */
    interface KeyRows {
        void add(Node key, List<Node> subjects, Set<List<Node>> out);
    }

    /**
     * Bindings of {@code rows} to the subject list's variables, on top of {@code parent}. A subject
     * argument that is already a term (bound earlier) must equal the row's value.
     */
    static QueryIterator bindings(Binding parent, PropFuncArg subject, Set<List<Node>> rows, ExecutionContext cxt) {
        List<Binding> out = new ArrayList<>();
        List<Node> args = subject.getArgList();
        rows:
        for (List<Node> row : rows) {
            BindingBuilder b = BindingBuilder.create(parent);
            Set<Var> seen = new LinkedHashSet<>();
            for (int i = 0; i < args.size(); i++) {
                Node arg = args.get(i);
                if (Var.isVar(arg)) {
                    Var v = Var.alloc(arg);
                    if (seen.add(v)) {
                        b.add(v, row.get(i));
                    }
                } else if (!arg.equals(row.get(i))) {
                    continue rows;
                }
            }
            out.add(b.build());
        }
        return QueryIterPlainWrapper.create(out.iterator(), cxt);
    }

    /** {@code node} when it is a term, else null (an unbound variable). */
    static Node bound(Node node) {
        return node == null || Var.isVar(node) ? null : node;
    }
}
