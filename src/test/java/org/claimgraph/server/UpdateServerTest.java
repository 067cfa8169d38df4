package org.claimgraph.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.claimgraph.query.ClaimFixture;
import org.claimgraph.query.QueryCatalog;
import org.claimgraph.store.ClaimStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** With updates enabled and a password file, writes need that file's credentials; reads stay open. */
class UpdateServerTest {

    private static final String INSERT = "INSERT DATA { GRAPH <urn:example:test> { <urn:example:s> <urn:example:p> \"written\" } }";
    private static final String ASK = "ASK { GRAPH <urn:example:test> { <urn:example:s> <urn:example:p> ?o } }";

    @TempDir
    static Path dir;

    private static ClaimStore store;
    private static ClaimServer server;
    private static HttpProbe http;
    private static final String GOOD = HttpProbe.basic("editor", "s3cret-pw");

    @BeforeAll
    static void start() throws Exception {
        store = ClaimStore.open(dir.resolve("db"));
        new ClaimFixture().load(store);
        Path passwd = Files.writeString(dir.resolve("passwd"), "editor: s3cret-pw\n");
        server = ClaimServer.start(store.datasetGraph(), QueryCatalog.fromDirectory(Path.of("queries")),
                ServerSettings.readOnly(0, Duration.ofSeconds(10)).withUpdates(passwd));
        http = new HttpProbe(server.baseUrl());
    }

    @AfterAll
    static void stop() {
        server.stop();
        store.close();
    }

    private static boolean written() {
        HttpResponse<String> r = http.get("/claims/sparql?query=" + HttpProbe.encode(ASK),
                "Accept", "application/sparql-results+json");
        assertEquals(200, r.statusCode(), "anonymous reads stay open");
        return r.body().contains("true");
    }

    @Test
    void updatesNeedCredentials() {
        long before = store.size();
        HttpResponse<String> anonymous = http.send("POST", "/claims/update", "application/sparql-update", INSERT);
        assertEquals(401, anonymous.statusCode());
        HttpResponse<String> wrong = http.send("POST", "/claims/update", "application/sparql-update", INSERT,
                "Authorization", HttpProbe.basic("editor", "guess"));
        assertEquals(401, wrong.statusCode());
        HttpResponse<String> stranger = http.send("POST", "/claims/update", "application/sparql-update", INSERT,
                "Authorization", HttpProbe.basic("mallory", "s3cret-pw"));
        assertEquals(401, stranger.statusCode());
        assertEquals(before, store.size());
        // Nor is the query endpoint a back door for updates.
        assertTrue(http.send("POST", "/claims/sparql", "application/sparql-update", INSERT,
                "Authorization", GOOD).statusCode() >= 400);
        assertEquals(before, store.size());

        HttpResponse<String> ok = http.send("POST", "/claims/update", "application/sparql-update", INSERT,
                "Authorization", GOOD);
        assertTrue(ok.statusCode() == 200 || ok.statusCode() == 204, ok.statusCode() + " " + ok.body());
        assertTrue(written());
        int dropped = http.send("POST", "/claims/update", "application/sparql-update",
                "DROP GRAPH <urn:example:test>", "Authorization", GOOD).statusCode();
        assertTrue(dropped == 200 || dropped == 204, String.valueOf(dropped));
        assertTrue(!written());
    }

    @Test
    void graphStoreWritesNeedCredentials() {
        String target = "/claims/data?graph=" + HttpProbe.encode("urn:example:gsp");
        String turtle = "<urn:example:s> <urn:example:p> \"put\" .";
        for (String method : List.of("PUT", "POST", "DELETE")) {
            HttpResponse<String> r = http.send(method, target, method.equals("DELETE") ? null : "text/turtle",
                    method.equals("DELETE") ? null : turtle);
            assertEquals(401, r.statusCode(), method);
        }
        // The read-only GSP endpoint stays read-only even for a user.
        assertTrue(http.send("PUT", "/claims/get?graph=" + HttpProbe.encode("urn:example:gsp"), "text/turtle", turtle,
                "Authorization", GOOD).statusCode() >= 400);

        HttpResponse<String> put = http.send("PUT", target, "text/turtle", turtle, "Authorization", GOOD);
        assertTrue(put.statusCode() >= 200 && put.statusCode() < 300, put.statusCode() + " " + put.body());
        HttpResponse<String> get = http.get("/claims/get?graph=" + HttpProbe.encode("urn:example:gsp"),
                "Accept", "application/n-triples");
        assertTrue(get.body().contains("\"put\""), get.body());
        HttpResponse<String> delete = http.send("DELETE", target, null, null, "Authorization", GOOD);
        assertTrue(delete.statusCode() >= 200 && delete.statusCode() < 300, String.valueOf(delete.statusCode()));
    }

    @Test
    void adminStaysClosedEvenForUsers() {
        for (String path : List.of("/$/datasets", "/$/stats", "/$/backup/claims", "/$/compact/claims", "/$/tasks",
                "/$/metrics")) {
            assertEquals(403, http.send("POST", path, null, null, "Authorization", GOOD).statusCode(), path);
            assertEquals(403, http.send("GET", path, null, null).statusCode(), path);
        }
    }

    @Test
    void storedQueriesStayOpen() {
        HttpResponse<String> r = http.get("/claims/stored/claims", "Accept", "text/csv");
        assertEquals(200, r.statusCode());
        assertEquals(4, r.body().strip().split("\r?\n").length);
    }
}
