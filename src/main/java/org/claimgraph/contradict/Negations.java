package org.claimgraph.contradict;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The negation words of negation.txt, as each reader needs them: one core list that all share, and
 * the words that only one kind of reading uses. One file, so that a negation added for clauses is
 * not forgotten for verdicts.
 */
final class Negations {

    private static final String FILE = "negation.txt";

    private Negations() {
    }

    /** What negates a clause between its subject and its verb (ClauseReader). */
    static Set<String> clause() {
        return words("core", "clause");
    }

    /** What flips a verdict ("not fit", "far from honest") (EvaluationReader). */
    static Set<String> verdict() {
        return words("core", "verdict");
    }

    /** What denies a predicate phrase, matched on raw text, contractions included (StanceReader). */
    static Set<String> phrase() {
        return words("core", "contracted");
    }

    private static Set<String> words(String... tags) {
        return Stream.of(tags).flatMap(t -> Lexicon.tagged(FILE, t).stream()).flatMap(List::stream)
                .collect(Collectors.toUnmodifiableSet());
    }
}
