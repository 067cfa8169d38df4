package org.claimgraph.bench;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.claimgraph.rdf.ArticleGraph;
import org.claimgraph.rdf.Vocab;
import org.claimgraph.rdf.Vocab.CG;

/**
 * Grows the store beyond the base corpus without re-extracting: copy k of an article is its graph with
 * every article-local IRI (article, claims, spans, hops, anonymous sources) given a "-rk" suffix and
 * its origin a "#rk" marker, so the copies are distinct articles that replace nothing. Named actors
 * keep their IRIs, as real news keeps quoting the same people; that is what makes the graph's
 * cross-article joins grow as they would with more days of news.
 */
public final class Replicas {

    private final List<Base> bases;

    /** One extracted article, kept compactly (no indexes) so the base corpus costs little heap. */
    private record Base(String name, String origin, int claims, Triple[] triples) {
    }

    public Replicas(List<ArticleGraph> extracted) {
        List<Base> out = new ArrayList<>(extracted.size());
        for (ArticleGraph g : extracted) {
            out.add(new Base(g.name(), g.origin(), g.claims(), g.model().getGraph().find().toList()
                    .toArray(Triple[]::new)));
        }
        bases = List.copyOf(out);
    }

    public int baseSize() {
        return bases.size();
    }

    /** Article number {@code i} of the replicated corpus: base article i mod n, copy i div n. */
    public ArticleGraph article(long i) {
        Base base = bases.get((int) (i % bases.size()));
        int copy = (int) (i / bases.size());
        Graph g = GraphFactory.createGraphMem();
        for (Triple t : base.triples()) {
            g.add(Triple.create(rename(t.getSubject(), copy), t.getPredicate(), renameObject(t, copy)));
        }
        return new ArticleGraph(rename(base.name(), copy), origin(base.origin(), copy),
                ModelFactory.createModelForGraph(g), base.claims());
    }

    private static Node renameObject(Triple t, int copy) {
        if (copy > 0 && t.getPredicate().equals(CG.origin.asNode())) {
            return NodeFactory.createLiteralString(origin(t.getObject().getLiteralLexicalForm(), copy));
        }
        return rename(t.getObject(), copy);
    }

    private static Node rename(Node n, int copy) {
        return n.isURI() && copy > 0 ? NodeFactory.createURI(rename(n.getURI(), copy)) : n;
    }

    static String rename(String iri, int copy) {
        if (copy == 0 || !iri.startsWith(Vocab.ID_NS) || iri.startsWith(Vocab.ACTOR_NS)) {
            return iri;
        }
        int fragment = iri.indexOf('#');
        return fragment < 0 ? iri + "-r" + copy : iri.substring(0, fragment) + "-r" + copy + iri.substring(fragment);
    }

    private static String origin(String origin, int copy) {
        return copy == 0 ? origin : origin + "#r" + copy;
    }
}
