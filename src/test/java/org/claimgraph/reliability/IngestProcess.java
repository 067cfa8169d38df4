package org.claimgraph.reliability;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code claimgraph ingest} in a separate JVM, started the way a user starts it (the real main class on
 * the test class path), so that it can be killed with SIGKILL: {@link Process#destroyForcibly()} on
 * Linux, which gives no shutdown hook and no finally block a chance to tidy up.
 */
final class IngestProcess {

    private IngestProcess() {
    }

    static Process start(Path store, Path corpus, Path log) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-Xmx512m", "-cp", System.getProperty("java.class.path"),
                "org.claimgraph.cli.ClaimgraphCommand", "ingest", "--store", store.toString(),
                // Small batches put several commits inside the kill window; each is still a batch of
                // articles, so the test covers batched commits, not one transaction per article.
                "--batch", "4", corpus.toString()));
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }
}
