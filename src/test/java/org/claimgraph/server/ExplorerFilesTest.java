package org.claimgraph.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimgraph.query.ClaimFixture;
import org.claimgraph.query.QueryCatalog;
import org.claimgraph.store.ClaimStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The files served beside the endpoints: the claim explorer at /, the Fuseki UI at /fuseki/, and nothing else. */
class ExplorerFilesTest {

    @TempDir
    static Path dir;
    private static ClaimStore store;
    private static ClaimServer server;
    private static HttpProbe http;

    @BeforeAll
    static void start() {
        store = ClaimStore.open(dir.resolve("db"));
        new ClaimFixture().load(store);
        server = ClaimServer.start(store.datasetGraph(), QueryCatalog.fromDirectory(Path.of("queries")),
                ServerSettings.readOnly(0, Duration.ofSeconds(10)));
        http = new HttpProbe(server.baseUrl());
    }

    @AfterAll
    static void stop() {
        server.stop();
        store.close();
    }

    @Test
    void theExplorerIsAtTheRootWithItsBundle() {
        assumeTrue(ClasspathFiles.present("explorer"), "built without the explorer bundle (-Dexplorer.skip=true)");
        HttpResponse<String> index = http.get("/");
        assertEquals(200, index.statusCode());
        assertTrue(index.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        assertTrue(index.body().contains("claim explorer"), index.body());
        Matcher script = Pattern.compile("src=\"\\./(assets/[^\"]+\\.js)\"").matcher(index.body());
        assertTrue(script.find(), index.body());
        HttpResponse<String> js = http.get("/" + script.group(1));
        assertEquals(200, js.statusCode());
        assertTrue(js.headers().firstValue("Content-Type").orElse("").contains("javascript"));
        // The page asks the stored-query API, nothing else.
        assertTrue(js.body().contains("/claims/stored/"));
        assertFalse(js.body().matches("(?s).*https?://(?!www\\.w3\\.org/2000/svg).*"), "no absolute URL in the bundle but the SVG namespace");
        assertTrue(server.describe().stream().anyMatch(l -> l.startsWith("Claim explorer:") && l.endsWith(server.baseUrl() + "/")));
    }

    @Test
    void nothingOutsideTheBundleIsServed() {
        for (String path : new String[] {"/../pom.xml", "/%2e%2e/pom.xml", "/assets", "/assets/", "/org/claimgraph/server/ClaimServer.class",
                "/queries/claims.rq", "/no-such-file.js", "/explorer/index.html"}) {
            HttpResponse<String> r = http.get(path);
            assertTrue(r.statusCode() == 404 || r.statusCode() == 400, path + " -> " + r.statusCode());
            assertFalse(r.body().contains("<modelVersion>") || r.body().contains("SELECT"), path);
        }
    }

    @Test
    void theBundleRefusesWrites() {
        assumeTrue(ClasspathFiles.present("explorer"), "built without the explorer bundle (-Dexplorer.skip=true)");
        assertEquals(405, http.send("POST", "/", "text/plain", "x").statusCode());
        assertEquals(405, http.send("PUT", "/index.html", "text/plain", "x").statusCode());
    }

    @Test
    void theFusekiUiMovedUnderFusekiAndItsCallsReachTheGuardedServer() {
        HttpResponse<String> ui = http.get("/fuseki/");
        assertEquals(200, ui.statusCode());
        assertTrue(ui.body().contains("Apache Jena Fuseki UI"));
        assertEquals(302, http.get("/fuseki").statusCode());
        // The UI asks for /fuseki/$/... and /fuseki/claims/...: sent on to the real paths, guard and all.
        HttpResponse<String> status = http.get("/fuseki/$/server");
        assertEquals(307, status.statusCode());
        assertEquals(server.baseUrl() + "/$/server", status.headers().firstValue("Location").map(l -> l.startsWith("/") ? server.baseUrl() + l : l).orElse(""));
        assertEquals(307, http.get("/fuseki/claims/sparql?query=ASK%7B%7D").statusCode());
        assertTrue(http.get("/fuseki/claims/sparql?query=ASK%7B%7D").headers().firstValue("Location").orElse("")
                .endsWith("/claims/sparql?query=ASK%7B%7D"));
        assertEquals(403, http.get("/$/datasets").statusCode());
        assertEquals(404, http.get("/fuseki/$").statusCode());
        assertTrue(server.describe().contains("Fuseki UI:        " + server.baseUrl() + "/fuseki/"));
    }
}
