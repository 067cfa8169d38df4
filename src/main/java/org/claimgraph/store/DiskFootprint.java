package org.claimgraph.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.tdb2.DatabaseMgr;

/**
 * How many bytes a TDB2 store takes on disk: the length of every file under its directory, every
 * generation ({@code Data-000N}) included. File lengths rather than allocated blocks, because TDB2 grows
 * its memory-mapped files ahead of use and the file system must be able to back all of them.
 */
public final class DiskFootprint {

    private DiskFootprint() {
    }

    /** Bytes under {@code directory}; 0 when it does not exist. Files that vanish meanwhile count as 0. */
    public static long bytes(Path directory) {
        if (!Files.isDirectory(directory)) {
            return 0;
        }
        try (Stream<Path> files = Files.walk(directory)) {
            return files.filter(Files::isRegularFile).mapToLong(DiskFootprint::length).sum();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (UncheckedIOException e) {
            // Files.walk reports a directory that a compaction removed under it this way.
            if (e.getCause() instanceof NoSuchFileException) {
                return bytes(directory);
            }
            throw e;
        }
    }

    /** The directory of an open store; empty for an in-memory one. */
    public static Optional<Path> directory(ClaimStore store) {
        Location location = DatabaseMgr.location(store.datasetGraph());
        return location == null || location.isMem() ? Optional.empty() : Optional.of(Path.of(location.getDirectoryPath()));
    }

    /** Bytes the open store takes on disk; 0 for an in-memory one. */
    public static long bytes(ClaimStore store) {
        return directory(store).map(DiskFootprint::bytes).orElse(0L);
    }

    private static long length(Path file) {
        try {
            return Files.size(file);
        } catch (NoSuchFileException e) {
            return 0;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
