package org.claimgraph.push;

import com.google.common.hash.Hashing;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashSet;
import java.util.Set;

/**
 * The pieces already sent to one endpoint, kept next to the shards, so that a push stopped by a
 * failure resumes where it stopped. A line is written, and forced to disk, only after the endpoint
 * accepted its piece; a piece sent but not yet recorded is sent again, which replaces or re-adds the
 * same triples and so changes nothing.
 */
public final class PushJournal implements AutoCloseable {

    private final Path file;
    private final Set<String> done = new HashSet<>();
    private final FileChannel out;

    private PushJournal(Path file) throws IOException {
        this.file = file;
        if (Files.exists(file)) {
            done.addAll(Files.readAllLines(file, StandardCharsets.UTF_8));
        }
        out = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.APPEND);
    }

    /** The journal in {@code dir} for {@code endpoint}: hidden, so it is never taken for a shard. */
    public static PushJournal open(Path dir, String endpoint) {
        String id = Hashing.sha256().hashString(endpoint, StandardCharsets.UTF_8).toString().substring(0, 16);
        try {
            return new PushJournal(dir.resolve(".push-" + id + ".journal"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the push journal in " + dir, e);
        }
    }

    public Path file() {
        return file;
    }

    public boolean isDone(GraphPiece piece) {
        return done.contains(piece.journalKey());
    }

    public void record(GraphPiece piece) {
        String key = piece.journalKey();
        try {
            out.write(StandardCharsets.UTF_8.encode(key + "\n"));
            out.force(false);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the push journal " + file, e);
        }
        done.add(key);
    }

    @Override
    public void close() {
        try {
            out.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
