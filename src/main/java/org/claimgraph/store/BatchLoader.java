package org.claimgraph.store;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.claimgraph.extract.AttributionExtractor;
import org.claimgraph.ingest.Article;
import org.claimgraph.ingest.IngestProblem;
import org.claimgraph.ingest.IngestResult;
import org.claimgraph.rdf.ArticleGraph;
import org.claimgraph.rdf.ClaimGraphs;

/**
 * The fast ingest path: extraction on all cores, writes committed several articles per TDB2 write
 * transaction, memory bounded by a fixed window of articles however long the input is.
 *
 * <p>Per-article atomicity is kept in two ways. An article's graph is built completely, outside any
 * transaction, before it joins a batch, so a failing extraction never reaches the store. And if the
 * store refuses a batch, nothing of it was committed; its articles are then written again one
 * transaction each, so the one that fails is reported and the others still load. Articles are written
 * in input order, so a later input of the same origin replaces an earlier one as with
 * {@link ClaimStore#replace}.
 */
public final class BatchLoader {

    public static final int DEFAULT_BATCH_SIZE = 128;
    /**
     * A batch is also committed once it holds this many triples, so that long articles cannot make one
     * transaction (and the work a crash throws away) arbitrarily large. It is set well above a batch of
     * ordinary articles (PolNeAR's give about 2,000 triples each): every TDB2 commit appends a fresh
     * copy of each index and node-table block it touches, so the store's size on disk grows with the
     * number of commits, and at 10,000 triples per commit a 10,000-article load outgrew the disk.
     */
    public static final int DEFAULT_BATCH_TRIPLES = 250_000;
    /**
     * Free disk space a commit must find first. TDB2 never rewrites a block in place: every commit
     * appends new copies of the blocks it touches (tens of MB for a batch into a large store) and the
     * old ones stay until the store is compacted; a file system that cannot grow a memory-mapped file
     * kills the JVM mid-write, so the loader stops before that.
     */
    public static final long DEFAULT_MIN_FREE_BYTES = 1L << 30;

    private final ClaimStore store;
    private final Supplier<? extends AttributionExtractor> extractors;
    private final Consumer<IngestProblem> problems;
    private final Consumer<ArticleGraph> loaded;
    private final int threads;
    private final int batchSize;
    private final int batchTriples;
    private final long minFreeBytes;

    /**
     * @param store      where the articles go
     * @param extractors makes an extractor for each worker thread, so that extractors need not be
     *                   thread-safe
     * @param problems   told of every input that is skipped, with its origin and the reason
     */
    public BatchLoader(ClaimStore store, Supplier<? extends AttributionExtractor> extractors,
                       Consumer<IngestProblem> problems) {
        this(store, extractors, problems, article -> { }, Runtime.getRuntime().availableProcessors(),
                DEFAULT_BATCH_SIZE, DEFAULT_BATCH_TRIPLES, DEFAULT_MIN_FREE_BYTES);
    }

    private BatchLoader(ClaimStore store, Supplier<? extends AttributionExtractor> extractors,
                        Consumer<IngestProblem> problems, Consumer<ArticleGraph> loaded, int threads,
                        int batchSize, int batchTriples, long minFreeBytes) {
        if (threads < 1 || batchSize < 1 || batchTriples < 1) {
            throw new IllegalArgumentException("threads and batch sizes must be positive");
        }
        this.store = store;
        this.extractors = extractors;
        this.problems = problems;
        this.loaded = loaded;
        this.threads = threads;
        this.batchSize = batchSize;
        this.batchTriples = batchTriples;
        this.minFreeBytes = minFreeBytes;
    }

    /** The same loader extracting on {@code n} threads (default: one per core). */
    public BatchLoader threads(int n) {
        return new BatchLoader(store, extractors, problems, loaded, n, batchSize, batchTriples, minFreeBytes);
    }

    /** The same loader committing up to {@code n} articles per write transaction. */
    public BatchLoader batchSize(int n) {
        return new BatchLoader(store, extractors, problems, loaded, threads, n, batchTriples, minFreeBytes);
    }

    /** The same loader committing a batch once it holds {@code n} triples, however few articles. */
    public BatchLoader batchTriples(int n) {
        return new BatchLoader(store, extractors, problems, loaded, threads, batchSize, n, minFreeBytes);
    }

    /** The same loader telling {@code listener} of each article once its transaction has committed. */
    public BatchLoader whenLoaded(Consumer<ArticleGraph> listener) {
        return new BatchLoader(store, extractors, problems, listener, threads, batchSize, batchTriples, minFreeBytes);
    }

    /** The same loader refusing to start a commit with less than {@code bytes} free on the store's disk. */
    public BatchLoader minFreeBytes(long bytes) {
        return new BatchLoader(store, extractors, problems, loaded, threads, batchSize, batchTriples, bytes);
    }

