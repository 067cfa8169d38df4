package org.claimgraph.ingest;

/**
 * An article as read from disk: its unchanged text and what is known about it.
 *
 * @param origin   where it came from, for messages and for replacing an earlier load of the same
 *                 input: the file name, plus "#N" for the record on line N (1-based) of a JSON Lines file
 * @param text     the text exactly as in the file (for .txt files), so that offsets point into it
 * @param metadata sidecar, record fields and dateline, merged
 */
public record Article(String origin, String text, ArticleMetadata metadata) implements IngestResult {
}
