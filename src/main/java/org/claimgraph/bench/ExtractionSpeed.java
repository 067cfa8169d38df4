package org.claimgraph.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.claimgraph.extract.Extractors;
import org.claimgraph.ingest.Article;
import org.claimgraph.rdf.ArticleGraph;
import org.claimgraph.rdf.ClaimGraphs;

/**
 * Extraction throughput as the store sees it: article in, complete named graph out (attribution
 * finding plus graph building), in words of input per second.
 */
final class ExtractionSpeed {

    private ExtractionSpeed() {
    }

    /**
     * On the calling thread only, timed on a second pass over {@code articles}. A few warm-up articles
     * left most of the graph stage interpreted and measured JIT compilation rather than extraction
     * (about a third of the steady rate); an ingest of many articles runs compiled code.
     */
    static Rate oneCore(List<Article> articles) {
        ClaimGraphs graphs = new ClaimGraphs(Extractors.all());
        articles.forEach(graphs::of);
        Rate.Stopwatch watch = Rate.start();
        long triples = 0;
        for (Article a : articles) {
            triples += graphs.of(a).model().size();
        }
        Rate rate = watch.stop(words(articles));
        if (triples < 0) {
            throw new AssertionError(); // keeps the graphs observable, so no work is optimised away
        }
        return rate;
    }

    /**
     * On {@code threads} threads, one article per task; returns the graphs too (in input order), since
     * the benchmark loads them afterwards.
     */
    static Timed allCores(List<Article> articles, int threads) {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            ThreadLocal<ClaimGraphs> graphs = ThreadLocal.withInitial(() -> new ClaimGraphs(Extractors.all()));
            long start = System.nanoTime();
            List<Future<ArticleGraph>> futures = new ArrayList<>(articles.size());
            for (Article a : articles) {
                futures.add(pool.submit(() -> graphs.get().of(a)));
            }
            List<ArticleGraph> out = new ArrayList<>(articles.size());
            for (Future<ArticleGraph> f : futures) {
                out.add(f.get());
            }
            long nanos = System.nanoTime() - start;
            return new Timed(words(articles) / (Math.max(nanos, 1) / 1e9), out);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("extraction failed", e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    record Timed(double wordsPerSecond, List<ArticleGraph> graphs) {
    }

    private static long words(List<Article> articles) {
        return articles.stream().mapToLong(a -> BenchCorpus.words(a.text())).sum();
    }
}
