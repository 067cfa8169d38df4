package org.claimgraph.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Keeps a store's size on disk proportional to its live data during a long load: after a commit, when
 * the store's files have grown past {@code factor} times their size after the last compaction (and past
 * a floor, so that small stores are left alone), the store is compacted before the next commit. Peak
 * disk use is then about {@code factor} times the live data plus one compacted copy, where without it a
 * store loaded in batches grows with the number of commits (35 GB for 10,000 articles whose data takes
 * about 8 GB).
 *
 * <p>Used from the one thread that commits; a compaction waits for running transactions and holds off
 * new ones (readers of a served store included) while it copies.
 */
public final class AutoCompaction {

    /** Compact when the files reach twice their compacted size: peak disk about three times the data. */
    public static final double DEFAULT_FACTOR = 2.0;
    /** Below this a store is never compacted automatically: its bloat costs little, a copy costs time. */
    public static final long DEFAULT_MIN_BYTES = 1L << 30;

    private static final AutoCompaction OFF = new AutoCompaction(null, Double.POSITIVE_INFINITY, Long.MAX_VALUE, m -> { });

    private final ClaimStore store;
    private final double factor;
    private final long minBytes;
    private final Consumer<String> messages;
    private final List<Compaction> compactions = new ArrayList<>();
    /** The store's size after the last compaction; at first, its size when loading began. */
    private long baseline;
    private double liveShare = Compaction.TYPICAL_LIVE_SHARE;
    private boolean refused;

    private AutoCompaction(ClaimStore store, double factor, long minBytes, Consumer<String> messages) {
        this.store = store;
        this.factor = factor;
        this.minBytes = minBytes;
        this.messages = messages;
        this.baseline = store == null ? 0 : DiskFootprint.bytes(store);
    }

    /** Never compacts. */
    public static AutoCompaction off() {
        return OFF;
    }

    /**
     * Compacts {@code store} whenever its files exceed both {@code factor} × their size after the last
     * compaction and {@code minBytes}; {@code messages} hears of each compaction and of one refused for
     * want of disk space.
     */
    public static AutoCompaction of(ClaimStore store, double factor, long minBytes, Consumer<String> messages) {
        if (!(factor > 1)) {
            throw new IllegalArgumentException("the compaction factor must be above 1: " + factor);
        }
        if (minBytes < 0) {
            throw new IllegalArgumentException("the minimum size must not be negative: " + minBytes);
        }
        if (DiskFootprint.directory(store).isEmpty()) {
            return OFF; // an in-memory store has nothing to compact
        }
        return new AutoCompaction(store, factor, minBytes, messages);
    }

    /** The size past which the next commit triggers a compaction. */
    public synchronized long thresholdBytes() {
        return store == null ? Long.MAX_VALUE : Math.max(minBytes, (long) Math.min(Long.MAX_VALUE, factor * baseline));
    }

    /**
     * Call between commits (never inside a transaction): compacts the store if it has grown past
     * {@link #thresholdBytes()}. A compaction the disk has no room for is skipped (said once); loading
     * goes on, and the loader's own free-space check stops it before the disk is full.
     */
    public synchronized Optional<Compaction> afterCommit() {
        if (store == null || DiskFootprint.bytes(store) <= thresholdBytes()) {
            return Optional.empty();
        }
        Compaction done;
        try {
            done = Compaction.compact(store, liveShare);
        } catch (StoreFullException e) {
            if (!refused) {
                messages.accept(e.getMessage());
                refused = true;
            }
            return Optional.empty();
        }
        refused = false;
        compacted(done);
        messages.accept(done.toString() + String.format(Locale.ROOT, " (next compaction past %d MB)",
                thresholdBytes() >> 20));
        return Optional.of(done);
    }

    /**
     * Compacts the store now, whatever its size, and measures the next threshold from the result.
     *
     * @throws StoreFullException when the disk may not hold the compacted copy (nothing written)
     * @throws IllegalStateException for {@link #off()}
     */
    public synchronized Compaction compactNow() {
        if (store == null) {
            throw new IllegalStateException("automatic compaction is off");
        }
        Compaction done = Compaction.compact(store, liveShare);
        compacted(done);
        return done;
    }

    private void compacted(Compaction done) {
        compactions.add(done);
        baseline = done.bytesAfter();
        // The next store to compact is larger, and bloats more per commit: never assume less live data
        // than a typical store has.
        liveShare = Math.max(Compaction.TYPICAL_LIVE_SHARE, done.bytesAfter() / (double) Math.max(1, done.bytesBefore()));
    }

    /** Every compaction made so far, oldest first. */
    public synchronized List<Compaction> compactions() {
        return List.copyOf(compactions);
    }
}
