package org.claimgraph.store.index;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.claimgraph.rdf.Vocab;
import org.claimgraph.rdf.Vocab.CG;

/**
 * Page keys: a number per claim, from its article's IRI, that never decreases where the article IRI
 * increases in SPARQL's order, kept in the query index graph as {@code claim cg:pageKey N}, and copied
 * to each source and each actor the claim is about ({@code cg:saidKey}, {@code cg:aboutKey}). The stored
 * queries that list claims in article order read a page by walking these keys in order and stop once
 * they have the page: TDB2 keeps an xsd:integer that fits its node id inline, and its indexes hold
 * such node ids in value order, so the keys of one subject come out of the index sorted, without
 * reading the IRIs they stand for. Several articles may share a key (their IRIs agree on the part the
 * key keeps); a walk therefore takes whole groups of equal keys, and the query sorts what the walk
 * gave exactly, on the IRIs. Entries are only ever candidates: a walk checks each row against the
 * article graphs, so an entry left over costs a lookup, never a wrong row.
 */
public final class PageKeys {

    public static final Node PAGE_KEY = CG.pageKey.asNode();
    public static final Node SAID_KEY = CG.saidKey.asNode();
    public static final Node ABOUT_KEY = CG.aboutKey.asNode();
    /** A claim's key from its own IRI, for the claims that have a chain (attribution-chain's order). */
    public static final Node CLAIM_KEY = CG.claimKey.asNode();
    private static final Node HOP = CG.hop.asNode();
    private static final Node IN_ARTICLE = CG.inArticle.asNode();
    private static final Node ATTRIBUTED_TO = CG.attributedTo.asNode();
    private static final Node ABOUT = CG.about.asNode();
    /** Characters of the IRI a key keeps, 7 bits each (so 51 bits with the group: inline in TDB2's 56). */
    private static final int CHARS = 7;
    private static final String PREFIX = Vocab.ARTICLE_NS;

    private PageKeys() {
    }

    /**
     * The key of an article IRI: which side of claimgraph's article namespace it falls on (2 bits), then
     * its first seven characters after that namespace (or from its start, outside it), 7 bits each. A
     * character beyond ASCII ends what the key keeps (it and the rest count as the greatest and as
     * nothing), so that two IRIs the key cannot tell apart get the same key rather than a wrong order.
     */
    public static long of(String iri) {
        return of(iri, PREFIX);
    }

    /** The key of an IRI as {@link #of(String)} makes it, with {@code namespace} in place of the articles'. */
    static long of(String iri, String namespace) {
        int group;
        String rest;
        if (iri.startsWith(namespace)) {
            group = 1;
            rest = iri.substring(namespace.length());
        } else {
            group = iri.compareTo(namespace) < 0 ? 0 : 2;
            rest = iri;
        }
        long key = group;
        boolean ended = false;
        for (int i = 0; i < CHARS; i++) {
            int c = ended || i >= rest.length() ? 0 : rest.charAt(i);
            if (c > 0x7f) {
                c = 0x7f;
                ended = true;
            } else if (ended) {
                c = 0;
            }
            key = (key << 7) | c;
        }
        return key;
    }

    /** The key of an article, as the index holds it. */
    public static Node keyOf(Node article) {
        return node(of(article.getURI()));
    }

    public static Node node(long key) {
        return NodeFactory.createLiteralDT(Long.toString(key), XSDDatatype.XSDinteger);
    }

    public static long value(Node key) {
        return Long.parseLong(key.getLiteralLexicalForm());
    }

    /** The key of a claim with a chain, from its IRI. */
    public static Node claimKeyOf(Node claim) {
        return node(of(claim.getURI(), Vocab.CLAIM_NS));
    }

    /** Whether {@code predicate} is one of the page-key entries' predicates. */
    static boolean isKey(Node predicate) {
        return predicate.equals(PAGE_KEY) || predicate.equals(SAID_KEY) || predicate.equals(ABOUT_KEY)
                || predicate.equals(CLAIM_KEY);
    }

    /** The page-key entries that {@code triples} (of one article graph, any subjects) give. */
    static Set<Triple> entries(Collection<Triple> triples) {
        Set<Triple> out = new LinkedHashSet<>();
        for (Triple t : triples) {
            if (t.getPredicate().equals(IN_ARTICLE) && t.getObject().isURI()) {
                Node key = keyOf(t.getObject());
                Node claim = t.getSubject();
                out.add(Triple.create(claim, PAGE_KEY, key));
                for (Triple u : triples) {
                    if (u.getSubject().equals(claim) && u.getObject().isURI()) {
                        if (u.getPredicate().equals(ATTRIBUTED_TO)) {
                            out.add(Triple.create(u.getObject(), SAID_KEY, key));
                        } else if (u.getPredicate().equals(ABOUT)) {
                            out.add(Triple.create(u.getObject(), ABOUT_KEY, key));
                        }
                    }
                }
            } else if (t.getPredicate().equals(HOP) && t.getSubject().isURI()) {
                out.add(Triple.create(t.getSubject(), CLAIM_KEY, claimKeyOf(t.getSubject())));
            }
        }
        return out;
    }

