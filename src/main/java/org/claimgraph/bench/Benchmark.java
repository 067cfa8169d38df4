package org.claimgraph.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.claimgraph.extract.Extractors;
import org.claimgraph.ingest.Article;
import org.claimgraph.query.QueryCatalog;
import org.claimgraph.store.AutoCompaction;
import org.claimgraph.store.BatchLoader;
import org.claimgraph.store.Compaction;
import org.claimgraph.store.DiskFootprint;
import org.claimgraph.store.StoreFullException;
import org.claimgraph.store.ClaimStore;
import org.claimgraph.store.LoadReport;

/**
 * One benchmark run, in this order: extraction speed on one core and on all cores, the OpenNLP floor,
 * then a store grown by claimgraph's loader through each scale (queries timed at each), with Jena's bulk
 * loader loading the same quads into a second store for comparison.
 */
public final class Benchmark {

    /** Words timed for the one-core figures: a few seconds of the slower OpenNLP floor. */
    static final long SAMPLE_WORDS = 150_000;
    static final long WARM_UP_ARTICLES = 50;
    private static final double MB = 1024.0 * 1024.0;

    /**
     * @param articles    N, the largest scale, in articles (null: ten times the base corpus)
     * @param scales      "1", "10" (multiples of the base corpus) and "N"
     * @param store       directory for the stores (null: a temporary directory, deleted afterwards)
     * @param queryRuns   timed runs of each stored query at each scale
     * @param batchSize   articles per write transaction
     * @param polnear     PolNeAR's root (with train/ and dev/)
     * @param seeds       the seed articles, used when PolNeAR is absent
     */
    public record Settings(Long articles, List<String> scales, Path store, int queryRuns, int batchSize,
                           Path polnear, Path seeds, QueryCatalog queries) {
    }

    private final Settings settings;
    private final PrintWriter progress;

    public Benchmark(Settings settings, PrintWriter progress) {
        this.settings = settings;
        this.progress = progress;
    }

    public BenchResult run() throws IOException {
        double loadAtStart = Machine.loadAverage();
        try (HeapPeak heap = new HeapPeak()) {
            return run(loadAtStart, heap);
        }
    }

    private BenchResult run(double loadAtStart, HeapPeak heap) throws IOException {
        int cores = Runtime.getRuntime().availableProcessors();
        BenchCorpus corpus = BenchCorpus.load(settings.polnear(), settings.seeds());
        long baseWords = corpus.words();
        say("corpus: %d articles, %d words (%s)", corpus.articles().size(), baseWords, corpus.description());

        List<Article> sample = corpus.sample(SAMPLE_WORDS);
        long sampleWords = sample.stream().mapToLong(a -> BenchCorpus.words(a.text())).sum();
        Rate floor = new TaggingFloor().wordsPerSecond(sample);
        say("OpenNLP tokenize+POS: %.0f words per CPU second (%.0f per wall-clock second) on one thread",
                floor.perCpuSecond(), floor.perWallSecond());
        Rate perCore = ExtractionSpeed.oneCore(sample);
        say("extraction: %.0f words per CPU second (%.0f per wall-clock second) on one thread",
                perCore.perCpuSecond(), perCore.perWallSecond());
        ExtractionSpeed.Timed all = ExtractionSpeed.allCores(corpus.articles(), cores);
        say("extraction: %.0f words/s on %d cores", all.wordsPerSecond(), cores);
        long n = settings.articles() != null ? settings.articles() : 10L * corpus.articles().size();
        CorpusScaling scaling = CorpusScaling.measure(corpus.articles(), n);
        say("actor resolution (mentions, actors, events): %.2f CPU ms/article over %d articles, %.2f over %d;"
                        + " copy detection: %.1f s for %d articles, %d pairs",
                scaling.resolutionMsSmall(), scaling.resolutionArticlesSmall(), scaling.resolutionMs(),
                scaling.resolutionArticles(), scaling.copySeconds(), scaling.copyArticles(), scaling.copyPairs());
        Extraction extraction = new Extraction(corpus, baseWords, sampleWords, perCore, all.wordsPerSecond(),
                floor, loadAtStart, scaling);
        Replicas replicas = new Replicas(all.graphs());
        all = null; // the replicas keep a compact copy; let the models go

        List<Long> scales = scales(settings.scales(), replicas.baseSize(), n);
        // The loaders are compared on the base corpus: the same quads, and time left for the largest scale.
        long compare = Math.min(replicas.baseSize(), n);

        Path root = settings.store() != null ? settings.store() : Files.createTempDirectory("claimgraph-bench");
        try {
            return grow(replicas, scales, compare, root, extraction, heap);
        } finally {
            if (settings.store() == null) {
                delete(root);
            }
        }
    }

