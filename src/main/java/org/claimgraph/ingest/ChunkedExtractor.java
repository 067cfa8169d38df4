package org.claimgraph.ingest;

import java.util.ArrayList;
import java.util.List;
import org.claimgraph.extract.Attribution;
import org.claimgraph.extract.AttributionExtractor;
import org.claimgraph.extract.Span;

/**
 * Runs an extractor on a long text piece by piece, so that the time an article costs grows linearly
 * with its length whatever the extractor does within one piece. Ingestion's guard, not the extractor's
 * business: the standard extractor is linear on news text but quadratic on some degenerate inputs (a
 * long run of straight quotation marks: 10,000 take 0.2 s, 100,000 take 19 s; pieces of
 * 10,000 chars hold that to about 0.2 s per 10,000 chars), and ingest must not
 * let one such file stall a whole run.
 *
 * <p>Texts up to {@code pieceChars} (nearly every news article) are passed whole, so their results
 * are exactly the extractor's. Longer texts are cut at the last blank line before the limit, else the
 * last line break, else the last sentence end, else the last space, else anywhere not inside a
 * surrogate pair. The extractor never pairs quotation marks across a blank line, so cutting there
 * loses nothing but a pronoun's referent in an earlier paragraph.
 */
public final class ChunkedExtractor implements AttributionExtractor {

    public static final int DEFAULT_PIECE_CHARS = 10_000;

    private final AttributionExtractor extractor;
    private final int pieceChars;

    public ChunkedExtractor(AttributionExtractor extractor, int pieceChars) {
        if (pieceChars < 2) {
            throw new IllegalArgumentException("pieces must hold at least 2 chars, not " + pieceChars);
        }
        this.extractor = extractor;
        this.pieceChars = pieceChars;
    }

    public ChunkedExtractor(AttributionExtractor extractor) {
        this(extractor, DEFAULT_PIECE_CHARS);
    }

    @Override
    public List<Attribution> extract(String text) {
        if (text == null || text.length() <= pieceChars) {
            return extractor.extract(text);
        }
        List<Attribution> all = new ArrayList<>();
        int from = 0;
        while (from < text.length()) {
            int to = cut(text, from);
            int shift = from;
            for (Attribution a : extractor.extract(text.substring(from, to))) {
                all.add(shifted(a, shift));
            }
            from = to;
        }
        return List.copyOf(all);
    }

    /** Where the piece starting at {@code from} ends: after a break within the limit, as late as possible. */
    int cut(String text, int from) {
        int limit = from + pieceChars;
        if (limit >= text.length()) {
            return text.length();
        }
        // Search only the second half of the window, so that no piece is tiny and the count stays linear.
        int floor = from + pieceChars / 2;
        for (String separator : new String[] {"\n\n", "\n", ". ", " "}) {
            int at = lastIndexIn(text, separator, floor, limit);
            if (at >= 0) {
                return at + separator.length();
            }
        }
        return Character.isLowSurrogate(text.charAt(limit)) ? limit - 1 : limit;
    }

    /**
     * Where {@code separator} last starts within [floor, limit), or -1. String.lastIndexOf would search
     * on back to the start of the text, which makes cutting a text without separators quadratic.
     */
    private static int lastIndexIn(String text, String separator, int floor, int limit) {
        for (int at = limit - separator.length(); at >= floor; at--) {
            if (text.startsWith(separator, at)) {
                return at;
            }
        }
        return -1;
    }

    private static Attribution shifted(Attribution a, int by) {
        return new Attribution(shifted(a.source(), by), shifted(a.cue(), by), shifted(a.content(), by), a.kind(),
                a.sourceReferent().map(s -> shifted(s, by)), shifted(a.relays(), by));
    }

    private static List<Span> shifted(List<Span> spans, int by) {
        return spans.stream().map(s -> shifted(s, by)).toList();
    }

    private static Span shifted(Span s, int by) {
        return new Span(s.start() + by, s.end() + by);
    }
}
