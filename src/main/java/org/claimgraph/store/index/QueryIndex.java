package org.claimgraph.store.index;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.claimgraph.rdf.Vocab;
import org.claimgraph.rdf.Vocab.CG;

/**
 * The query index graph ({@link Vocab#QUERY_INDEX_GRAPH}), kept current as articles are written. Article
 * graphs repeat an actor's names and classes in every article that mentions it; read through the union
 * default graph, each repetition is one more index entry to skip, so looking up the name of an actor
 * quoted in thousands of articles cost thousands of reads per result row. The index holds each such
 * triple once ({@link IndexEntries}), and the words claim search looks up.
 *
 * <p>Writers call {@link #before} and {@link Update#after} around replacing an article, inside the
 * same write transaction, so the index and the articles commit together. A new article only adds its
 * entries; a replaced or removed one has the entries of every subject it mentioned recomputed from the
 * article graphs still holding that subject. {@link #rebuild} computes the index from all article
 * graphs, for stores written without it (bulk-loaded shards, stores from older versions). Beside the
 * entries each named node has its sort keys ({@link IndexEntries#derived}), recomputed whenever its
 * entries change, and the graph states its layout ({@link CG#indexVersion}).
 */
public final class QueryIndex {

    public static final Node GRAPH = Vocab.QUERY_INDEX_GRAPH.asNode();
    /**
     * The layout of the entries; a store whose index states another is re-indexed when opened. 2: sort
     * keys ({@link IndexEntries#derived}) beside the names and words. 3: page keys ({@link PageKeys}).
     * 4: shown names and the order keys of actors and events ({@link OrderKeys}).
     */
    static final int VERSION = 4;
    private static final Node ORIGIN = CG.origin.asNode();
    private static final Node VERSION_PREDICATE = CG.indexVersion.asNode();
    private static final Node VERSION_VALUE = NodeFactory.createLiteralByValue(VERSION, XSDDatatype.XSDinteger);

    private QueryIndex() {
    }

    /** Whether {@code graph} is an article's graph, not one computed over the store (stories, this index). */
    public static boolean isArticleGraph(Node graph) {
        return graph.isURI() && !graph.getURI().startsWith(Vocab.GRAPH_NS);
    }

    /**
     * Call in a write transaction before the graphs of {@code origin} are replaced: notes the subjects
     * whose entries may lose a source.
     */
    public static Update before(DatasetGraph dsg, String origin) {
        Set<Node> subjects = new HashSet<>();
        Set<Triple> pageKeys = new HashSet<>();
        List<Node> graphs = new ArrayList<>();
        dsg.find(Node.ANY, Node.ANY, ORIGIN, NodeFactory.createLiteralString(origin)).forEachRemaining(q -> {
            if (isArticleGraph(q.getGraph()) && !graphs.contains(q.getGraph())) {
                graphs.add(q.getGraph());
            }
        });
        for (Node g : graphs) {
            dsg.find(g, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> {
                if (IndexEntries.relevant(q.getPredicate())) {
                    subjects.add(q.getSubject());
                }
            });
            pageKeys.addAll(PageKeys.entries(dsg, g));
        }
        return new Update(subjects, pageKeys);
    }

    /** What {@link #before} saw; {@link #after} completes the change. */
    public static final class Update {
        private final Set<Node> replacedSubjects;
        private final Set<Triple> replacedPageKeys;

        private Update(Set<Node> replacedSubjects, Set<Triple> replacedPageKeys) {
            this.replacedSubjects = replacedSubjects;
            this.replacedPageKeys = replacedPageKeys;
        }

        /** Call in the same transaction once {@code article} is in the store under its name. */
        public void after(DatasetGraph dsg, Graph article) {
            Map<Node, List<Triple>> added = new LinkedHashMap<>();
            for (Triple t : IndexEntries.of(article)) {
                if (!replacedSubjects.contains(t.getSubject())) {
                    added.computeIfAbsent(t.getSubject(), s -> new ArrayList<>()).add(t);
                }
            }
            added.forEach((subject, entries) -> {
                // A name or date this article adds to a node other articles hold may change its sort keys.
                // The node's entries are read before this article's are written: after an aborted
                // transaction TDB2 can hand a write a node id whose bytes went with the abort, and reading
                // such a quad back in the same transaction fails (BatchLoaderTest's refused article).
                if (entries.stream().anyMatch(t -> !t.getPredicate().equals(CG.searchWord.asNode()))) {
                    List<Triple> all = new ArrayList<>(entries);
                    List<Quad> keys = new ArrayList<>();
                    dsg.find(GRAPH, subject, Node.ANY, Node.ANY).forEachRemaining(q -> {
                        if (IndexEntries.isDerived(q.getPredicate())) {
                            keys.add(q);
                        } else {
                            all.add(q.asTriple());
                        }
                    });
                    Set<Triple> wanted = IndexEntries.derived(subject, all);
                    keys.stream().filter(q -> !wanted.remove(q.asTriple())).forEach(dsg::delete);
                    entries.addAll(wanted);
                }
                entries.forEach(t -> dsg.add(GRAPH, t.getSubject(), t.getPredicate(), t.getObject()));
            });
            replacedSubjects.forEach(s -> recompute(dsg, s));
            Set<Triple> pageKeys = PageKeys.entries(article.find().toList());
            if (!replacedPageKeys.isEmpty()) {
                PageKeys.retire(dsg, replacedPageKeys.stream().filter(t -> !pageKeys.contains(t)).toList());
            }
            PageKeys.add(dsg, pageKeys);
            if (!dsg.contains(GRAPH, GRAPH, VERSION_PREDICATE, Node.ANY)) {
                dsg.add(GRAPH, GRAPH, VERSION_PREDICATE, VERSION_VALUE); // the first article of a new store
            }
        }
    }

