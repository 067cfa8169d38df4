package org.claimgraph.eval;

import com.google.common.base.CharMatcher;
import com.google.common.collect.ImmutableRangeSet;
import com.google.common.collect.Range;
import java.util.ArrayList;
import java.util.List;
import org.claimgraph.extract.Span;

/**
 * One role of one attribution in the form it is compared: each piece trimmed of surrounding
 * whitespace (punctuation stays, as PolNeAR's scoring convention says), whitespace-only pieces
 * dropped, pieces sorted, and pieces that touch or are separated by whitespace alone joined. Two instances are an exact match when their piece lists are equal, so a
 * discontinuous role matches only if every piece does.
 */
record RoleSpans(List<Span> pieces) {

    // Unicode White_Space, so a no-break space at a span edge is trimmed like a plain one.
    private static final CharMatcher WHITESPACE = CharMatcher.whitespace();

    RoleSpans {
        pieces = List.copyOf(pieces);
    }

    static RoleSpans of(List<Span> spans, String text) {
        List<Span> trimmed = new ArrayList<>();
        for (Span span : spans) {
            if (span.end() > text.length()) {
                throw new IllegalArgumentException(
                        "span [" + span.start() + "," + span.end() + ") outside a text of " + text.length() + " chars");
            }
            int start = span.start();
            int end = span.end();
            while (start < end && WHITESPACE.matches(text.charAt(start))) {
                start++;
            }
            while (end > start && WHITESPACE.matches(text.charAt(end - 1))) {
                end--;
            }
            if (start < end) {
                trimmed.add(new Span(start, end));
            }
        }
        trimmed.sort(null);
        // brat cuts a span at each line break it crosses; pieces with only whitespace between them
        // are one stretch of text, as token-based scorers see them
        List<Span> merged = new ArrayList<>();
        for (Span piece : trimmed) {
            Span last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && (piece.start() <= last.end()
                    || WHITESPACE.matchesAllOf(text.subSequence(last.end(), piece.start())))) {
                merged.set(merged.size() - 1, new Span(last.start(), Math.max(last.end(), piece.end())));
            } else {
                merged.add(piece);
            }
        }
        return new RoleSpans(merged);
    }

    boolean isEmpty() {
        return pieces.isEmpty();
    }

    /** Code points covered (pieces that overlap each other count once). */
    long length(String text) {
        return codePoints(covered(), text);
    }

    /** Code points covered by both this and {@code other}. */
    long overlap(RoleSpans other, String text) {
        return codePoints(covered().intersection(other.covered()), text);
    }

    private ImmutableRangeSet<Integer> covered() {
        return ImmutableRangeSet.unionOf(pieces.stream().map(s -> Range.closedOpen(s.start(), s.end())).toList());
    }

    private static long codePoints(ImmutableRangeSet<Integer> chars, String text) {
        long n = 0;
        for (Range<Integer> r : chars.asRanges()) {
            n += text.codePointCount(r.lowerEndpoint(), r.upperEndpoint());
        }
        return n;
    }
}