    private BenchResult grow(Replicas replicas, List<Long> scales, long compare, Path root, Extraction x,
                             HeapPeak heap) {
        warmUp(replicas, Math.min(compare, WARM_UP_ARTICLES), root);
        TreeSet<Long> checkpoints = new TreeSet<>(scales);
        checkpoints.add(compare);
        List<ScaleResult> results = new ArrayList<>();
        QueryLatency latency = new QueryLatency(settings.queries());
        long loaded = 0;
        long triples = 0;
        double secondsToCompare = 0;
        double secondsSinceScale = 0;
        long compareTriples = 0;
        double jena = 0;
        double jenaMb = 0;
        try (ClaimStore store = ClaimStore.open(fresh(root.resolve("claimgraph")))) {
            // Past the loaders' comparison the store compacts itself as a long ingest does, so that a large
            // scale fits on the disk; the comparison itself is timed without.
            AutoCompaction compaction = AutoCompaction.of(store, AutoCompaction.DEFAULT_FACTOR,
                    AutoCompaction.DEFAULT_MIN_BYTES, m -> say("%s", m));
            boolean[] compacting = {false};
            BatchLoader loader = new BatchLoader(store, Extractors::all,
                    p -> say("skipped %s: %s", p.origin(), p.reason())).batchSize(settings.batchSize())
                    .whenLoaded(g -> {
                        if (compacting[0]) {
                            compaction.afterCommit();
                        }
                    });
            for (long checkpoint : checkpoints) {
                long from = loaded;
                long start = System.nanoTime();
                LoadReport report = loader.loadGraphs(LongStream.range(from, checkpoint)
                        .mapToObj(replicas::article).iterator());
                double seconds = (System.nanoTime() - start) / 1e9;
                loaded = checkpoint;
                triples += report.triples();
                secondsSinceScale += seconds;
                if (checkpoint <= compare) {
                    secondsToCompare += seconds;
                }
                say("claimgraph loader: %d articles, %d triples (+%.1f s, %.0f triples/s)",
                        loaded, triples, seconds, report.triples() / seconds);
                if (checkpoint == compare) {
                    compareTriples = triples;
                    // Right after ours, so that both loaders meet the same machine load.
                    jena = BulkLoadSpeed.triplesPerSecond(fresh(root.resolve("jena-bulk")),
                            LongStream.range(0, compare).mapToObj(replicas::article).iterator());
                    jenaMb = DiskFootprint.bytes(root.resolve("jena-bulk")) / MB;
                    say("Jena phased bulk loader: %.0f triples/s (claimgraph: %.0f) on %d articles; %.0f MB on disk"
                                    + " (claimgraph's store: %.0f MB)", jena, compareTriples / secondsToCompare, compare,
                            jenaMb, DiskFootprint.bytes(store) / MB);
                    compacting[0] = true;
                }
                if (scales.contains(checkpoint)) {
                    Map<String, Latency> queries = latency.measure(store, settings.queryRuns());
                    say("queries at %d articles: %s", loaded, queries);
                    double liveHeap = HeapPeak.liveMegabytes();
                    double storeMb = DiskFootprint.bytes(store) / MB;
                    Compaction compacted = compactNow(compaction);
                    double compactedMb = compacted == null ? -1 : compacted.bytesAfter() / MB;
                    say("store at %d articles: %.0f MB on disk, %.0f MB compacted (%.1f s); live heap %.0f MB",
                            loaded, storeMb, compactedMb, compacted == null ? 0 : compacted.seconds(), liveHeap);
                    results.add(new ScaleResult(loaded, triples, secondsSinceScale, queries, liveHeap, storeMb,
                            compactedMb, compacted == null ? 0 : compacted.seconds()));
                    secondsSinceScale = 0;
                }
            }
        }
        double ours = compareTriples / secondsToCompare;
        return new BenchResult(Machine.now(x.loadAtStart()), x.corpus().description(),
                x.corpus().articles().size(), x.baseWords(), x.sampleWords(),
                x.perCore(), x.allCores(), x.floor(), compare, compareTriples, ours, jena, results, heap.megabytes(), settings.batchSize(),
                x.scaling(), jenaMb);
    }

    /** Compacts the store for its compacted size; null when the disk has no room for the copy. */
    private Compaction compactNow(AutoCompaction compaction) {
        try {
            return compaction.compactNow();
        } catch (StoreFullException e) {
            say("%s", e.getMessage());
            return null;
        }
    }

    /** What the first, store-less part of the run measured. */
    private record Extraction(BenchCorpus corpus, long baseWords, long sampleWords, Rate perCore,
                              double allCores, Rate floor, double loadAtStart, CorpusScaling scaling) {
    }

    /**
     * Runs both loaders once on a few articles into throwaway stores, so that neither is timed while the
     * JIT compiles TDB2's code paths (which the second one to run would otherwise inherit warm).
     */
    private void warmUp(Replicas replicas, long articles, Path root) {
        try (ClaimStore store = ClaimStore.open(fresh(root.resolve("warm-up-claimgraph")))) {
            new BatchLoader(store, Extractors::all, p -> { }).batchSize(settings.batchSize())
                    .loadGraphs(LongStream.range(0, articles).mapToObj(replicas::article).iterator());
        }
        BulkLoadSpeed.triplesPerSecond(fresh(root.resolve("warm-up-jena-bulk")),
                LongStream.range(0, articles).mapToObj(replicas::article).iterator());
    }

    /** Article counts for "1", "10", "N": multiples of the base corpus, capped at N; N always included. */
    static List<Long> scales(List<String> tokens, int base, long n) {
        TreeSet<Long> out = new TreeSet<>();
        for (String token : tokens) {
            String t = token.trim();
            long articles = t.equalsIgnoreCase("N") ? n : Long.parseLong(t) * base;
            if (articles < 1) {
                throw new IllegalArgumentException("a scale must be positive: " + token);
            }
            out.add(Math.min(articles, n));
        }
        out.add(n);
        return List.copyOf(out);
    }

    private void say(String format, Object... args) {
        progress.printf("bench: " + format + "%n", args);
        progress.flush();
    }

    private static Path fresh(Path dir) {
        try {
            if (Files.exists(dir)) {
                try (Stream<Path> entries = Files.list(dir)) {
                    if (entries.findAny().isPresent()) {
                        throw new IllegalArgumentException("not an empty directory: " + dir
                                + " (the benchmark needs fresh stores)");
                    }
                }
            }
            Files.createDirectories(dir);
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void delete(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
