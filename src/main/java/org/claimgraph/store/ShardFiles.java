package org.claimgraph.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The shards under a directory, in a fixed order: N-Quads files named {@code *.nq} or
 * {@code *.nq.gz}, and the {@code part-NNNNN} files a Spark or Hadoop job writes. Hidden files,
 * Hadoop's {@code _SUCCESS} markers and {@code .crc} checksums are not shards.
 */
public final class ShardFiles {

    private ShardFiles() {
    }

    public static List<Path> under(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new IllegalArgumentException(dir + " is not a directory");
        }
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).filter(ShardFiles::isShard)
                    .sorted((a, b) -> relative(dir, a).compareTo(relative(dir, b))).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The shard's path below {@code dir} with '/' on every platform: its name in journals and reports. */
    public static String relative(Path dir, Path shard) {
        return dir.relativize(shard).toString().replace(shard.getFileSystem().getSeparator(), "/");
    }

    static boolean isShard(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.startsWith(".") || name.startsWith("_") || name.endsWith(".crc")) {
            return false;
        }
        return name.endsWith(".nq") || name.endsWith(".nq.gz") || name.matches("part-\\d+(-.*)?");
    }
}
