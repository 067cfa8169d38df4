package org.claimgraph.push;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.claimgraph.cli.ClaimgraphCommand;
import org.claimgraph.query.QueryCatalog;
import org.claimgraph.server.ClaimServer;
import org.claimgraph.server.ServerSettings;
import org.claimgraph.store.ClaimStore;
import org.claimgraph.store.SameGraphs;
import org.claimgraph.store.ShardFiles;
import org.claimgraph.store.SeedShards;
import picocli.CommandLine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * `claimgraph push` to a real Fuseki (updates on, password file) through a proxy that starts failing
 * after a few accepted writes: the first run stops with exit code 1, the rerun sends only the rest,
 * and the endpoint ends with exactly the shards' quads.
 */
class GraphStorePushTest {

    private static final Set<String> WRITES = Set.of("PUT", "POST");

    @TempDir
    Path dir;

    private ClaimStore store;
    private ClaimServer server;
    private HttpServer proxy;
    private final AtomicInteger writesLeft = new AtomicInteger(Integer.MAX_VALUE);
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @BeforeEach
    void start() throws IOException {
        store = ClaimStore.inMemory();
        Path passwd = Files.writeString(dir.resolve("passwd"), "editor: s3cret-pw\n");
        Files.writeString(dir.resolve("editor-password"), "s3cret-pw\n");
        server = ClaimServer.start(store.datasetGraph(), QueryCatalog.fromDirectory(Path.of("queries")),
                ServerSettings.readOnly(0, Duration.ofSeconds(10)).withUpdates(passwd));
        proxy = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        proxy.createContext("/", this::forward);
        proxy.start();
    }

    @AfterEach
    void stop() {
        proxy.stop(0);
        server.stop();
        store.close();
    }

    /** Passes requests on to Fuseki; once the allowance of accepted writes is spent, answers 503. */
    private void forward(HttpExchange ex) throws IOException {
        try (ex) {
            byte[] body = ex.getRequestBody().readAllBytes();
            boolean write = WRITES.contains(ex.getRequestMethod());
            if (write && writesLeft.get() <= 0) {
                ex.sendResponseHeaders(503, -1);
                return;
            }
            HttpRequest.Builder req = HttpRequest.newBuilder(URI.create(server.baseUrl() + ex.getRequestURI()))
                    .method(ex.getRequestMethod(), HttpRequest.BodyPublishers.ofByteArray(body));
            for (String h : List.of("Content-Type", "Authorization", "Accept")) {
                String v = ex.getRequestHeaders().getFirst(h);
                if (v != null) {
                    req.header(h, v);
                }
            }
            HttpResponse<byte[]> resp = client.send(req.build(), HttpResponse.BodyHandlers.ofByteArray());
            if (write && resp.statusCode() / 100 == 2) {
                writesLeft.decrementAndGet();
            }
            resp.headers().firstValue("WWW-Authenticate").ifPresent(v -> ex.getResponseHeaders().add("WWW-Authenticate", v));
            resp.headers().firstValue("Content-Type").ifPresent(v -> ex.getResponseHeaders().add("Content-Type", v));
            byte[] out = resp.body();
            ex.sendResponseHeaders(resp.statusCode(), out.length == 0 ? -1 : out.length);
            if (out.length > 0) {
                try (OutputStream os = ex.getResponseBody()) {
                    os.write(out);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private int push(Path shards, StringWriter err) {
        return push(shards, err, dir.resolve("editor-password"));
    }

    private int push(Path shards, StringWriter err, Path passwd) {
        CommandLine cli = ClaimgraphCommand.commandLine(false);
        cli.setErr(new PrintWriter(err, true));
        String endpoint = "http://127.0.0.1:" + proxy.getAddress().getPort() + ClaimServer.DATASET + "/data";
        return cli.execute("push", "--endpoint", endpoint, "--user", "editor",
                "--passwd-file", passwd.toString(), shards.toString());
    }

    @Test
    void resumesAfterFailureWithoutDuplicates() throws IOException {
        Path shards = dir.resolve("shards");
        List<String> articles = SeedShards.write(shards);
        DatasetGraph expected = DatasetGraphFactory.createGeneral();
        for (Path shard : ShardFiles.under(shards)) {
            RDFDataMgr.read(expected, shard.toString(), Lang.NQUADS);
        }
        int graphs = articles.size() + 1;

        writesLeft.set(3);
        StringWriter firstErr = new StringWriter();
        assertEquals(1, push(shards, firstErr), firstErr.toString());
        assertTrue(firstErr.toString().contains("run the same command again"), firstErr.toString());
        assertEquals(3, SameGraphs.names(store.datasetGraph()).size(), "three graphs got through: " + firstErr);
        try (var journal = Files.list(shards)) {
            Path file = journal.filter(p -> p.getFileName().toString().startsWith(".push-")).findFirst().orElseThrow();
            assertEquals(3, Files.readAllLines(file).size());
        }

        writesLeft.set(Integer.MAX_VALUE);
        StringWriter secondErr = new StringWriter();
        assertEquals(0, push(shards, secondErr), secondErr.toString());
        assertTrue(secondErr.toString().contains("sent " + (graphs - 3) + " graph(s)"), secondErr.toString());
        assertTrue(secondErr.toString().contains("3 already sent before"), secondErr.toString());

        SameGraphs.assertSame(expected, store.datasetGraph());
        assertEquals(expected.stream().count(), store.size(), "no quad twice");

        StringWriter thirdErr = new StringWriter();
        assertEquals(0, push(shards, thirdErr));
        assertTrue(thirdErr.toString().contains("sent 0 graph(s)"), thirdErr.toString());
    }

    @Test
    void wrongPasswordStopsWithExitOne() throws IOException {
        Path shards = dir.resolve("shards");
        SeedShards.write(shards);
        Files.writeString(dir.resolve("client-passwd"), "guess\n");
        StringWriter err = new StringWriter();
        assertEquals(1, push(shards, err, dir.resolve("client-passwd")), err.toString());
        assertTrue(SameGraphs.names(store.datasetGraph()).isEmpty());
    }
}
