package org.claimgraph.contradict;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds the predicates of predicates.txt in a normalised text, each asserted or opposed. */
final class StanceReader {

    private record Rule(String predicate, boolean positive, Pattern pattern) {
    }

    private final List<Rule> rules = new ArrayList<>();
    private final Pattern negationBefore;

    StanceReader() {
        for (String line : Lexicon.lines("predicates.txt")) {
            String[] f = line.split("\\|", 3); // the pattern itself may contain '|'
            rules.add(new Rule(f[0].trim(), f[1].trim().equals("+"), Pattern.compile(f[2].trim())));
        }
        String negations = String.join("|", Negations.phrase().stream().sorted()
                .map(n -> Pattern.quote(Text.normalise(n))).toList());
        // A negation among the three words before the phrase: "did not ask Lebanon to declare".
        this.negationBefore = Pattern.compile("\\b(" + negations + ")\\b(\\s+\\S+){0,2}\\s*$");
    }

    List<Stance> read(String text) {
        List<Stance> out = new ArrayList<>();
        for (Rule r : rules) {
            Matcher m = r.pattern.matcher(text);
            if (m.find()) {
                boolean negated = negationBefore.matcher(text.substring(0, m.start())).find();
                Stance s = new Stance(r.predicate, r.positive != negated);
                if (!out.contains(s)) {
                    out.add(s);
                }
            }
        }
        return out;
    }
}
