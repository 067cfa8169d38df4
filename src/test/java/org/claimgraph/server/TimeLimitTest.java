package org.claimgraph.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.http.QueryExecHTTP;
import org.claimgraph.query.ClaimFixture;
import org.claimgraph.query.QueryCatalog;
import org.claimgraph.store.ClaimStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A runaway query (a four-way cross product: about 195^4 = 1.4e9 rows on the fixture) must be stopped by
 * the server's time limit, set to 1 s here, whatever the client asks.
 */
class TimeLimitTest {

    private static final String CROSS = "{ ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }";
    private static final Duration WELL_WITHIN = Duration.ofSeconds(15);

    @TempDir
    static Path dir;

    private static ClaimStore store;
    private static ClaimServer server;
    private static HttpProbe http;

    @BeforeAll
    static void start() throws Exception {
        store = ClaimStore.open(dir.resolve("db"));
        new ClaimFixture().load(store);
        assertTrue(store.size() > 150, "enough triples for a runaway cross product");
        Path queries = Files.createDirectories(dir.resolve("queries"));
        Files.writeString(queries.resolve("runaway.rq"), """
                # Question: How many rows does everything times everything have?
                # Parameters: none
                # Columns: n
                SELECT (COUNT(*) AS ?n) %s
                """.formatted(CROSS));
        server = ClaimServer.start(store.datasetGraph(), QueryCatalog.fromDirectory(queries),
                ServerSettings.readOnly(0, Duration.ofSeconds(1)));
        http = new HttpProbe(server.baseUrl());
    }

    @AfterAll
    static void stop() {
        server.stop();
        store.close();
    }

    @Test
    void aggregateOverACrossProductGets503() {
        long start = System.nanoTime();
        // The client's own "timeout" parameter (seconds) cannot raise the server's limit.
        HttpResponse<String> r = http.send("POST", "/claims/sparql?timeout=600",
                "application/sparql-query", "SELECT (COUNT(*) AS ?n) " + CROSS);
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        assertEquals(503, r.statusCode(), r.body());
        assertTrue(took.compareTo(WELL_WITHIN) < 0, "took " + took);
    }

    @Test
    void streamingSelectOverACrossProductIsCutOff() {
        long start = System.nanoTime();
        RuntimeException e = assertThrows(RuntimeException.class, () -> {
            try (QueryExec exec = QueryExecHTTP.service(server.queryUrl()).query("SELECT * " + CROSS).build()) {
                exec.select().forEachRemaining(row -> { });
            }
        });
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        // Fuseki streams SELECT results, so the status line (200) is gone when the limit strikes: the
        // server stops writing and the client sees a cut-off result document.
        assertTrue(e.getMessage() != null && !e.getMessage().contains("400"), e.toString());
        assertTrue(took.compareTo(WELL_WITHIN) < 0, "took " + took);
    }

    @Test
    void storedQueryOverTheLimitGets503() {
        long start = System.nanoTime();
        HttpResponse<String> r = http.get("/claims/stored/runaway");
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        assertEquals(503, r.statusCode(), r.body());
        assertTrue(r.body().contains("time limit"), r.body());
        assertTrue(took.compareTo(WELL_WITHIN) < 0, "took " + took);
    }
}
