package org.claimgraph.contradict;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A claim normalised for comparison: the actors it names (keys from ActorGazetteer), the predicates
 * it takes a stance on, whether its source asserts or denies it, how certain it is, its numbers,
 * the credit it gives, the fact it states, and its content words. The claim's source counts as an
 * actor when the content speaks of it as "it" or "they" ("Tehran says it has funded ..."). The clause
 * (subject, verb, object, negation) is what lets claims of any domain meet, with no lexicon of its own.
 * Verdicts on actors ("unfit", "a fraud") and poll results are read from the graph's resolved
 * mentions, so they too work in any domain the evaluation and poll word lists cover.
 */
public record Proposition(ClaimRecord claim, Set<String> actors, List<Stance> stances, Polarity polarity,
                          boolean anaphoric, double certainty, List<Quantity> quantities,
                          Optional<Credit> credit, Optional<Fact> fact, Set<String> words, Set<String> names,
                          List<Clause> clauses, List<Evaluation> evaluations, List<Poll> polls) {

    /**
     * The index keys this claim is filed under. Names are filed by polarity ("nd|" denied, "na|"
     * affirmed) so that a denial meets only affirmations of the same names, and not every claim that
     * mentions a common name meets every other.
     */
    public Set<String> keys() {
        Set<String> keys = sharedKeys();
        names.forEach(n -> keys.add((polarity == Polarity.DENIED ? "nd|" : "na|") + n));
        evaluations.forEach(e -> keys.add(e.key(e.positive())));
        return keys;
    }

    /** The keys under which this claim's candidates are filed. */
    public Set<String> lookupKeys() {
        Set<String> keys = sharedKeys();
        names.forEach(n -> keys.add((polarity == Polarity.DENIED ? "na|" : "nd|") + n));
        evaluations.forEach(e -> keys.add(e.key(!e.positive())));
        return keys;
    }

    private Set<String> sharedKeys() {
        java.util.LinkedHashSet<String> keys = new java.util.LinkedHashSet<>();
        for (Stance s : stances) {
            actors.forEach(a -> keys.add("p|" + s.predicate() + "|" + a));
        }
        credit.ifPresent(c -> keys.add("c|" + c.outcome()));
        quantities.forEach(q -> keys.add("q|" + q.measure() + "|" + q.period()));
        fact.ifPresent(f -> keys.add("f|" + f.actor() + "|" + f.occasion()));
        clauses.forEach(c -> keys.add(c.key()));
        polls.forEach(p -> keys.add(p.key()));
        return keys;
    }

    /** Share of the smaller set of content words the two contents have in common. */
    public double overlap(Proposition o) {
        if (words.isEmpty() || o.words.isEmpty()) {
            return 0;
        }
        long common = words.stream().filter(o.words::contains).count();
        return (double) common / Math.min(words.size(), o.words.size());
    }
}
