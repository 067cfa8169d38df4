package org.claimgraph.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.claimgraph.query.QueryCatalog;
import org.claimgraph.server.ClaimServer;
import org.claimgraph.server.ServerSettings;
import org.claimgraph.store.ClaimStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The claim explorer in a real browser: the seeds in a real TDB2 store, the server on a free port, and
 * src/test/explorer/explorer.e2e.mjs driving Debian's chromium through playwright-core: search
 * "Qaani", open a claim and read its chain diagram and highlighted evidence, the contradictions side by
 * side, an actor page, the timeline. Screenshots go to target/explorer*.png.
 */
class ExplorerPageTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path SCRIPT = Path.of("src/test/explorer/explorer.e2e.mjs");
    private static final Path PLAYWRIGHT = Path.of("src/main/explorer/node_modules/playwright-core");
    private static final Path SCREENSHOT = Path.of("target/explorer.png");

    @TempDir
    Path dir;

    @Test
    void searchClaimChainContradictionsAndActorRenderInChromium() throws Exception {
        assumeTrue(Files.isExecutable(CHROMIUM), "no " + CHROMIUM + " (Debian package chromium): explorer page not tested");
        assumeTrue(onPath("node"), "no node on the PATH (Debian package nodejs): explorer page not tested");
        assumeTrue(Files.isDirectory(PLAYWRIGHT), "no " + PLAYWRIGHT + " (built with -Dexplorer.skip=true?): explorer page not tested");
        assertTrue(getClass().getClassLoader().getResource("explorer/index.html") != null,
                "the build put no explorer bundle on the class path (target/classes/explorer)");

        Files.deleteIfExists(SCREENSHOT);
        try (ClaimStore store = ClaimStore.open(dir.resolve("db"))) {
            DemoCorpus.ingest(store);
            try (ClaimServer server = ClaimServer.start(store.datasetGraph(), QueryCatalog.load(Path.of("queries")),
                    ServerSettings.readOnly(0, Duration.ofSeconds(10)))) {
                Path log = dir.resolve("e2e.log");
                Process node = new ProcessBuilder("node", SCRIPT.toString(), server.baseUrl(), SCREENSHOT.toString())
                        .redirectErrorStream(true).redirectOutput(log.toFile()).start();
                boolean finished = node.waitFor(3, TimeUnit.MINUTES);
                if (!finished) {
                    node.destroyForcibly();
                }
                String output = Files.readString(log, StandardCharsets.UTF_8);
                System.out.println(output);
                assertTrue(finished, "the browser test did not finish in 3 minutes:\n" + output);
                assertEquals(0, node.exitValue(), output);
                assertTrue(output.contains("ok - the hops are the sources, The National, Shafaq News, in order"), output);
                assertTrue(output.contains("ok - the Mikati denial shows both evidence spans side by side"), output);
                assertTrue(output.contains("ok - the actor page lists the spellings"), output);
                assertTrue(output.contains("ok - no page errors and no request outside the server"), output);
            }
        }
        byte[] png = Files.readAllBytes(SCREENSHOT);
        assertTrue(png.length > 20_000 && png[1] == 'P' && png[2] == 'N' && png[3] == 'G',
                "a real screenshot at " + SCREENSHOT + " (" + png.length + " bytes)");
    }

    private static boolean onPath(String command) {
        try {
            return new ProcessBuilder(command, "--version").redirectErrorStream(true).start().waitFor() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }
}
