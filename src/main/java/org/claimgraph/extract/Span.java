package org.claimgraph.extract;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A half-open range of UTF-16 char offsets into an article's unchanged text.
 * Offsets stay in Java's char units inside the pipeline because every string API works in them;
 * the RDF stage converts to Unicode code points, which is what the graph promises users.
 */
public record Span(int start, int end) implements Comparable<Span> {

    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span [" + start + "," + end + ")");
        }
    }

    public int length() {
        return end - start;
    }

    public boolean overlaps(Span other) {
        return start < other.end && other.start < end;
    }

    public boolean contains(Span other) {
        return start <= other.start && other.end <= end;
    }

    public String of(CharSequence text) {
        return text.subSequence(start, end).toString();
    }

    /** The text of a possibly discontinuous span list, pieces joined by a single space. */
    public static String textOf(CharSequence text, List<Span> spans) {
        return spans.stream().map(s -> s.of(text)).collect(Collectors.joining(" "));
    }

    /** The smallest span covering all of {@code spans}. */
    public static Span cover(List<Span> spans) {
        if (spans.isEmpty()) {
            throw new java.util.NoSuchElementException("no spans to cover");
        }
        int start = Integer.MAX_VALUE;
        int end = Integer.MIN_VALUE;
        for (Span s : spans) { // one pass, no streams: called for every attribution of every article
            start = Math.min(start, s.start());
            end = Math.max(end, s.end());
        }
        return new Span(start, end);
    }

    @Override
    public int compareTo(Span o) {
        return start != o.start ? Integer.compare(start, o.start) : Integer.compare(end, o.end);
    }
}
