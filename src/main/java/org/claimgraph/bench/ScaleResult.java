package org.claimgraph.bench;

import java.util.Map;

/**
 * The store at one size: how many articles and triples it held, how long claimgraph's loader took to
 * grow it to this size from the previous one, how fast each stored query answered, and the live heap
 * (after a full collection) once it got there; its size on disk as loaded ({@code storeMb}, in MiB of
 * file length) and once compacted ({@code storeMbCompacted}, -1 when the disk had no room for the copy),
 * and how long that compaction took.
 */
public record ScaleResult(long articles, long triples, double loadSeconds, Map<String, Latency> queries,
                          double liveHeapMb, double storeMb, double storeMbCompacted, double compactSeconds) {

    public ScaleResult {
        queries = Map.copyOf(queries);
    }
}
