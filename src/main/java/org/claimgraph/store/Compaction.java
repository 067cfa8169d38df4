package org.claimgraph.store;

import java.util.Locale;
import org.apache.jena.tdb2.DatabaseMgr;

/**
 * One compaction of a TDB2 store, and how it went. TDB2 never rewrites a block in place: each commit
 * appends copies of the blocks it touches and the old copies stay, so a store loaded in many commits
 * takes several times its live size. Compaction copies the live data into a fresh generation
 * ({@code Data-000N}, written as {@code Data-000N-tmp} and renamed when complete), switches the open
 * dataset over to it and deletes the old generation. Until the switch the old generation is the store:
 * a crash during the copy leaves it as it was, and TDB2 deletes the unfinished copy when it next opens
 * the store.
 *
 * @param bytesBefore the store's size on disk before
 * @param bytesAfter  its size after: the live data, packed
 * @param seconds     how long the store was held (readers and writers wait meanwhile)
 */
public record Compaction(long bytesBefore, long bytesAfter, double seconds) {

    /**
     * What share of a store's bytes is live when nothing better is known: 785 MB of 1,777 MB for the 929
     * PolNeAR articles loaded in batches of 64, and less for larger stores (each commit into a larger
     * store copies more blocks). Used to estimate the room a compaction needs.
     */
    static final double TYPICAL_LIVE_SHARE = 0.5;
    /** Room left over after a compaction's copy, as for the loader's commits. */
    static final long MARGIN_BYTES = BatchLoader.DEFAULT_MIN_FREE_BYTES;

    /**
     * Compacts {@code store} now, deleting the old generation. Waits for running transactions to end and
     * holds off new ones until done. Refuses, writing nothing, when the disk may not hold the copy.
     *
     * @throws StoreFullException when the disk has less room than about {@code liveShare} of the store
     *                            plus a margin
     */
    public static Compaction compact(ClaimStore store, double liveShare) {
        long before = DiskFootprint.bytes(store);
        long needed = (long) (before * liveShare) + MARGIN_BYTES;
        long free = store.usableSpace();
        if (free < needed) {
            throw new StoreFullException(String.format(Locale.ROOT,
                    "not compacting: only %d MB left on the store's disk, about %d MB needed for the compacted"
                            + " copy (the store takes %d MB); free some space first", free >> 20, needed >> 20,
                    before >> 20));
        }
        long start = System.nanoTime();
        DatabaseMgr.compact(store.datasetGraph(), true);
        return new Compaction(before, DiskFootprint.bytes(store), (System.nanoTime() - start) / 1e9);
    }

    /** {@link #compact(ClaimStore, double)} when the store's live share is not known. */
    public static Compaction compact(ClaimStore store) {
        return compact(store, TYPICAL_LIVE_SHARE);
    }

    /** The bytes the compaction freed. */
    public long bytesFreed() {
        return bytesBefore - bytesAfter;
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "compacted the store from %d MB to %d MB in %.1f s",
                bytesBefore >> 20, bytesAfter >> 20, seconds);
    }
}
