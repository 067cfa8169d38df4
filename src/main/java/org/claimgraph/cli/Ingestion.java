package org.claimgraph.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.claimgraph.extract.Extractors;
import org.claimgraph.ingest.Article;
import org.claimgraph.ingest.ArticleReader;
import org.claimgraph.ingest.ChunkedExtractor;
import org.claimgraph.ingest.IngestProblem;
import org.claimgraph.ingest.ReadLimits;
import org.claimgraph.rdf.ArticleGraph;
import org.claimgraph.provenance.StoriesPass;
import org.claimgraph.contradict.ContradictionFinder;
import org.claimgraph.contradict.UpdateReport;
import org.claimgraph.rdf.ClaimGraphs;
import org.claimgraph.store.AutoCompaction;
import org.claimgraph.store.BatchLoader;
import org.claimgraph.store.ClaimStore;
import org.claimgraph.store.LoadReport;

/**
 * Reads inputs, extracts each article and hands its graph on, reporting every input that could not
 * be used with its file name and the reason. One bad article never stops the others. Inputs are read
 * one file at a time, so memory holds one article however large the corpus.
 */
public final class Ingestion {

    /** Articles read but not yet taken by the loader; the loader holds its own window besides. */
    private static final int READ_AHEAD = 16;
    /**
     * Articles per write transaction (the loader also closes a batch at 250,000 triples). A crash loses
     * at most the open batch, and every article stays whole or absent.
     */
    public static final int DEFAULT_BATCH = 64;

    private Ingestion() {
    }

    /**
     * Loads {@code paths} into {@code store}; returns how many inputs were skipped. Articles are
     * extracted on every core and committed several per transaction by {@link BatchLoader}, each
     * article whole or absent; the input is read ahead by a bounded amount only.
     */
    public static int ingest(ClaimStore store, List<Path> paths, ReadLimits limits, PrintWriter err) {
        return ingest(store, paths, limits, DEFAULT_BATCH, err);
    }

    /** As {@link #ingest(ClaimStore, List, ReadLimits, PrintWriter)}, with {@code batch} articles per transaction at most. */
    public static int ingest(ClaimStore store, List<Path> paths, ReadLimits limits, int batch, PrintWriter err) {
        return ingest(store, paths, limits, batch, AutoCompaction.off(), err);
    }

    /** As {@link #ingest(ClaimStore, List, ReadLimits, int, PrintWriter)}, compacting the store between batches as {@code compaction} says. */
    public static int ingest(ClaimStore store, List<Path> paths, ReadLimits limits, int batch, AutoCompaction compaction,
                             PrintWriter err) {
        // Only the names are kept, for the contradiction pass: a few dozen bytes per article.
        List<String> loaded = new ArrayList<>();
        long start = System.nanoTime();
        LoadReport report;
        // A page reloaded with new text is a new article; its old claims leave the contradiction index
        // in the transaction that removes them, so the pass below never sweeps the store for them.
        store.whenRemoving(ContradictionFinder::forget);
        try (ReadAhead inputs = new ReadAhead(paths, limits, READ_AHEAD)) {
            report = new BatchLoader(store, () -> new ChunkedExtractor(Extractors.all()), p -> {
                err.println("claimgraph: skipped " + p.origin() + ": " + p.reason());
                err.flush();
            }).batchSize(batch).whenLoaded(graph -> { loaded.add(graph.name()); compaction.afterCommit(); }).load(inputs);
        }
        int problems = report.problems();
        // Copies of one story span articles: once the articles are in, compare only the new articles'
        // shingles and claims with what the store already holds (both passes keep an index graph).
        long loadedAt = System.nanoTime();
        StoriesPass.update(store, loaded);
        long storiesAt = System.nanoTime();
        UpdateReport contradictions = ContradictionFinder.update(store, loaded);
        long end = System.nanoTime();
        err.printf("claimgraph: loaded %d article(s) with %d claim(s); %d input(s) skipped; "
                        + "%d contradiction(s) in the store%n",
                report.articles(), report.claims(), problems, contradictions.contradictionsInGraph());
        // Where the time went, so that a slow run says which stage to look at.
        err.printf("claimgraph: %.1f s: articles %.1f s (%d transaction(s)), story copies %.1f s,"
                        + " contradictions %.1f s%n", seconds(end - start), seconds(loadedAt - start),
                report.transactions(), seconds(storiesAt - loadedAt), seconds(end - storiesAt));
        err.flush();
        return problems;
    }

    public static int ingest(ClaimStore store, List<Path> paths, PrintStream err) {
        return ingest(store, paths, ReadLimits.DEFAULT, writer(err));
    }

    /** Extracts every readable article of {@code paths} and passes its graph to {@code sink}. */
    public static int run(List<Path> paths, ReadLimits limits, PrintWriter err, Consumer<ArticleGraph> sink) {
        // Long texts are extracted in pieces, so no input can make extraction worse than linear.
        ClaimGraphs graphs = new ClaimGraphs(new ChunkedExtractor(Extractors.all()));
        int[] problems = {0};
        new ArticleReader(limits).read(paths, result -> {
            if (result instanceof IngestProblem p) {
                err.println("claimgraph: skipped " + p.origin() + ": " + p.reason());
                err.flush();
                problems[0]++;
                return;
            }
            Article article = (Article) result;
            try {
                sink.accept(graphs.of(article));
            } catch (RuntimeException e) {
                // A bug or a store failure on one article: report it, keep the store as it was, go on.
                err.println("claimgraph: skipped " + article.origin() + ": " + describe(e));
                err.flush();
                problems[0]++;
            }
        });
        return problems[0];
    }

    public static int run(List<Path> paths, PrintStream err, Consumer<ArticleGraph> sink) {
        return run(paths, ReadLimits.DEFAULT, writer(err), sink);
    }

    private static PrintWriter writer(PrintStream err) {
        return new PrintWriter(err, true);
    }

    private static double seconds(long nanos) {
        return nanos / 1e9;
    }

    private static String describe(Throwable e) {
        String message = e.getMessage();
        return e.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }
}
