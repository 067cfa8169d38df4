package org.claimgraph.query;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.pfunction.PFuncListAndList;
import org.apache.jena.sparql.pfunction.PropFuncArg;
import org.claimgraph.rdf.Vocab.CG;
import org.claimgraph.store.index.PageKeys;

/**
 * {@code (?claim ?relation ?article) cgf:actorClaimPage (?actor ?pageRows)}: the claims about an actor
 * (relation "about") and those attributed to it ("said"), each with its article, at least the first
 * {@code ?pageRows} in the order relation, article, claim, read by walking the actor's about keys and
 * then its said keys. The actor must be bound (the query binds it before calling); an unbound actor
 * is refused.
 */
public final class ActorClaimPage extends PFuncListAndList {

    private static final Node ABOUT = CG.about.asNode();
    private static final Node ATTRIBUTED_TO = CG.attributedTo.asNode();
    private static final Node ABOUT_RELATION = NodeFactory.createLiteralString("about");
    private static final Node SAID_RELATION = NodeFactory.createLiteralString("said");

    @Override
    public QueryIterator execEvaluated(Binding binding, PropFuncArg subject, Node predicate, PropFuncArg object,
                                       ExecutionContext cxt) {
        if (subject.getArgListSize() != 3 || object.getArgListSize() != 2) {
            throw new IllegalArgumentException("actorClaimPage takes (?claim ?relation ?article) and (?actor ?pageRows)");
        }
        DatasetGraph dsg = cxt.getDataset();
        Node actor = PageFunctions.bound(object.getArg(0));
        if (actor == null) {
            throw new IllegalArgumentException("actorClaimPage needs its actor bound");
        }
        long wanted = PageFunctions.pageRows(object.getArg(1));
        Set<List<Node>> rows = new LinkedHashSet<>();
        relation(dsg, actor, PageKeys.ABOUT_KEY, ABOUT, ABOUT_RELATION, wanted, rows);
        if (rows.size() < wanted) {
            relation(dsg, actor, PageKeys.SAID_KEY, ATTRIBUTED_TO, SAID_RELATION, wanted, rows);
        }
        return PageFunctions.bindings(binding, subject, rows, cxt);
    }

    private static void relation(DatasetGraph dsg, Node actor, Node keyPredicate, Node predicate, Node relation,
                                 long wanted, Set<List<Node>> rows) {
        PageFunctions.walk(PageKeys.ascending(dsg, actor, keyPredicate), wanted, (key, subjects, out) -> {
            for (Node c : PageKeys.claimsWithKey(dsg, key)) {
                if (PageKeys.heldInArticles(dsg, c, predicate, actor)) {
                    for (Node a : PageKeys.articlesOf(dsg, c)) {
                        if (PageKeys.keyOf(a).equals(key)) {
                            out.add(List.of(c, relation, a));
                        }
                    }
                }
            }
        }, rows);
    }
}
