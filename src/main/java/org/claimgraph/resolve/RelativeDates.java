package org.claimgraph.resolve;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimgraph.extract.Span;
import org.claimgraph.ingest.PublicationDate;
import org.claimgraph.ingest.PublicationDate.Precision;

/**
 * Finds date expressions in a text and resolves them against the article's date: "on Sunday" is the
 * last Sunday on or before a day-precise article date, "February 4" takes the article's year (the year
 * before if that would put it well after the article), "last week" and "four years ago" count back.
 * A relative expression the article's precision cannot anchor ("on Sunday" in an article dated only
 * "2024-02") yields nothing rather than a guess.
 */
public final class RelativeDates {

    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("january", 1), Map.entry("jan", 1), Map.entry("february", 2), Map.entry("feb", 2),
            Map.entry("march", 3), Map.entry("mar", 3), Map.entry("april", 4), Map.entry("apr", 4),
            Map.entry("may", 5), Map.entry("june", 6), Map.entry("jun", 6), Map.entry("july", 7),
            Map.entry("jul", 7), Map.entry("august", 8), Map.entry("aug", 8), Map.entry("september", 9),
            Map.entry("sept", 9), Map.entry("sep", 9), Map.entry("october", 10), Map.entry("oct", 10),
            Map.entry("november", 11), Map.entry("nov", 11), Map.entry("december", 12), Map.entry("dec", 12));
    private static final Map<String, Integer> NUMBERS = Map.of(
            "one", 1, "two", 2, "three", 3, "four", 4, "five", 5, "six", 6, "seven", 7, "eight", 8, "nine", 9,
            "ten", 10);
    private static final String MONTH = "(January|February|March|April|May|June|July|August|September|October"
            + "|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.?";
    private static final Pattern EXPRESSION = Pattern.compile(
            "\\b(?:on\\s+)?(?<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\b"
                    + "|\\b(?<d1>\\d{1,2})\\s+" + MONTH.replace("(", "(?<m1>") + "\\s+(?<y1>\\d{4})\\b"
                    + "|\\b" + MONTH.replace("(", "(?<m2>") + "\\s+(?<d2>\\d{1,2})(?:st|nd|rd|th)?\\b(?:,?\\s+(?<y2>\\d{4})\\b)?"
                    + "|\\b(?:in\\s+)?" + MONTH.replace("(", "(?<m3>") + "\\s+(?<y3>\\d{4})\\b"
                    + "|\\b(?<last>last|this|next)\\s+(?<unit>week|month|year)\\b"
                    + "|\\b(?<n>\\d+|one|two|three|four|five|six|seven|eight|nine|ten)\\s+(?<agounit>days?|weeks?|months?|years?)\\s+ago\\b"
                    + "|\\bin\\s+(?<y4>(?:19|20)\\d{2})\\b"
                    + "|\\b(?<rel>yesterday|today)\\b");

    private RelativeDates() {
    }

    /** A date expression and where it stands. */
    public record Found(Span span, EventDate date) {
    }

    /** Words one of which every date expression starts with or contains first: where matching is tried. */
    private static final java.util.Set<String> CUES = new java.util.HashSet<>(List.of(
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "last", "this", "next",
            "in", "yesterday", "today"));

    static {
        CUES.addAll(MONTHS.keySet());
        CUES.addAll(NUMBERS.keySet());
    }

    /** Every resolvable date expression in text[from, to). */
    public static List<Found> find(String text, int from, int to, Optional<PublicationDate> anchor) {
        List<Tok> toks = TextTokens.of(text).stream().filter(t -> t.start() >= from && t.end() <= to).toList();
        return find(text, toks, anchor);
    }

    /**
     * Every resolvable date expression among these tokens. The expression is tried only where a cue
     * word or a number stands, not at every character: a full regular-expression scan of each article
     * cost more than all the rest of entity finding.
     */
    static List<Found> find(String text, List<Tok> toks, Optional<PublicationDate> anchor) {
        List<Found> out = new ArrayList<>();
        Matcher m = EXPRESSION.matcher(text);
        int covered = -1;
        for (int i = 0; i < toks.size(); i++) {
            Tok t = toks.get(i);
            String w = t.lower().endsWith(".") ? t.lower().substring(0, t.lower().length() - 1) : t.lower();
            if (w.isEmpty() || t.start() < covered || !(CUES.contains(w) || Character.isDigit(w.charAt(0)))) {
                continue;
            }
            // "on Sunday": a weekday's expression starts one word before it
            boolean weekday = w.endsWith("day") && !w.equals("today") && !w.equals("yesterday");
            int start = weekday && i > 0 && toks.get(i - 1).lower().equals("on") ? toks.get(i - 1).start() : t.start();
            m.region(start, Math.min(text.length(), t.start() + 40));
            if (m.lookingAt()) {
                int s = m.start();
                int e = m.end();
                resolve(m, anchor).ifPresent(d -> out.add(new Found(new Span(s, e), d)));
                covered = e;
            }
        }
        return out;
    }

    private static Optional<EventDate> resolve(Matcher m, Optional<PublicationDate> anchorDate) {
        String text = m.group();
        Optional<LocalDate> day = anchorDate.filter(a -> a.precision() == Precision.DAY).map(PublicationDate::first);
        Optional<PublicationDate> anchor = anchorDate;
        try {
            if (m.group("wd") != null) {
                DayOfWeek wd = DayOfWeek.valueOf(m.group("wd").toUpperCase(Locale.ROOT));
                return day.map(d -> EventDate.day(d.with(TemporalAdjusters.previousOrSame(wd)), text));
            }
            if (m.group("m1") != null) {
                return Optional.of(EventDate.day(LocalDate.of(Integer.parseInt(m.group("y1")), month(m.group("m1")),
                        Integer.parseInt(m.group("d1"))), text));
            }
            if (m.group("m2") != null) {
                int mo = month(m.group("m2"));
                int d = Integer.parseInt(m.group("d2"));
                if (m.group("y2") != null) {
                    return Optional.of(EventDate.day(LocalDate.of(Integer.parseInt(m.group("y2")), mo, d), text));
                }
                return anchor.filter(a -> a.precision() != Precision.YEAR)
                        .map(a -> EventDate.day(inYearBefore(a, mo, d), text));
            }
            if (m.group("m3") != null) {
                return Optional.of(EventDate.month(LocalDate.of(Integer.parseInt(m.group("y3")), month(m.group("m3")), 1), text));
            }
            if (m.group("last") != null) {
                int sign = switch (m.group("last").toLowerCase(Locale.ROOT)) {
                    case "last" -> -1;
                    case "next" -> 1;
                    default -> 0;
                };
                return switch (m.group("unit").toLowerCase(Locale.ROOT)) {
                    // a week is finer than any precision we keep: its month, if the days allow
                    case "week" -> day.map(d -> d.plusWeeks(sign))
                            .filter(d -> d.getMonth() == d.plusDays(6).getMonth() || sign == 0)
                            .map(d -> EventDate.month(d, text));
                    case "month" -> anchor.filter(a -> a.precision() != Precision.YEAR)
                            .map(a -> EventDate.month(a.first().plusMonths(sign), text));
                    default -> anchor.map(a -> EventDate.year(a.first().getYear() + sign, text));
                };
            }
            if (m.group("n") != null) {
                String n = m.group("n").toLowerCase(Locale.ROOT);
                int count = NUMBERS.containsKey(n) ? NUMBERS.get(n) : Integer.parseInt(n);
                String unit = m.group("agounit").toLowerCase(Locale.ROOT);
                if (unit.startsWith("year")) {
                    return anchor.map(a -> EventDate.year(a.first().getYear() - count, text));
                }
                if (unit.startsWith("month")) {
                    return anchor.filter(a -> a.precision() != Precision.YEAR)
                            .map(a -> EventDate.month(a.first().minusMonths(count), text));
                }
                return day.map(d -> EventDate.day(d.minusDays(unit.startsWith("week") ? 7L * count : count), text));
            }
            if (m.group("y4") != null) {
                return Optional.of(EventDate.year(Integer.parseInt(m.group("y4")), text));
            }
            if (m.group("rel") != null) {
                int back = m.group("rel").equalsIgnoreCase("yesterday") ? 1 : 0;
                return day.map(d -> EventDate.day(d.minusDays(back), text));
            }
        } catch (java.time.DateTimeException e) {
            return Optional.empty(); // "February 30": not a date, so no date
        }
        return Optional.empty();
    }

    private static int month(String name) {
        return MONTHS.get(name.toLowerCase(Locale.ROOT).replace(".", ""));
    }

    /**
     * "February 4" in an article of 20 March 2024 is 4 February 2024; "December" in one of February
     * 2024 is December 2023: news reports the past, so a date more than a month after the article's
     * (the end of its month, when only the month is known) belongs to the year before.
     */
    private static LocalDate inYearBefore(PublicationDate anchor, int month, int day) {
        LocalDate latest = anchor.precision() == Precision.DAY ? anchor.first()
                : anchor.first().with(TemporalAdjusters.lastDayOfMonth());
        LocalDate d = LocalDate.of(latest.getYear(), Month.of(month), day);
        return d.isAfter(latest.plusMonths(1)) ? d.minusYears(1) : d;
    }
}
