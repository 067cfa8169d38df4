package org.claimgraph.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes hand-made articles in PolNeAR's layout into a test's temporary directory. */
final class TinyCorpus {

    private final Path dir;

    TinyCorpus(Path dir) throws IOException {
        this.dir = dir;
        Files.createDirectories(dir.resolve("text"));
        Files.createDirectories(dir.resolve("attributions"));
    }

    Path dir() {
        return dir;
    }

    TinyCorpus text(String name, String text) throws IOException {
        Files.writeString(dir.resolve("text").resolve(name + ".txt"), text, StandardCharsets.UTF_8);
        return this;
    }

    /** One annotator's file; lines are joined with newlines as brat writes them. */
    TinyCorpus ann(String name, String annotator, String... lines) throws IOException {
        String body = lines.length == 0 ? "" : String.join("\n", lines) + "\n";
        Files.writeString(dir.resolve("attributions").resolve(name + "_" + annotator + ".ann"), body,
                StandardCharsets.UTF_8);
        return this;
    }

    AttributionCorpus open() throws IOException {
        return AttributionCorpus.open(dir);
    }
}
