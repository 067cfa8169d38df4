package org.claimgraph.contradict;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.claimgraph.rdf.Vocab.CG;
import org.claimgraph.rdf.Vocab.PROV;

/**
 * Tells whether two articles are copies of one story. Story-copy links (prov:wasDerivedFrom between
 * articles, or to a shared original-story node) are used when the graph has them; without them, two
 * articles are copies when most of the names and numbers of the shorter one recur in the other:
 * spinners and machine translation change words but keep "2,500", "Soleimani" and "Muhandis".
 * On the seeds this separates the Reuters copies 002/003 (0.78) from every other pair (0.29-0.42).
 */
final class StoryCopies {

    private static final double SHARED_NAMES = 0.6;
    private static final Pattern NAME_OR_NUMBER = Pattern.compile("\\b\\d[\\d,]+\\b|\\b\\p{Lu}\\p{Ll}{3,}\\b");

    private final DatasetGraph dsg;
    private final Map<String, Set<String>> signatures = new HashMap<>();

    StoryCopies(DatasetGraph dsg) {
        this.dsg = dsg;
    }

    boolean areCopies(Proposition x, Proposition y) {
        return areCopies(x.claim().article(), y.claim().article());
    }

    boolean areCopies(String a, String b) {
        if (a.equals(b)) {
            return false;
        }
        Set<Node> da = derivedFrom(a);
        Set<Node> db = derivedFrom(b);
        if (da.contains(NodeFactory.createURI(b)) || db.contains(NodeFactory.createURI(a))
                || da.stream().anyMatch(db::contains)) {
            return true;
        }
        Set<String> sa = signature(a);
        Set<String> sb = signature(b);
        if (sa.isEmpty() || sb.isEmpty()) {
            return false;
        }
        long shared = sa.stream().filter(sb::contains).count();
        return (double) shared / Math.min(sa.size(), sb.size()) >= SHARED_NAMES;
    }

    private Set<Node> derivedFrom(String article) {
        Set<Node> out = new HashSet<>();
        dsg.find(Node.ANY, NodeFactory.createURI(article), PROV.wasDerivedFrom.asNode(), Node.ANY)
                .forEachRemaining(q -> out.add(q.getObject()));
        return out;
    }

    private Set<String> signature(String article) {
        return signatures.computeIfAbsent(article, a -> {
            Set<String> sig = new HashSet<>();
            Iterator<Quad> it = dsg.find(Node.ANY, NodeFactory.createURI(a), CG.text.asNode(), Node.ANY);
            if (it.hasNext()) {
                Matcher m = NAME_OR_NUMBER.matcher(it.next().getObject().getLiteralLexicalForm());
                while (m.find()) {
                    sig.add(Text.normalise(m.group().replace(",", "")));
                }
            }
            return sig;
        });
    }
}
