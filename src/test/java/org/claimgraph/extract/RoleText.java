package org.claimgraph.extract;

import java.util.List;
import java.util.Optional;

/** What the extractor tests read back from an attribution: the words of each role in its sentence. */
final class RoleText {

    /** One extractor for every test: it is stateless, and loading its models once keeps the tests quick. */
    private static final AttributionExtractor STANDARD = Extractors.standard();

    private RoleText() {
    }

    /** What the standard extractor (PolNeAR's conventions) finds in {@code text}. */
    static List<Attribution> all(String text) {
        return STANDARD.extract(text);
    }

    /** The attribution the standard extractor finds in {@code text} whose cue reads {@code cue}, if any. */
    static Optional<Attribution> find(String text, String cue) {
        return find(all(text), text, cue);
    }

    /** As {@link #find(String, String)}, failing with the cues that were found instead. */
    static Attribution withCue(String text, String cue) {
        return withCue(all(text), text, cue);
    }

    static String source(String text, Attribution a) {
        return Span.textOf(text, a.source());
    }

    static String cue(String text, Attribution a) {
        return Span.textOf(text, a.cue());
    }

    static List<String> content(String text, Attribution a) {
        return a.content().stream().map(s -> s.of(text)).toList();
    }

    /** The attribution among {@code found} whose cue reads {@code cue}. */
    static Optional<Attribution> find(List<Attribution> found, String text, String cue) {
        return found.stream().filter(a -> cue(text, a).equals(cue)).findFirst();
    }

    /** As {@link #find}, failing with the cues that were found instead. */
    static Attribution withCue(List<Attribution> found, String text, String cue) {
        return find(found, text, cue).orElseThrow(() -> new AssertionError("no cue '" + cue + "' in: " + text
                + " but " + found.stream().map(a -> cue(text, a)).toList()));
    }
}
