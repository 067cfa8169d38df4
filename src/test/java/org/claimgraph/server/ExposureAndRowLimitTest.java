package org.claimgraph.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.claimgraph.query.ClaimFixture;
import org.claimgraph.query.QueryCatalog;
import org.claimgraph.store.ClaimStore;
import org.apache.jena.rdfconnection.RDFConnection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Passwords only where they cannot be sniffed, a warning when reads are open to the network, a row limit. */
class ExposureAndRowLimitTest {

    @TempDir
    Path dir;

    @Test
    void passwordsAreRefusedOffLoopbackOverPlainHttp() throws Exception {
        Path passwd = Files.writeString(dir.resolve("passwd"), "editor: pw\n");
        Duration t = Duration.ofSeconds(5);
        for (String host : new String[] {"0.0.0.0", "::", "192.0.2.10", "no-such-host.invalid"}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> new ServerSettings(host, 0, t, Optional.of(passwd)), host);
            assertTrue(e.getMessage().contains("clear text"), e.getMessage());
        }
        for (String host : new String[] {"127.0.0.1", "127.0.0.2", "::1", "localhost"}) {
            assertTrue(new ServerSettings(host, 0, t, Optional.of(passwd)).updatable(), host);
        }
    }

    @Test
    void openReadsOffLoopbackAreWarnedAbout() {
        Duration t = Duration.ofSeconds(5);
        assertTrue(new ServerSettings("0.0.0.0", 0, t, Optional.empty()).exposureWarning().orElseThrow()
                .contains("reachable from other machines"));
        assertEquals(Optional.empty(), new ServerSettings("127.0.0.1", 0, t, Optional.empty()).exposureWarning());
        assertEquals(Optional.empty(), new ServerSettings("localhost", 0, t, Optional.empty()).exposureWarning());
    }

    @Test
    void storedQueriesOverTheRowLimitAreRefusedWhole() {
        try (ClaimStore store = ClaimStore.open(dir.resolve("db"))) {
            new ClaimFixture().load(store);
            ClaimServer server = ClaimServer.start(store.datasetGraph(), QueryCatalog.fromClasspath(),
                    ServerSettings.readOnly(0, Duration.ofSeconds(10)).withMaxRows(2));
            try {
                HttpProbe http = new HttpProbe(server.baseUrl());
                HttpResponse<String> all = http.get("/claims/stored/claims", "Accept", "text/csv");
                assertEquals(413, all.statusCode(), all.body());
                assertTrue(all.body().contains("more than 2 rows"), all.body());
                assertFalse(all.body().contains("Najib Mikati"), "nothing of the result leaks: " + all.body());
                HttpResponse<String> narrowed = http.get("/claims/stored/claims?source="
                        + HttpProbe.encode(ClaimFixture.MIKATI), "Accept", "text/csv");
                assertEquals(200, narrowed.statusCode(), narrowed.body());
            } finally {
                server.stop();
            }
        }
    }

    /** The SPARQL endpoint streams, so it cuts a query at the row limit instead of refusing it. */
    @Test
    void theEndpointAnswersAtMostTheRowLimit() {
        try (ClaimStore store = ClaimStore.open(dir.resolve("db"))) {
            new ClaimFixture().load(store);
            ClaimServer server = ClaimServer.start(store.datasetGraph(), QueryCatalog.fromClasspath(),
                    ServerSettings.readOnly(0, Duration.ofSeconds(10)).withMaxRows(5));
            try (RDFConnection conn = RDFConnection.connect(server.queryUrl())) {
                long[] rows = {0};
                conn.querySelect("SELECT * { ?s ?p ?o }", row -> rows[0]++);
                assertEquals(5, rows[0]);
                long[] few = {0};
                conn.querySelect("SELECT * { ?s ?p ?o } LIMIT 3", row -> few[0]++);
                assertEquals(3, few[0], "a smaller limit of the query's own stays");
                assertTrue(conn.queryAsk("ASK { ?s ?p ?o }"));
            } finally {
                server.stop();
            }
        }
    }
}
