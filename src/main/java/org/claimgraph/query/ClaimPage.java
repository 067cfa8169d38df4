package org.claimgraph.query;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.pfunction.PFuncListAndList;
import org.apache.jena.sparql.pfunction.PropFuncArg;
import org.apache.jena.vocabulary.RDF;
import org.claimgraph.rdf.Vocab.CG;
import org.claimgraph.store.index.PageKeys;

/**
 * {@code (?article ?claim ?source) cgf:claimPage (?source ?article ?claim ?pageRows)}: the rows of
 * {@code ?claim a cg:Claim ; cg:inArticle ?article ; cg:attributedTo ?source}, at least the first
 * {@code ?pageRows} of them in article order when neither claim nor article is bound. With a source,
 * it walks that source's said keys; with nothing bound, every claim's key. A bound claim or article
 * is already a small answer and is read directly.
 */
public final class ClaimPage extends PFuncListAndList {

    private static final Node CLAIM = CG.Claim.asNode();
    private static final Node TYPE = RDF.type.asNode();
    private static final Node IN_ARTICLE = CG.inArticle.asNode();
    private static final Node ATTRIBUTED_TO = CG.attributedTo.asNode();

    @Override
    public QueryIterator execEvaluated(Binding binding, PropFuncArg subject, Node predicate, PropFuncArg object,
                                       ExecutionContext cxt) {
        if (subject.getArgListSize() != 3 || object.getArgListSize() != 4) {
            throw new IllegalArgumentException("claimPage takes (?article ?claim ?source) and (?source ?article ?claim ?pageRows)");
        }
        DatasetGraph dsg = cxt.getDataset();
        Node source = PageFunctions.bound(object.getArg(0));
        Node article = PageFunctions.bound(object.getArg(1));
        Node claim = PageFunctions.bound(object.getArg(2));
        long wanted = PageFunctions.pageRows(object.getArg(3));
        Set<List<Node>> rows = new LinkedHashSet<>();
        if (claim != null) {
            rows(dsg, claim, null, article, source, rows);
        } else if (article != null) {
            List<Node> claims = new ArrayList<>();
            dsg.find(Node.ANY, Node.ANY, IN_ARTICLE, article).forEachRemaining(q -> claims.add(q.getSubject()));
            claims.stream().distinct().forEach(c -> rows(dsg, c, null, article, source, rows));
        } else if (source != null) {
            PageFunctions.walk(PageKeys.ascending(dsg, source, PageKeys.SAID_KEY), wanted, (key, subjects, out) -> {
                for (Node c : PageKeys.claimsWithKey(dsg, key)) {
                    rows(dsg, c, key, null, source, out);
                }
            }, rows);
        } else {
            PageFunctions.walk(PageKeys.ascending(dsg, Node.ANY, PageKeys.PAGE_KEY), wanted, (key, subjects, out) -> {
                for (Node c : subjects) {
                    rows(dsg, c, key, null, null, out);
                }
            }, rows);
        }
        return PageFunctions.bindings(binding, subject, rows, cxt);
    }

    /**
     * The rows (article, claim, source) of {@code claim}; only in articles of page key {@code key} when
     * given, only in {@code article} and for {@code source} when given.
     */
    private static void rows(DatasetGraph dsg, Node claim, Node key, Node article, Node source, Set<List<Node>> out) {
        if (!dsg.contains(Node.ANY, claim, TYPE, CLAIM)) {
            return;
        }
        List<Node> sources = new ArrayList<>();
        dsg.find(Node.ANY, claim, ATTRIBUTED_TO, source == null ? Node.ANY : source)
                .forEachRemaining(q -> {
                    if (!sources.contains(q.getObject())) {
                        sources.add(q.getObject());
                    }
                });
        for (Node a : PageKeys.articlesOf(dsg, claim)) {
            if ((article == null || a.equals(article)) && (key == null || PageKeys.keyOf(a).equals(key))) {
                sources.forEach(s -> out.add(List.of(a, claim, s)));
            }
        }
    }
}
