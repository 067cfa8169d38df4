package org.claimgraph.ingest;

import java.util.Objects;

/**
 * An article as read from disk: its unchanged text and what is known about it.
 *
 * @param origin   where it came from, for messages and for replacing an earlier load of the same
 *                 input: the file name, plus "#N" for the record on line N (1-based) of a JSON Lines file
 * @param text     the text exactly as in the file (for .txt files), so that offsets point into it; for a
 *                 story cut out of a page holding several, still the whole file text
 * @param metadata sidecar, record fields and dateline, merged
 * @param part     where in {@code text} this article stands and what around it is page furniture
 */
public record Article(String origin, String text, ArticleMetadata metadata, PagePart part) implements IngestResult {

    public Article {
        Objects.requireNonNull(text, "text");
        part = part == null ? PagePart.whole(text) : part;
    }

    /** An article that is the whole of its text, with no furniture known. */
    public Article(String origin, String text, ArticleMetadata metadata) {
        this(origin, text, metadata, null);
    }
}
