package org.claimgraph.extract;

import java.util.List;
import java.util.Optional;

/** What the extractor tests read back from an attribution: the words of each role in its sentence. */
final class RoleText {

    private RoleText() {
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
