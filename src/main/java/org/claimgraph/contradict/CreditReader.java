package org.claimgraph.contradict;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads who a claim credits with an outcome (credit.txt): the outcome must be named in the content
 * and a causal phrase must name the credited actor, the first actor inside the phrase ("in wake of a
 * visit by Quds Force commander Esmail Qaani to Baghdad" credits Qaani, not Baghdad).
 */
final class CreditReader {

    private static final String FILE = "credit.txt";

    private final Map<String, Pattern> outcomes = new LinkedHashMap<>();
    private final List<Pattern> causes = new ArrayList<>();
    private final List<Pattern> counterfactuals = new ArrayList<>();
    private final Map<String, String> sideOf = new LinkedHashMap<>();
    private final ActorGazetteer actors;

    CreditReader(ActorGazetteer actors) {
        this.actors = actors;
        for (List<String> r : Lexicon.tagged(FILE, "outcome")) {
            outcomes.put(r.get(0), Pattern.compile(String.join("|",
                    r.subList(1, r.size()).stream().map(Text::wordPattern).toList())));
        }
        Lexicon.patterns(FILE, "cause").forEach(r -> causes.add(Pattern.compile(r)));
        Lexicon.patterns(FILE, "counterfactual").forEach(r -> counterfactuals.add(Pattern.compile(r)));
        for (List<String> r : Lexicon.rows("sides.txt")) {
            r.subList(1, r.size()).forEach(member -> sideOf.put(actors.keyOf(member), r.get(0)));
        }
    }

    Optional<Credit> read(String text) {
        Optional<String> outcome = outcomes.entrySet().stream()
                .filter(e -> e.getValue().matcher(text).find()).map(Map.Entry::getKey).findFirst();
        if (outcome.isEmpty()) {
            return Optional.empty();
        }
        for (Pattern p : counterfactuals) {
            Matcher m = p.matcher(text);
            if (m.find()) {
                Optional<Credit> c = credit(outcome.get(), text, m.start(), m.end(), true);
                if (c.isPresent()) {
                    return c;
                }
            }
        }
        for (Pattern p : causes) {
            Matcher m = p.matcher(text);
            if (m.find()) {
                Optional<Credit> c = credit(outcome.get(), text, m.start(), m.end(), false);
                if (c.isPresent()) {
                    return c;
                }
            }
        }
        return Optional.empty();
    }

    private Optional<Credit> credit(String outcome, String text, int start, int end, boolean denied) {
        List<ActorGazetteer.Mention> inside = actors.mentions(text.substring(start, end));
        if (inside.isEmpty()) {
            // "the PM took firm stances towards achieving this calm": the actor is the subject before.
            List<ActorGazetteer.Mention> before = actors.mentions(text.substring(Math.max(0, start - 60), start));
            if (before.isEmpty()) {
                return Optional.empty();
            }
            inside = List.of(before.get(before.size() - 1));
        }
        String actor = inside.get(0).key();
        Set<String> sides = new LinkedHashSet<>();
        sides.add(sideOf.getOrDefault(actor, actor));
        return Optional.of(new Credit(outcome, Set.of(actor), sides, denied));
    }
}
