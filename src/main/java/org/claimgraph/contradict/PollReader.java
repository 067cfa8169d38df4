package org.claimgraph.contradict;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads poll results ("Clinton leads Trump by 5 points", "Trump is ahead by 2 in Ohio", "beats
 * Trump by 46 percent to 42 percent") by the patterns of polls.txt. A result is read only when the
 * leader is a resolved actor and the poll is named (in the content or the source: "the latest
 * Reuters/Ipsos poll shows ..."): two unnamed polls cannot be told to be the same poll, and
 * different polls may well disagree.
 */
final class PollReader {

    private static final String FILE = "polls.txt";
    private static final Pattern NUMBER = Pattern.compile("\\d+(?:\\.\\d+)?");
    private static final Pattern SENTENCE_END = Pattern.compile("[.;!?](\\s|$)");
    /** A margin or a pair of shares at the start of the text: "5 points", "46 percent to 42 percent". */
    private static final Pattern MARGIN = Pattern.compile(
            "^(\\d+(?:\\.\\d+)?)(?:\\s*(?:-|\\s)?(?:percentage points?|points?|percent|%|-point))?"
            + "(?:\\s*(?:to|-)\\s*(\\d+(?:\\.\\d+)?)\\s*(?:percent|%)?)?");
    /** Qualifiers just before a margin: a lower bound, an upper bound, an approximation. */
    private static final Pattern AT_LEAST = Pattern.compile("(?s).*\\b(more than|over|at least)\\s+$");
    private static final Pattern AT_MOST = Pattern.compile("(?s).*\\b(less than|under|fewer than|at most)\\s+$");
    private static final Pattern ABOUT = Pattern.compile("(?s).*\\b(about|around|roughly|nearly|almost|some)\\s+$");

    private final Pattern lead;
    private final Pattern trail;
    private final Pattern pollster;
    private final Pattern previous;
    private final Pattern population;
    private final Pattern place;
    private final List<Pattern> periods = new ArrayList<>();
    private final Pattern notPlace;

    PollReader() {
        this.lead = Pattern.compile("^\\s*(?:" + String.join("|", Lexicon.patterns(FILE, "lead")) + ")\\b",
                Pattern.CASE_INSENSITIVE);
        this.trail = Pattern.compile("^\\s*(?:" + String.join("|", Lexicon.patterns(FILE, "trail")) + ")\\b",
                Pattern.CASE_INSENSITIVE);
        this.pollster = Pattern.compile(String.join("|", Lexicon.patterns(FILE, "pollster")));
        this.previous = Pattern.compile(String.join("|", Lexicon.patterns(FILE, "previous")), Pattern.CASE_INSENSITIVE);
        this.population = Pattern.compile(String.join("|", Lexicon.patterns(FILE, "population")), Pattern.CASE_INSENSITIVE);
        this.place = Pattern.compile(String.join("|", Lexicon.patterns(FILE, "place")));
        this.notPlace = Pattern.compile(String.join("|", Lexicon.patterns(FILE, "notplace")), Pattern.CASE_INSENSITIVE);
        Lexicon.patterns(FILE, "period").forEach(p -> periods.add(Pattern.compile(p, Pattern.CASE_INSENSITIVE)));
    }

    /** The margin and how it was said, read from the words after the lead verb. */
    private record Margin(Interval value, int end) {
    }

    List<Poll> read(String content, List<ActorMention> mentions, String sourceText) {
        String text = content.replaceAll("[\"“”]", " ");
        List<Poll> out = new ArrayList<>();
        Optional<String> named = pollster(sourceText).or(() -> pollster(content));
        if (named.isEmpty()) {
            return out;
        }
        String period = previous.matcher(sourceText + " " + content).find() ? "an earlier poll" : "";
        for (ActorMention a : mentions) {
            String after = text.substring(a.end());
            Matcher v = lead.matcher(after);
            boolean trails = false;
            if (!v.find()) {
                v = trail.matcher(after);
                if (!v.find()) {
                    continue;
                }
                trails = true;
            }
            // "holds an advantage of 83 points over Trump": the number may come before the trailer
            int from = a.end() + v.start();
            int sentenceEnd = sentenceEnd(text, from);
            Matcher n = NUMBER.matcher(text.substring(from, sentenceEnd));
            if (!n.find() || n.start() > 90) {
                continue;
            }
            int limit = from + 90;
            ActorMention b = mentions.stream().filter(m -> m.start() >= a.end() && m.end() <= limit
                            && !m.actor().equals(a.actor())).findFirst().orElse(null);
            if (b == null) {
                continue; // a lead over the whole field, or over someone unresolved: not comparable
            }
            Optional<Margin> margin = margin(text, from + n.start());
            if (margin.isEmpty()) {
                continue;
            }
            String rest = text.substring(from, sentenceEnd);
            String when = period.isEmpty() ? period(rest + " " + sourceText) : period;
            ActorMention leader = trails ? b : a;
            ActorMention trailer = trails ? a : b;
            boolean inOrder = leader.actor().compareTo(trailer.actor()) < 0;
            Interval m = margin.get().value;
            Interval signed = inOrder ? m : new Interval(-m.high(), m.highOpen(), -m.low(), m.lowOpen());
            ActorMention first = inOrder ? leader : trailer;
            ActorMention second = inOrder ? trailer : leader;
            out.add(new Poll(named.get(), first.actor(), second.actor(), first.label(), second.label(),
                    population(rest), place(rest), when, signed,
                    text.substring(a.start(), Math.min(sentenceEnd, margin.get().end)).trim()));
        }
        return out;
    }

    private static int sentenceEnd(String text, int from) {
        Matcher m = SENTENCE_END.matcher(text);
        return m.find(from) ? m.start() : text.length();
    }

    /**
     * "by 5 points" [4, 6] (the margin of two rounded shares); "46 percent to 42 percent" [3, 5];
     * "47.1 percent to 41.7 percent" [5.3, 5.5]; "by more than 5 points" (5, inf).
     */
    private Optional<Margin> margin(String text, int at) {
        String before = text.substring(Math.max(0, at - 14), at).toLowerCase(Locale.ROOT);
        Matcher m = MARGIN.matcher(text.substring(at));
        if (!m.find()) {
            return Optional.empty();
        }
        double x = Double.parseDouble(m.group(1));
        boolean decimals = m.group(1).contains(".") || (m.group(2) != null && m.group(2).contains("."));
        double slack = decimals ? 0.1 : 1;
        if (m.group(2) != null) {
            double y = Double.parseDouble(m.group(2));
            if (y > x || x > 100) {
                return Optional.empty();
            }
            return Optional.of(new Margin(new Interval(x - y - slack, false, x - y + slack, false), at + m.end()));
        }
        if (x > 100) {
            return Optional.empty();
        }
        if (AT_LEAST.matcher(before).matches()) {
            return Optional.of(new Margin(new Interval(x, true, Double.POSITIVE_INFINITY, true), at + m.end()));
        }
        if (AT_MOST.matcher(before).matches()) {
            return Optional.of(new Margin(new Interval(0, true, x, true), at + m.end()));
        }
        if (ABOUT.matcher(before).matches()) {
            slack += x * 0.1;
        }
        return Optional.of(new Margin(new Interval(Math.max(0, x - slack), false, x + slack, false), at + m.end()));
    }

    /** The poll's name as written before "poll": "Reuters/Ipsos", "New York Times/CBS News". */
    Optional<String> pollster(String text) {
        Matcher m = pollster.matcher(text);
        while (m.find()) {
            String name = m.group(1).replaceFirst("^(The|A|An|This|That)\\s+", "").trim();
            if (!name.isEmpty() && !name.matches("(?i)(the|a|an|this|that|new|latest)")) {
                return Optional.of(name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9/&]+", " ").trim());
            }
        }
        return Optional.empty();
    }

    private String population(String rest) {
        Matcher m = population.matcher(rest);
        return m.find() ? m.group().toLowerCase(Locale.ROOT).replaceFirst("^among\\s+", "").trim() : "";
    }

    private String place(String rest) {
        Matcher m = place.matcher(rest);
        while (m.find()) {
            String p = m.group(1);
            if (!notPlace.matcher(p).matches()) {
                return p.toLowerCase(Locale.ROOT);
            }
        }
        return "";
    }

    private String period(String rest) {
        for (Pattern p : periods) {
            Matcher m = p.matcher(rest);
            if (m.find()) {
                return m.group().toLowerCase(Locale.ROOT).trim();
            }
        }
        return "";
    }
}
