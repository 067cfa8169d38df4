package org.claimgraph.contradict;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads the numbers of a text as intervals with measure and period, by the rules of quantities.txt.
 * A number with no unit after it ("more than 20 in the two weeks before") counts whatever unit the
 * text counted last ("no attacks ... but there were more than 20"), as writers elide it.
 */
final class QuantityReader {

    private static final String FILE = "quantities.txt";
    private static final String TO_DATE = "to date";
    /** What may follow a number whose unit is left out: a preposition or the end of the clause. */
    private static final Pattern ELIDED = Pattern.compile("\\s*((in|on|since|before|after|during|over)\\b|[,.;]|$)");

    private final Map<String, String> qualifiers = new LinkedHashMap<>();
    private final Map<String, String> suffixes = new LinkedHashMap<>();
    private final Map<String, Double> numberWords = new LinkedHashMap<>();
    private final Map<String, double[]> vague = new LinkedHashMap<>();
    private final Map<String, String> units = new LinkedHashMap<>();
    private final List<Pattern> periods = new ArrayList<>();
    private final Pattern number;
    private final Pattern unit;
    private final ActorGazetteer actors;

    QuantityReader(ActorGazetteer actors) {
        this.actors = actors;
        Lexicon.tagged(FILE, "qualifier").forEach(r -> qualifiers.put(Text.normalise(r.get(0)), r.get(1)));
        Lexicon.tagged(FILE, "suffix").forEach(r -> suffixes.put(Text.normalise(r.get(0)), r.get(1)));
        Lexicon.tagged(FILE, "number").forEach(r -> numberWords.put(Text.normalise(r.get(0)), Double.parseDouble(r.get(1))));
        Lexicon.tagged(FILE, "vague").forEach(r -> vague.put(Text.normalise(r.get(0)),
                new double[] {Double.parseDouble(r.get(1)), Double.parseDouble(r.get(2))}));
        Lexicon.tagged(FILE, "unit").forEach(r -> r.subList(1, r.size())
                .forEach(u -> units.put(Text.normalise(u), r.get(0))));
        Lexicon.patterns(FILE, "period").forEach(r -> periods.add(Pattern.compile(r)));
        String quals = alternation(qualifiers.keySet());
        String words = alternation(numberWords.keySet());
        String vagues = alternation(vague.keySet());
        String sufs = suffixes.keySet().stream().sorted(Comparator.comparingInt(String::length).reversed())
                .map(s -> s.startsWith("-") || s.startsWith("+") ? Pattern.quote(s) : "\\s+" + Pattern.quote(s))
                .collect(Collectors.joining("|"));
        this.number = Pattern.compile("(?:\\b(" + quals + ")\\s+)?(?:(?<![\\w$.,])(\\d[\\d,]*(?:\\.\\d+)?)(?![\\w.,]\\d)|\\b("
                + words + ")\\b|\\b(" + vagues + ")\\s)(" + sufs + ")?");
        this.unit = Pattern.compile("\\b(" + alternation(units.keySet()) + ")\\b");
    }

    private static String alternation(java.util.Collection<String> phrases) {
        return phrases.stream().sorted(Comparator.comparingInt(String::length).reversed())
                .map(Pattern::quote).collect(Collectors.joining("|"));
    }

    /** The quantities of a normalised text. */
    List<Quantity> read(String text) {
        List<Quantity> out = new ArrayList<>();
        Matcher m = number.matcher(text);
        while (m.find()) {
            Interval value = interval(m);
            if (value == null || isDate(text, m)) {
                continue;
            }
            String after = text.substring(m.end());
            Matcher u = unit.matcher(after);
            String measure;
            int unitEnd;
            if (u.find() && after.substring(0, u.start()).trim().split("\\s+").length <= 3
                    && !after.substring(0, u.start()).matches("(?s).*[,.;:].*")) {
                measure = units.get(u.group(1));
                unitEnd = m.end() + u.end();
            } else if (ELIDED.matcher(after).lookingAt() && !isYear(m)) {
                // "no attacks on US forces since February 4, but there were more than 20 in ...":
                // the unit and what it counts are those of the last unit before the number.
                Matcher last = lastUnitBefore(text, m.start());
                if (last == null) {
                    continue;
                }
                String rest = text.substring(m.end()).split("[.;]", 2)[0];
                String counted = text.substring(last.end()).split("[.;]", 2)[0];
                out.add(new Quantity(value, units.get(last.group(1)) + "|" + placeAfter(counted), period(rest),
                        text.substring(m.start(), m.end())));
                continue;
            } else {
                continue;
            }
            String sentenceRest = text.substring(unitEnd).split("[.;]", 2)[0];
            out.add(new Quantity(value, measure + "|" + placeAfter(sentenceRest), period(sentenceRest),
                    text.substring(m.start(), unitEnd)));
        }
        return out;
    }

    private Interval interval(Matcher m) {
        if (m.group(4) != null) {
            double[] range = vague.get(m.group(4));
            return new Interval(range[0], false, range[1], false);
        }
        double n;
        if (m.group(2) != null) {
            n = Double.parseDouble(m.group(2).replace(",", ""));
        } else if (m.group(3) != null) {
            n = numberWords.get(m.group(3));
        } else {
            return null;
        }
        String bound = m.group(5) != null ? suffixes.get(m.group(5).trim())
                : m.group(1) != null ? qualifiers.get(m.group(1)) : null;
        return bound == null ? Interval.exact(n) : Interval.bounded(bound, n);
    }

    private static boolean isYear(Matcher m) {
        if (m.group(2) == null) {
            return false;
        }
        double n = Double.parseDouble(m.group(2).replace(",", ""));
        return n >= 1900 && n <= 2100 && m.group(1) == null;
    }

    /** "Feb 4", "October 7", "$10 billion": numbers that count nothing. */
    private static boolean isDate(String text, Matcher m) {
        String before = text.substring(Math.max(0, m.start() - 12), m.start());
        return before.matches("(?s).*\\b(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?\\s+$")
                || before.endsWith("$") || text.startsWith(" billion", m.end()) || text.startsWith(" million", m.end());
    }

    private Matcher lastUnitBefore(String text, int pos) {
        Matcher u = unit.matcher(text.substring(0, pos));
        Matcher last = null;
        while (u.find()) {
            last = unit.matcher(text.substring(0, pos));
            last.find(u.start());
        }
        return last;
    }

    /** The first actor named after the unit: "attacks against US forces" counts attacks on the US. */
    private String placeAfter(String rest) {
        String window = String.join(" ", java.util.Arrays.stream(rest.trim().split("\\s+")).limit(8).toList());
        return actors.mentions(window).stream().findFirst().map(ActorGazetteer.Mention::key).orElse("");
    }

    private String period(String rest) {
        for (Pattern p : periods) {
            Matcher m = p.matcher(rest);
            if (m.find()) {
                return m.group().trim();
            }
        }
        return TO_DATE;
    }
}