    /**
     * Extracts and loads every article of {@code inputs}; {@link IngestProblem}s among them are passed
     * to the problem reporter. The inputs are pulled lazily, so a lazy iterator keeps heap flat.
     */
    public LoadReport load(Iterator<? extends IngestResult> inputs) {
        ExecutorService pool = Executors.newFixedThreadPool(threads, workers());
        ThreadLocal<ClaimGraphs> graphs = ThreadLocal.withInitial(() -> new ClaimGraphs(extractors.get()));
        try {
            return write(inputs, input -> pool.submit(() -> build(input, graphs.get())));
        } finally {
            pool.shutdownNow();
        }
    }

    public LoadReport load(Stream<? extends IngestResult> inputs) {
        return load(inputs.iterator());
    }

    /** Loads graphs already built (by {@link ClaimGraphs} or a dump), with the same batching. */
    public LoadReport loadGraphs(Iterator<ArticleGraph> graphs) {
        return write(graphs, g -> CompletableFuture.completedFuture(g));
    }

    /** An article's graph, or the problem that kept it out; never throws for a bad article. */
    private static Object build(IngestResult input, ClaimGraphs graphs) {
        if (input instanceof IngestProblem p) {
            return p;
        }
        Article article = (Article) input;
        try {
            return graphs.of(article);
        } catch (RuntimeException e) {
            return new IngestProblem(article.origin(), describe(e));
        }
    }

    /**
     * Keeps up to two batches of articles in flight (being extracted or waiting), takes them back in
     * input order and commits each full batch. The window is what bounds memory: the input is not
     * read further until the oldest article is written.
     */
    private <T> LoadReport write(Iterator<? extends T> inputs,
                                 Function<T, Future<?>> start) {
        int window = 2 * batchSize + threads;
        Deque<Future<?>> inFlight = new ArrayDeque<>(window);
        List<ArticleGraph> batch = new ArrayList<>(batchSize);
        long triplesInBatch = 0;
        Tally tally = new Tally();
        while (true) {
            while (inFlight.size() < window && inputs.hasNext()) {
                inFlight.add(start.apply(inputs.next()));
            }
            if (inFlight.isEmpty()) {
                break;
            }
            Object outcome = await(inFlight.poll());
            if (outcome instanceof IngestProblem p) {
                tally.problem(p);
            } else {
                ArticleGraph graph = (ArticleGraph) outcome;
                batch.add(graph);
                triplesInBatch += graph.model().size();
                if (batch.size() >= batchSize || triplesInBatch >= batchTriples) {
                    commit(batch, tally);
                    triplesInBatch = 0;
                }
            }
        }
        commit(batch, tally);
        return tally.report();
    }

    private void commit(List<ArticleGraph> batch, Tally tally) {
        if (batch.isEmpty()) {
            return;
        }
        long free = store.usableSpace();
        if (free < minFreeBytes) {
            throw new StoreFullException(String.format(java.util.Locale.ROOT,
                    "stopped before writing %d more article(s): only %d MB left on the store's disk, %d MB needed"
                            + " (TDB2 appends a copy of every block a commit touches; compact the store or free"
                            + " space, then ingest again)", batch.size(), free >> 20, minFreeBytes >> 20));
        }
        try {
            store.replaceAll(batch);
            tally.transactions++;
            batch.forEach(tally::loaded);
        } catch (RuntimeException batchFailure) {
            // The transaction was aborted whole. Write the articles one by one so that only the one the
            // store refuses is lost, and it is named.
            for (ArticleGraph article : batch) {
                try {
                    store.replaceAll(List.of(article));
                    tally.transactions++;
                    tally.loaded(article);
                } catch (RuntimeException e) {
                    tally.problem(new IngestProblem(article.origin(), describe(e)));
                }
            }
        }
        batch.clear();
    }

    private static Object await(Future<?> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while loading", e);
        } catch (ExecutionException e) {
            // build() turns every RuntimeException into a problem; what is left is an Error.
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    private static ThreadFactory workers() {
        AtomicInteger n = new AtomicInteger();
        return task -> {
            Thread t = new Thread(task, "claimgraph-extract-" + n.incrementAndGet());
            t.setDaemon(true); // never keep the JVM alive after the caller gave up
            return t;
        };
    }

    private static String describe(Throwable e) {
        String message = e.getMessage();
        return e.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }

    /** Running totals; touched only by the writing thread. */
    private final class Tally {
        int articles;
        int claims;
        long triples;
        int problemCount;
        int transactions;

        void loaded(ArticleGraph article) {
            loaded.accept(article);
            articles++;
            claims += article.claims();
            triples += article.model().size();
        }

        void problem(IngestProblem p) {
            problemCount++;
            problems.accept(p);
        }

        LoadReport report() {
            return new LoadReport(articles, claims, triples, problemCount, transactions);
        }
    }
}
