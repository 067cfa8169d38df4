package org.claimgraph.bench;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.ToDoubleFunction;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonNumber;
import org.apache.jena.atlas.json.JsonObject;

/**
 * The benchmark as JSON for scripts. The keys of issue 7 come first and never change:
 * extract_words_per_sec_per_core, extract_words_per_sec_all_cores, tokenize_pos_words_per_sec,
 * ingest_triples_per_sec, jena_bulk_loader_triples_per_sec, query_p50_ms and query_p95_ms (by stored
 * query name, at the largest scale), scale_articles, scale_triples, peak_heap_mb. Context follows under
 * "wall_clock" (the one-thread rates per wall-clock second), "machine", "corpus" and "scales".
 */
public final class BenchReportJson {

    private BenchReportJson() {
    }

    public static String render(BenchResult r) {
        JsonObject json = new JsonObject();
        // Per core: per second of the thread's CPU time, which holds when others share the machine.
        json.put("extract_words_per_sec_per_core", number(r.extractPerCore().perCpuSecond(), 0));
        json.put("extract_words_per_sec_all_cores", number(r.extractAllCores(), 0));
        json.put("tokenize_pos_words_per_sec", number(r.tokenizePos().perCpuSecond(), 0));
        json.put("ingest_triples_per_sec", number(r.ingestTriplesPerSec(), 0));
        json.put("jena_bulk_loader_triples_per_sec", number(r.jenaBulkTriplesPerSec(), 0));
        json.put("query_p50_ms", byQuery(r.largest().queries(), Latency::p50));
        json.put("query_p95_ms", byQuery(r.largest().queries(), Latency::p95));
        json.put("query_worst_p50_ms", QueryLatency.worstCases(r.largest().queries(), Latency::p50));
        json.put("query_worst_p95_ms", QueryLatency.worstCases(r.largest().queries(), Latency::p95));
        json.put("scale_articles", r.largest().articles());
        json.put("scale_triples", r.largest().triples());
        json.put("peak_heap_mb", number(r.peakHeapMb(), 1));
        // Size on disk at the largest scale (MiB of file length), as loaded and compacted.
        json.put("store_mb", number(r.largest().storeMb(), 1));
        json.put("store_mb_compacted", number(r.largest().storeMbCompacted(), 1));
        json.put("jena_bulk_store_mb", number(r.jenaBulkStoreMb(), 1));

        // Issues 4 and 5: cross-corpus work that must not grow faster than the corpus.
        CorpusScaling c = r.scaling();
        json.put("actor_resolution_ms_per_article", number(c.resolutionMs(), 3));
        json.put("actor_resolution_ms_per_article_at_1k", number(c.resolutionMsSmall(), 3));
        json.put("actor_resolution_articles", c.resolutionArticles());
        json.put("copy_detection_seconds", number(c.copySeconds(), 2));
        json.put("copy_detection_articles", c.copyArticles());
        json.put("copy_detection_pairs", c.copyPairs());

        JsonObject wall = new JsonObject();
        wall.put("extract_words_per_sec_per_core", number(r.extractPerCore().perWallSecond(), 0));
        wall.put("tokenize_pos_words_per_sec", number(r.tokenizePos().perWallSecond(), 0));
        json.put("wall_clock", wall);

        JsonObject machine = new JsonObject();
        machine.put("cores", r.machine().cores());
        machine.put("max_heap_mb", number(r.machine().maxHeapMb(), 0));
        machine.put("jvm", r.machine().jvm());
        machine.put("os", r.machine().os());
        machine.put("load_average_start", number(r.machine().loadAtStart(), 2));
        machine.put("load_average_end", number(r.machine().loadAtEnd(), 2));
        json.put("machine", machine);

        JsonObject corpus = new JsonObject();
        corpus.put("source", r.corpus());
        corpus.put("base_articles", r.baseArticles());
        corpus.put("base_words", r.baseWords());
        corpus.put("timed_sample_words", r.sampleWords());
        corpus.put("ingest_compare_articles", r.compareArticles());
        corpus.put("ingest_compare_triples", r.compareTriples());
        corpus.put("batch_size", r.batchSize());
        json.put("corpus", corpus);

        JsonObject scales = new JsonObject();
        for (ScaleResult s : r.scales()) {
            JsonObject scale = new JsonObject();
            scale.put("triples", s.triples());
            scale.put("load_seconds", number(s.loadSeconds(), 2));
            scale.put("live_heap_mb", number(s.liveHeapMb(), 1));
            scale.put("store_mb", number(s.storeMb(), 1));
            scale.put("store_mb_compacted", number(s.storeMbCompacted(), 1));
            scale.put("compact_seconds", number(s.compactSeconds(), 2));
            scale.put("query_p50_ms", byQuery(s.queries(), Latency::p50));
            scale.put("query_p95_ms", byQuery(s.queries(), Latency::p95));
            scales.put(Long.toString(s.articles()), scale);
        }
        json.put("scales", scales);
        return JSON.toString(json);
    }

    private static JsonObject byQuery(Map<String, Latency> queries, ToDoubleFunction<Latency> value) {
        JsonObject out = new JsonObject();
        new TreeMap<>(queries).forEach((name, latency) -> { if (!QueryLatency.isWorstCase(name)) out.put(name, number(value.applyAsDouble(latency), 2)); });
        return out;
    }

    private static JsonNumber number(double value, int decimals) {
        return JsonNumber.value(BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP));
    }
}
