package org.claimgraph.cli;

import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.nio.file.Path;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import org.claimgraph.ingest.ArticleReader;
import org.claimgraph.ingest.IngestProblem;
import org.claimgraph.ingest.IngestResult;
import org.claimgraph.ingest.ReadLimits;

/**
 * The articles of some paths as a lazy iterator: {@link ArticleReader} pushes them from a thread of
 * its own into a small bounded queue, and the loader pulls them. The bound is what keeps heap flat
 * whatever the corpus size: the reader waits while the loader is behind.
 */
final class ReadAhead implements Iterator<IngestResult>, AutoCloseable {

    /** Marks the end of the input; never handed out. */
    private static final IngestResult END = new IngestProblem("", "end of input");

    private final BlockingQueue<IngestResult> queue;
    private final Thread reader;
    private volatile RuntimeException failure;
    private IngestResult next;

    ReadAhead(List<Path> paths, ReadLimits limits, int capacity) {
        queue = new ArrayBlockingQueue<>(capacity);
        reader = new Thread(() -> {
            try {
                new ArticleReader(limits).read(paths, this::put);
            } catch (Interrupted e) {
                return; // the loader gave up; nobody will read what is left
            } catch (RuntimeException e) {
                failure = e;
            }
            try {
                queue.put(END);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "claimgraph-read");
        reader.setDaemon(true); // never keep the JVM alive after the loader gave up
        reader.start();
    }

    private void put(IngestResult result) {
        try {
            queue.put(result);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Interrupted();
        }
    }

    @Override
    public boolean hasNext() {
        if (next == null) {
            try {
                next = queue.take();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while reading inputs", e);
            }
        }
        if (next == END && failure != null) {
            throw failure;
        }
        return next != END;
    }

    @Override
    public IngestResult next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        IngestResult result = next;
        next = null;
        return result;
    }

    /** Stops the reader if the loader stopped early. */
    @Override
    public void close() {
        reader.interrupt();
    }

    /** Unwinds the reader thread out of ArticleReader when the loader is gone. */
    private static final class Interrupted extends RuntimeException {
        Interrupted() {
            super(null, null, false, false);
        }
    }
}