    /** The page-key entries of one article graph of the store. */
    static Set<Triple> entries(DatasetGraph dsg, Node graph) {
        List<Triple> triples = new ArrayList<>();
        for (Node p : List.of(IN_ARTICLE, ATTRIBUTED_TO, ABOUT, HOP)) {
            dsg.find(graph, Node.ANY, p, Node.ANY).forEachRemaining(q -> triples.add(q.asTriple()));
        }
        return entries(triples);
    }

    static void add(DatasetGraph dsg, Collection<Triple> entries) {
        entries.forEach(t -> dsg.add(QueryIndex.GRAPH, t.getSubject(), t.getPredicate(), t.getObject()));
    }

    /**
     * Deletes those of {@code old} (entries of removed article graphs) that no article graph still
     * gives; claims' keys first, since the sources' and actors' entries are checked through them.
     */
    static void retire(DatasetGraph dsg, Collection<Triple> old) {
        List<Triple> stale = new ArrayList<>();
        old.stream().filter(t -> t.getPredicate().equals(PAGE_KEY)).forEach(t -> {
            if (articlesOf(dsg, t.getSubject()).stream().noneMatch(a -> keyOf(a).equals(t.getObject()))) {
                stale.add(t);
            }
        });
        old.stream().filter(t -> t.getPredicate().equals(CLAIM_KEY)).forEach(t -> {
            if (!heldInArticles(dsg, t.getSubject(), HOP, Node.ANY)) {
                stale.add(t);
            }
        });
        stale.forEach(t -> dsg.delete(QueryIndex.GRAPH, t.getSubject(), t.getPredicate(), t.getObject()));
        stale.clear();
        old.stream().filter(t -> t.getPredicate().equals(SAID_KEY) || t.getPredicate().equals(ABOUT_KEY)).forEach(t -> {
            Node relation = t.getPredicate().equals(SAID_KEY) ? ATTRIBUTED_TO : ABOUT;
            boolean held = claimsWithKey(dsg, t.getObject()).stream()
                    .anyMatch(c -> heldInArticles(dsg, c, relation, t.getSubject()));
            if (!held) {
                stale.add(t);
            }
        });
        stale.forEach(t -> dsg.delete(QueryIndex.GRAPH, t.getSubject(), t.getPredicate(), t.getObject()));
    }

    /** The claims whose page key is {@code key}. */
    public static List<Node> claimsWithKey(DatasetGraph dsg, Node key) {
        List<Node> out = new ArrayList<>();
        dsg.find(QueryIndex.GRAPH, Node.ANY, PAGE_KEY, key).forEachRemaining(q -> out.add(q.getSubject()));
        return out;
    }

    /** The articles {@code claim} is in, by the graphs that hold the claim (or the default graph). */
    public static List<Node> articlesOf(DatasetGraph dsg, Node claim) {
        List<Node> out = new ArrayList<>();
        dsg.find(Node.ANY, claim, IN_ARTICLE, Node.ANY).forEachRemaining(q -> {
            if (q.getObject().isURI() && !out.contains(q.getObject())) {
                out.add(q.getObject());
            }
        });
        return out;
    }

    /** Whether an article graph (not the query index's copy) says {@code claim predicate object}. */
    public static boolean heldInArticles(DatasetGraph dsg, Node claim, Node predicate, Node object) {
        Iterator<Quad> it = dsg.find(Node.ANY, claim, predicate, object);
        while (it.hasNext()) {
            if (!it.next().getGraph().equals(QueryIndex.GRAPH)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The index entries {@code (subject, predicate, key)} in ascending key order; {@code subject} may be
     * {@link Node#ANY}. From TDB2 they are read in the index's order, so a caller that stops early reads
     * no further; from any other dataset they are read in full and sorted.
     */
    public static Iterator<Quad> ascending(DatasetGraph dsg, Node subject, Node predicate) {
        Iterator<Quad> found = dsg.find(QueryIndex.GRAPH, subject, predicate, Node.ANY);
        if (keepsValueOrder(dsg)) {
            return found;
        }
        List<Quad> all = new ArrayList<>();
        found.forEachRemaining(q -> {
            if (q.getObject().isLiteral()) {
                all.add(q);
            }
        });
        all.sort(Comparator.comparingLong(q -> value(q.getObject())));
        return all.iterator();
    }

    /** Whether {@code dsg} is TDB2, under any wrappers (read-only, Fuseki's). */
    static boolean keepsValueOrder(DatasetGraph dsg) {
        DatasetGraph base = dsg;
        while (base instanceof DatasetGraphWrapper wrapper) {
            base = wrapper.getWrapped();
        }
        return TDBInternal.isTDB2(base);
    }
}