    /** Sets the entries of {@code subject} to what the article graphs now holding it give. */
    static void recompute(DatasetGraph dsg, Node subject) {
        Map<Node, List<Triple>> byGraph = new LinkedHashMap<>();
        dsg.find(Node.ANY, subject, Node.ANY, Node.ANY).forEachRemaining(q -> {
            if (isArticleGraph(q.getGraph()) && IndexEntries.relevant(q.getPredicate())) {
                byGraph.computeIfAbsent(q.getGraph(), g -> new ArrayList<>()).add(q.asTriple());
            }
        });
        Set<Triple> wanted = new LinkedHashSet<>();
        byGraph.values().forEach(triples -> wanted.addAll(IndexEntries.ofSubject(triples)));
        wanted.addAll(IndexEntries.derived(subject, wanted));
        // Page keys come from claims' triples, not the subject's own: PageKeys keeps them.
        replace(dsg, subject, q -> !PageKeys.isKey(q.getPredicate()), wanted);
    }

    /** Makes the entries of {@code subject} that {@code part} selects equal {@code wanted} (which it empties). */
    private static void replace(DatasetGraph dsg, Node subject, Predicate<Quad> part, Set<Triple> wanted) {
        List<Quad> stale = new ArrayList<>();
        dsg.find(GRAPH, subject, Node.ANY, Node.ANY).forEachRemaining(q -> {
            if (part.test(q) && !wanted.remove(q.asTriple())) {
                stale.add(q);
            }
        });
        stale.forEach(dsg::delete);
        wanted.forEach(t -> dsg.add(GRAPH, t.getSubject(), t.getPredicate(), t.getObject()));
    }

    /**
     * Computes the index from every article graph, replacing what it held; call in a write transaction.
     * Reads only what the index is made of, never whole article graphs (whose texts and spans are most
     * of a store), and holds one article's entries at a time: each graph's name triples and claim texts,
     * then all triples of each named node, as {@link #recompute} does.
     */
    public static void rebuild(DatasetGraph dsg) {
        dsg.removeGraph(GRAPH);
        List<Node> articles = new ArrayList<>();
        dsg.listGraphNodes().forEachRemaining(g -> {
            if (isArticleGraph(g)) {
                articles.add(g);
            }
        });
        Set<Node> named = new LinkedHashSet<>();
        for (Node g : articles) {
            List<Triple> entries = new ArrayList<>();
            for (Node p : IndexEntries.NAMES) {
                dsg.find(g, Node.ANY, p, Node.ANY).forEachRemaining(q -> {
                    entries.add(q.asTriple());
                    named.add(q.getSubject());
                });
            }
            dsg.find(g, Node.ANY, CG.contentText.asNode(), Node.ANY).forEachRemaining(
                    q -> entries.addAll(IndexEntries.ofSubject(List.of(q.asTriple()))));
            entries.forEach(t -> dsg.add(GRAPH, t.getSubject(), t.getPredicate(), t.getObject()));
            PageKeys.add(dsg, PageKeys.entries(dsg, g));
        }
        named.forEach(s -> recompute(dsg, s));
        dsg.add(GRAPH, GRAPH, VERSION_PREDICATE, VERSION_VALUE);
    }

    /**
     * Builds the index of a store that has articles but no index, or an index of another layout (written
     * by an older version, or by a tool other than claimgraph's writers). Returns whether it did.
     */
    public static boolean ensure(DatasetGraph dsg) {
        boolean missing = Txn.calculateRead(dsg, () -> !dsg.contains(GRAPH, GRAPH, VERSION_PREDICATE, VERSION_VALUE)
                && hasArticles(dsg));
        if (missing) {
            Txn.executeWrite(dsg, () -> rebuild(dsg));
        }
        return missing;
    }

    private static boolean hasArticles(DatasetGraph dsg) {
        var graphs = dsg.listGraphNodes();
        while (graphs.hasNext()) {
            if (isArticleGraph(graphs.next())) {
                return true;
            }
        }
        return false;
    }
}
