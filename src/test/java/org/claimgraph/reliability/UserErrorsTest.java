package org.claimgraph.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A user's mistake, in any command, is a line saying what is wrong and an exit code, never a stack trace. */
class UserErrorsTest {

    @TempDir
    Path dir;

    private static void assertOneLineError(CliRun run, int exit, String words) {
        assertEquals(exit, run.exit(), run.err());
        assertTrue(run.err().contains(words), "'" + words + "' in: " + run.err());
        assertFalse(run.hasStackTrace(), run.err());
    }

    @Test
    void mistakesAcrossCommandsAreOneLine() throws Exception {
        Path article = Files.writeString(dir.resolve("a.txt"), NewsText.article(1));
        Path file = Files.writeString(dir.resolve("not-a-dir"), "x");
        Path passwd = Files.writeString(dir.resolve("passwd"), "editor: pw\n");
        String store = dir.resolve("db").toString();

        assertOneLineError(CliRun.of("ingest", "--store", file.toString(), article.toString()), 2, "is a file, not a directory");
        assertOneLineError(CliRun.of("query", "claims", "--store", file.toString()), 2, "no store at");
        assertOneLineError(CliRun.of("serve", "--store", file.toString(), "--port", "0"), 2, "is a file, not a directory");
        assertOneLineError(CliRun.of("ingest", "--store", store, "--max-chars", "0", article.toString()), 2, "--max-chars");
        assertOneLineError(CliRun.of("ingest", "--store", store), 2, "Missing required parameter");
        assertEquals(0, CliRun.of("ingest", "--store", store, article.toString()).exit());
        assertOneLineError(CliRun.of("query", "claimz", "--store", store), 2, "no stored query 'claimz'");
        assertOneLineError(CliRun.of("query", "claims", "--store", store, "--param", "source"), 2, "KEY=VALUE");
        assertOneLineError(CliRun.of("query", "claims", "--store", store, "--param", "speaker=x"), 2, "no parameter 'speaker'");
        assertOneLineError(CliRun.of("query", "claims", "--store", store, "--max-rows", "0"), 2, "--max-rows");
        assertOneLineError(CliRun.of("query", "claims", "--store", store, "--max-rows", "1"), 1, "more than 1 rows");
        assertOneLineError(CliRun.of("serve", "--host", "0.0.0.0", "--update", "--passwd", passwd.toString(),
                "--store", store, "--port", "0"), 2, "clear text");
        assertOneLineError(CliRun.of("nosuchcommand"), 2, "Unmatched argument");
        // --debug is for stack traces of internal errors; a user's mistake stays one line with it too.
        assertOneLineError(CliRun.of("--debug", "ingest", "--store", file.toString(), article.toString()), 2,
                "is a file, not a directory");
    }

    /** The store held by a running server in another process: ingest says so instead of failing deep in TDB2. */
    @Test
    void aStoreInUseByAnotherProcessIsOneLine() throws Exception {
        Path store = dir.resolve("db");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process serve = new ProcessBuilder(List.of(java, "-Xmx256m", "-cp", System.getProperty("java.class.path"),
                "org.claimgraph.cli.ClaimgraphCommand", "serve", "--store", store.toString(), "--port", "0"))
                .redirectErrorStream(true).start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(serve.getInputStream(), StandardCharsets.UTF_8));
            String line;
            while ((line = out.readLine()) != null && !line.contains("serving on port")) {
                // wait until the server holds the store
            }
            assertTrue(line != null, "serve did not start");
            Path article = Files.writeString(dir.resolve("a.txt"), NewsText.article(2));
            assertOneLineError(CliRun.of("ingest", "--store", store.toString(), article.toString()), 2,
                    "in use by another process");
            assertOneLineError(CliRun.of("query", "claims", "--store", store.toString()), 2, "in use by another process");
        } finally {
            serve.destroyForcibly();
            serve.waitFor(30, TimeUnit.SECONDS);
        }
    }
}
