package org.claimgraph.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.claimgraph.cli.Ingestion;
import org.claimgraph.ingest.ReadLimits;
import org.claimgraph.query.QueryCatalog;
import org.claimgraph.server.ClaimServer;
import org.claimgraph.server.ServerSettings;
import org.claimgraph.store.ClaimStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * While an ingest writes to the TDB2 store behind a running server, {@value #CLIENTS} clients query it
 * over loopback: the SPARQL endpoint and a stored query. Every answer must be a 200 that parses, and
 * since the ingest only adds articles, no client may ever see the claim count go down (each read is a
 * consistent snapshot: TDB2 readers never see half a write transaction).
 */
class ConcurrentReadersTest {

    private static final int CLIENTS = 8;
    private static final int ARTICLES = 15;
    private static final int MAX_REQUESTS_PER_CLIENT = 60;
    /** Between a client's requests, so that 8 clients on 2 cores leave the writer some CPU. */
    private static final long PAUSE_MILLIS = 50;
    private static final Duration TIME_LIMIT = Duration.ofSeconds(45);
    private static final String COUNT = "PREFIX cg: <https://w3id.org/claimgraph/ontology#>\n"
            + "SELECT (COUNT(DISTINCT ?c) AS ?n) { ?c a cg:Claim }";

    @TempDir
    Path dir;

    @Test
    void readersSeeConsistentGrowingAnswersWhileIngestWrites() throws Exception {
        try (ScratchDirectory scratch = new ScratchDirectory(dir)) {
            run(scratch.path());
        }
    }

    private void run(Path dir) throws Exception {
        Path corpus = Files.createDirectories(dir.resolve("corpus"));
        for (int i = 0; i < ARTICLES; i++) {
            Files.writeString(corpus.resolve(String.format("c%03d.txt", i)), NewsText.article(i) + NewsText.of(800, i));
        }
        try (ClaimStore store = ClaimStore.open(dir.resolve("db"))) {
            ClaimServer server = ClaimServer.start(store.datasetGraph(), QueryCatalog.fromClasspath(),
                    ServerSettings.readOnly(0, Duration.ofSeconds(10)));
            AtomicBoolean ingesting = new AtomicBoolean(true);
            ExecutorService pool = Executors.newFixedThreadPool(CLIENTS + 1);
            try {
                StringWriter ingestLog = new StringWriter();
                Future<Integer> ingest = pool.submit(() -> {
                    try {
                        return Ingestion.ingest(store, List.of(corpus), ReadLimits.DEFAULT, new PrintWriter(ingestLog));
                    } finally {
                        ingesting.set(false);
                    }
                });
                ConcurrentLinkedQueue<String> errors = new ConcurrentLinkedQueue<>();
                AtomicInteger requests = new AtomicInteger();
                AtomicInteger duringIngest = new AtomicInteger();
                long deadline = System.nanoTime() + TIME_LIMIT.toNanos();
                List<Future<?>> clients = new ArrayList<>();
                for (int c = 0; c < CLIENTS; c++) {
                    int client = c;
                    clients.add(pool.submit(() -> {
                        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
                        long lastSparql = 0;
                        long lastStored = 0;
                        // Bounded in count and time; goes on a little after the ingest to see the final state.
                        for (int i = 0; i < MAX_REQUESTS_PER_CLIENT && System.nanoTime() < deadline; i++) {
                            boolean during = ingesting.get();
                            try {
                                if ((i + client) % 2 == 0) {
                                    long n = sparqlCount(http, server);
                                    if (n < lastSparql) {
                                        errors.add("client " + client + ": claims went from " + lastSparql + " to " + n);
                                    }
                                    lastSparql = n;
                                } else {
                                    long n = storedClaims(http, server);
                                    if (n < lastStored) {
                                        errors.add("client " + client + ": stored rows went from " + lastStored + " to " + n);
                                    }
                                    lastStored = n;
                                }
                            } catch (Exception e) {
                                errors.add("client " + client + ": " + e);
                            }
                            requests.incrementAndGet();
                            if (during) {
                                duringIngest.incrementAndGet();
                            }
                            if (!ingesting.get() && i >= 10) {
                                break;
                            }
                            Thread.sleep(PAUSE_MILLIS);
                        }
                        return null;
                    }));
                }
                assertEquals(0, ingest.get(120, TimeUnit.SECONDS), ingestLog.toString());
                for (Future<?> f : clients) {
                    f.get(120, TimeUnit.SECONDS);
                }
                System.out.printf("concurrency: %d clients, %d requests (%d while ingest wrote), %d errors%n",
                        CLIENTS, requests.get(), duringIngest.get(), errors.size());
                assertEquals(List.of(), List.copyOf(errors));
                assertTrue(duringIngest.get() >= CLIENTS * 5, "too few requests overlapped the ingest: " + duringIngest);
                HttpClient http = HttpClient.newHttpClient();
                assertEquals(StoreContents.claims(store.datasetGraph()), sparqlCount(http, server));
            } finally {
                pool.shutdownNow();
                server.stop();
            }
        }
    }

    private static long sparqlCount(HttpClient http, ClaimServer server) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(server.queryUrl()))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/sparql-query")
                .header("Accept", "application/sparql-results+json")
                .POST(HttpRequest.BodyPublishers.ofString(COUNT)).build();
        JsonObject results = ok(http.send(request, HttpResponse.BodyHandlers.ofString()));
        return Long.parseLong(results.getObj("results").get("bindings").getAsArray().get(0).getAsObject()
                .getObj("n").getString("value"));
    }

    private static long storedClaims(HttpClient http, ClaimServer server) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(server.datasetUrl() + "/stored/claims"))
                .timeout(Duration.ofSeconds(30)).GET().build();
        JsonObject results = ok(http.send(request, HttpResponse.BodyHandlers.ofString()));
        return results.getObj("results").get("bindings").getAsArray().size();
    }

    private static JsonObject ok(HttpResponse<String> response) {
        if (response.statusCode() != 200) {
            throw new IllegalStateException(response.statusCode() + " " + response.body());
        }
        return JSON.parse(response.body());
    }
}
