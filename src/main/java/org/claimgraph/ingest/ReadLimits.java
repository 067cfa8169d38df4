package org.claimgraph.ingest;

/**
 * How much one input may hold before it is reported instead of read. A news article is rarely over
 * 100,000 characters; the limit is there so that a mislabelled dump, a log file or a book handed to
 * {@code ingest} is reported in a second instead of filling the heap with millions of claims.
 *
 * @param maxChars the longest article text accepted, in UTF-16 chars (Java's String length)
 */
public record ReadLimits(int maxChars) {

    public static final int DEFAULT_MAX_CHARS = 1_000_000;
    public static final ReadLimits DEFAULT = new ReadLimits(DEFAULT_MAX_CHARS);

    /** UTF-8 takes at most 3 bytes per UTF-16 char, UTF-16 two; a larger .txt cannot be within the limit. */
    private static final int TEXT_BYTES_PER_CHAR = 3;
    /** JSON may escape every char as six bytes (backslash-u and four hex digits). */
    private static final int JSON_BYTES_PER_CHAR = 6;
    /** A JSON Lines feed holds many articles; it is read whole, so it needs a bound of its own. */
    public static final long MAX_JSON_LINES_BYTES = 256L * 1024 * 1024;

    public ReadLimits {
        if (maxChars < 1) {
            throw new IllegalArgumentException("the article size limit must be at least 1 character, not " + maxChars);
        }
    }

    /** Files bigger than this cannot hold a text within the limit, so they are refused unread. */
    long maxTextFileBytes() {
        return (long) maxChars * TEXT_BYTES_PER_CHAR + 4;
    }

    long maxJsonFileBytes() {
        // Metadata fields come on top of the text; a megabyte is plenty for them.
        return (long) maxChars * JSON_BYTES_PER_CHAR + 1024 * 1024;
    }
}
