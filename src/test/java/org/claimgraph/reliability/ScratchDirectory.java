package org.claimgraph.reliability;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * A scratch directory in /dev/shm where there is one, else in {@code fallback}. TDB2 syncs every commit
 * to disk, which on a busy shared disk costs a third of a second per article; a kill -9 or a reader
 * racing a writer (unlike a power cut) does not depend on the sync, so memory-backed files test the
 * same thing, faster.
 */
final class ScratchDirectory implements AutoCloseable {

    private final Path path;
    private final boolean owned;

    ScratchDirectory(Path fallback) throws IOException {
        Path shm = Path.of("/dev/shm");
        owned = Files.isDirectory(shm) && Files.isWritable(shm);
        path = owned ? Files.createTempDirectory(shm, "claimgraph-test-") : fallback;
    }

    Path path() {
        return path;
    }

    @Override
    public void close() throws IOException {
        if (owned) {
            try (Stream<Path> files = Files.walk(path)) {
                files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            }
        }
    }
}
