package org.claimgraph.contradict;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads what a claim says happened to an actor on an occasion (facts.txt): a fact phrase within six
 * words after the actor's name, not inside a relative clause about someone else ("Qani, whose
 * predecessor was killed ...").
 */
final class FactReader {

    private static final String FILE = "facts.txt";

    private final Map<String, String> classOf = new LinkedHashMap<>();
    private final List<Set<String>> exclusive = new ArrayList<>();
    private final Pattern phrases;
    private final Pattern occasions;
    private final String occasionKey;
    private final ActorGazetteer actors;

    FactReader(ActorGazetteer actors) {
        this.actors = actors;
        for (List<String> r : Lexicon.tagged(FILE, "fact")) {
            r.subList(1, r.size()).forEach(p -> classOf.put(Text.normalise(p), r.get(0)));
        }
        Lexicon.tagged(FILE, "exclusive").forEach(r -> exclusive.add(Set.copyOf(r)));
        this.phrases = Pattern.compile(String.join("|", classOf.keySet().stream()
                .sorted((a, b) -> b.length() - a.length()).map(Text::wordPattern).toList()));
        List<String> occ = Lexicon.tagged(FILE, "occasion").get(0);
        this.occasionKey = occ.get(0);
        this.occasions = Pattern.compile(String.join("|", occ.subList(1, occ.size()).stream()
                .map(Text::wordPattern).toList()));
    }

    Optional<Fact> read(String text) {
        if (!occasions.matcher(text).find()) {
            return Optional.empty();
        }
        for (ActorGazetteer.Mention mention : actors.mentions(text)) {
            String rest = text.substring(mention.end());
            String window = String.join(" ", java.util.Arrays.stream(rest.trim().split("\\s+")).limit(6).toList());
            if (window.matches("^(,\\s*)?(whose|who|which|whom)\\b.*")) {
                continue;
            }
            Matcher m = phrases.matcher(" " + window);
            if (m.find() && (m.start() == 0 || !window.substring(0, Math.max(0, m.start() - 1)).contains("."))) {
                return Optional.of(new Fact(mention.key(), classOf.get(m.group().trim()), occasionKey, m.group().trim()));
            }
        }
        return Optional.empty();
    }

    /** Whether the two facts cannot both hold. */
    boolean exclusive(Fact a, Fact b) {
        return a.actor().equals(b.actor()) && a.occasion().equals(b.occasion())
                && !a.factClass().equals(b.factClass())
                && exclusive.stream().anyMatch(pair -> pair.contains(a.factClass()) && pair.contains(b.factClass()));
    }
}
