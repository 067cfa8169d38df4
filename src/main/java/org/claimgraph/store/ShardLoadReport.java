package org.claimgraph.store;

/**
 * What a bulk load did.
 *
 * @param shards  how many shard files were read
 * @param quads   how many quads the loader read from them (duplicates included)
 * @param seconds wall time of the load
 */
public record ShardLoadReport(int shards, long quads, double seconds) {
}
