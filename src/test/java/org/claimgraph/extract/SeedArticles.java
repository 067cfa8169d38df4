package org.claimgraph.extract;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Reads the seed articles from data/articles under the project root. */
final class SeedArticles {

    private SeedArticles() {
    }

    static Path root() {
        return Path.of(System.getProperty("claimgraph.home", "."));
    }

    static String read(String prefix) {
        try (Stream<Path> files = Files.list(root().resolve("data/articles"))) {
            Path p = files.filter(f -> f.getFileName().toString().startsWith(prefix))
                    .filter(f -> f.getFileName().toString().endsWith(".txt")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("no seed article " + prefix));
            return Files.readString(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String> all() {
        try (Stream<Path> files = Files.list(root().resolve("data/articles"))) {
            // the sidecars (NAME.meta.json) beside the articles are not articles
            return files.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().map(p -> {
                try {
                    return Files.readString(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
