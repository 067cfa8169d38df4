package org.claimgraph.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.Optional;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.TDB2Factory;
import org.claimgraph.rdf.ArticleGraph;
import org.claimgraph.rdf.LegacySpans;
import org.claimgraph.rdf.Vocab.CG;
import org.claimgraph.store.index.QueryIndex;

/**
 * The claim graph on disk: a TDB2 dataset with one named graph per article. The default graph that
 * queries see is the union of all named graphs.
 */
public final class ClaimStore implements AutoCloseable {

    private final Dataset dataset;
    /** Where the store lives on disk; empty for an in-memory store. */
    private final Optional<Path> directory;
    private volatile ArticleRemoval removal = ArticleRemoval.NONE;

    private ClaimStore(Dataset dataset, Optional<Path> directory) {
        this.dataset = dataset;
        this.directory = directory;
        // Queries ask about claims across articles; each article keeps its own graph for replacement.
        dataset.getContext().set(TDB2.symUnionDefaultGraph, true);
    }

    /**
     * Tells {@code listener} of every article graph this store removes from now on, in the removing
     * transaction (replacing any listener set before).
     */
    public ClaimStore whenRemoving(ArticleRemoval listener) {
        this.removal = listener;
        return this;
    }

    /** Opens (creating if needed) the TDB2 store in {@code directory}. */
    public static ClaimStore open(Path directory) {
        ClaimStore store = new ClaimStore(TDB2Factory.connectDataset(directory.toString()), Optional.of(directory));
        // a store written before evidence spans were fragment IRIs: rewritten once, before anything reads it
        LegacySpans.migrate(store.datasetGraph());
        QueryIndex.ensure(store.datasetGraph());
        return store;
    }

    /** An in-memory store, for extraction without a database and for tests. */
    public static ClaimStore inMemory() {
        return new ClaimStore(TDB2Factory.createDataset(), Optional.empty());
    }

    public Dataset dataset() {
        return dataset;
    }

    public DatasetGraph datasetGraph() {
        return dataset.asDatasetGraph();
    }

    /**
     * Puts an article's graph in the store in one transaction, first removing whatever an earlier load
     * of the same origin left (the same graph if the text is unchanged, an older version if it changed).
     * A failure anywhere aborts the transaction, leaving the store as it was before this article.
     *
     * <p>One input can hold several stories, each its own article graph with the same origin. Their
     * graphs name all the stories of their page (cg:hasStory), so loading one story keeps its siblings
     * from the same page text and removes everything else the origin left: an older version of the
     * page, or stories cut differently before.
     */
    public void replace(ArticleGraph article) {
        Txn.executeWrite(dataset, () -> put(dataset.asDatasetGraph(), article, removal));
    }

    /**
     * Puts several articles in the store in one transaction, each exactly as {@link #replace} would, in
     * list order (so a later article of the same origin wins). Committing many articles at once saves a
     * journal sync per article; the price is that a failure aborts them all, so a caller wanting
     * per-article outcomes retries the articles one by one ({@link BatchLoader} does).
     */
    public void replaceAll(List<ArticleGraph> articles) {
        Txn.executeWrite(dataset, () -> {
            DatasetGraph dsg = dataset.asDatasetGraph();
            for (ArticleGraph article : articles) {
                put(dsg, article, removal);
            }
        });
    }

    /**
     * Bytes free on the store's file system (unbounded for an in-memory store). TDB2 grows its files by
     * memory-mapping past their end; when the file system cannot supply the pages, the JVM dies with
     * "a fault occurred in a recent unsafe memory access operation" in the middle of a write, so writers
     * check this first and stop cleanly instead.
     */
    public long usableSpace() {
        if (directory.isEmpty()) {
            return Long.MAX_VALUE;
        }
        try {
            return Files.getFileStore(directory.get()).getUsableSpace();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void put(DatasetGraph dsg, ArticleGraph article, ArticleRemoval removal) {
        QueryIndex.Update index = QueryIndex.before(dsg, article.origin());
        Node name = NodeFactory.createURI(article.name());
        Set<Node> siblings = siblingsOf(article, name);
        for (Node old : graphsFromOrigin(dsg, article.origin())) {
            if (!siblings.contains(old)) {
                removal.removing(dsg, old);
                dsg.removeGraph(old);
            }
        }
        dsg.addGraph(name, article.model().getGraph());
        index.after(dsg, article.model().getGraph());
    }

    /** The other stories of the article's page, as its own graph lists them. */
    private static Set<Node> siblingsOf(ArticleGraph article, Node name) {
        Set<Node> siblings = new HashSet<>();
        article.model().getGraph().find(Node.ANY, CG.hasStory.asNode(), Node.ANY)
                .forEachRemaining(t -> siblings.add(t.getObject()));
        siblings.remove(name);
        return siblings;
    }

    /** Replaces the named graph {@code name} whole, in one transaction: for graphs computed over the store. */
    public void replaceGraph(Node name, org.apache.jena.graph.Graph graph) {
        Txn.executeWrite(dataset, () -> {
            DatasetGraph dsg = dataset.asDatasetGraph();
            dsg.removeGraph(name);
            dsg.addGraph(name, graph);
        });
    }

    private static List<Node> graphsFromOrigin(DatasetGraph dsg, String origin) {
        List<Node> graphs = new ArrayList<>();
        dsg.find(Node.ANY, Node.ANY, CG.origin.asNode(), NodeFactory.createLiteralString(origin))
                .forEachRemaining((Quad q) -> {
                    if (!q.isDefaultGraph() && !graphs.contains(q.getGraph())) {
                        graphs.add(q.getGraph());
                    }
                });
        return graphs;
    }

    /** Number of quads in all named graphs. */
    public long size() {
        return Txn.calculateRead(dataset,
                () -> Iter.count(dataset.asDatasetGraph().find(Node.ANY, Node.ANY, Node.ANY, Node.ANY)));
    }

    @Override
    public void close() {
        dataset.close();
    }
}
