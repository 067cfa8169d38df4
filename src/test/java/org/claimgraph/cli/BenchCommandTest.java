package org.claimgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.claimgraph.query.QueryCatalog;
import org.claimgraph.query.StoredQuery;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bench command on the seeds at a tiny scale: every key scripts read is there and sane. Not a timing test. */
class BenchCommandTest {

    @TempDir
    Path dir;

    private static final List<String> RATES = List.of("extract_words_per_sec_per_core",
            "extract_words_per_sec_all_cores", "tokenize_pos_words_per_sec", "ingest_triples_per_sec",
            "jena_bulk_loader_triples_per_sec", "peak_heap_mb");

    @Test
    void printsEveryKeyWithASaneValue() {
        Path home = Path.of(System.getProperty("claimgraph.home", "."));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        var cli = ClaimgraphCommand.commandLine(true);
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int exit = cli.execute("bench", "--corpus", dir.resolve("no-polnear").toString(),
                "--seeds", home.resolve("data/articles").toString(), "--queries", home.resolve("queries").toString(),
                "--articles", "7", "--scales", "1,N", "--queries-runs", "2", "--batch", "3",
                "--store", dir.resolve("stores").toString(), "--format", "json");
        assertEquals(0, exit, err.toString());

        JsonObject json = JSON.parse(out.toString());
        for (String key : RATES) {
            double v = json.get(key).getAsNumber().value().doubleValue();
            assertTrue(v > 0 && Double.isFinite(v), key + " = " + v);
        }
        assertEquals(7, json.get("scale_articles").getAsNumber().value().intValue());
        long triples = json.get("scale_triples").getAsNumber().value().longValue();
        assertTrue(triples > 7 * 100, "seven seed-sized articles hold more than 700 triples: " + triples);
        for (String key : List.of("query_p50_ms", "query_p95_ms")) {
            JsonObject byQuery = json.get(key).getAsObject();
            List<String> stored = QueryCatalog.fromDirectory(home.resolve("queries")).all().stream()
                    .map(StoredQuery::name).sorted().toList();
            assertEquals(stored, byQuery.keys().stream().sorted().toList(), key + ": every stored query");
            for (String name : byQuery.keys()) {
                JsonValue ms = byQuery.get(name);
                double v = ms.getAsNumber().value().doubleValue();
                assertTrue(v >= 0 && v < 60_000, key + "." + name + " = " + v);
            }
        }
        assertTrue(json.get("machine").getAsObject().get("cores").getAsNumber().value().intValue() >= 1);
        // 1x of the five seeds, then N = 7: the store grew between the two scales
        assertEquals(2, json.get("scales").getAsObject().keys().size());
        // Issues 4 and 5 at N: every article resolved and given to the copy detector at once.
        assertEquals(7, json.get("actor_resolution_articles").getAsNumber().value().intValue());
        assertTrue(json.get("actor_resolution_ms_per_article").getAsNumber().value().doubleValue() > 0);
        assertEquals(7, json.get("copy_detection_articles").getAsNumber().value().intValue());
        // Seeds 002 and 003 tell one story (the replicas beyond the seeds have their names marked apart).
        assertTrue(json.get("copy_detection_pairs").getAsNumber().value().intValue() >= 1, out.toString());
        // Size on disk at N: compaction never grows a store, and it holds the same data afterwards.
        double loaded = json.get("store_mb").getAsNumber().value().doubleValue();
        double compacted = json.get("store_mb_compacted").getAsNumber().value().doubleValue();
        assertTrue(compacted > 0 && compacted <= loaded, "store_mb " + loaded + ", compacted " + compacted);
        assertTrue(json.get("jena_bulk_store_mb").getAsNumber().value().doubleValue() > 0);
        assertTrue(java.nio.file.Files.isDirectory(dir.resolve("stores/claimgraph/Data-0003")),
                "compacted once at each of the two scales");
    }

    @Test
    void textOutputNamesTheMachine() {
        Path home = Path.of(System.getProperty("claimgraph.home", "."));
        StringWriter out = new StringWriter();
        var cli = ClaimgraphCommand.commandLine(true);
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(new StringWriter(), true));
        int exit = cli.execute("bench", "--corpus", dir.resolve("none").toString(),
                "--seeds", home.resolve("data/articles").toString(), "--queries", home.resolve("queries").toString(),
                "--articles", "2", "--queries-runs", "1");
        assertEquals(0, exit);
        assertTrue(out.toString().contains("cores, max heap"), out.toString());
        assertTrue(out.toString().contains("attribution-chain"), out.toString());
        assertTrue(out.toString().contains("store on disk (MB)"), out.toString());
    }
}
