package org.claimgraph.resolve;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits an article into tokens and rough sentences with one regular-expression pass: mention finding
 * needs word boundaries, capitalisation and where sentences end, not a tagger, and it must keep up
 * with the extractor's throughput. Possessives ("Qaani’s") and hyphenated modifiers ("Iran-backed",
 * "then-Hezbollah") become separate tokens; apostrophes inside names ("Kata’ib") do not split.
 */
final class TextTokens {

    private static final Pattern TOKEN = Pattern.compile(
            "(?:\\p{Lu}\\.){2,}"                                 // U.S., U.N.
                    + "|[\\p{L}\\p{M}\\d]+(?:['’][\\p{L}\\p{M}]+)*" // words, Kata’ib, Qaani’s
                    + "|\\n"
                    + "|[^\\s\\p{L}\\p{M}\\d]");                     // one punctuation mark
    /** Compiled once: String.split compiled it for every line of every article. */
    private static final Pattern WORD_BREAK = Pattern.compile("[\\s\\-]+");
    private static final Set<String> ABBREVIATIONS = Set.of(
            "mr", "mrs", "ms", "dr", "gen", "maj", "lt", "col", "sgt", "capt", "sen", "rep", "gov", "st",
            "del", "sens", "reps", "rev", "jr", "sr", "prof", "ft", "mt",
            "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec");

    private TextTokens() {
    }

    static List<Tok> of(String text) {
        List<int[]> raw = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            int s = m.start();
            int e = m.end();
            String t = m.group();
            if (t.length() > 2 && (t.endsWith("’s") || t.endsWith("'s")) && !t.equals("it's")) {
                raw.add(new int[] {s, e - 2});
                raw.add(new int[] {e - 2, e});
                continue;
            }
            // "Mr." and "Feb." keep their period, so it does not end a sentence
            // and so does a middle initial: "Jennifer L. McClellan"
            boolean initial = t.length() == 1 && Character.isUpperCase(t.charAt(0)) && e + 2 < text.length()
                    && text.charAt(e + 1) == ' ' && Character.isUpperCase(text.charAt(e + 2));
            if (e < text.length() && text.charAt(e) == '.' && (initial || ABBREVIATIONS.contains(t.toLowerCase()))) {
                e++;
            }
            raw.add(new int[] {s, e});
            if (e != m.end()) {
                m.region(e, text.length());
            }
        }
        List<Tok> out = new ArrayList<>(raw.size());
        int sentence = 0;
        int lineStart = 0;
        boolean headline = headline(text, 0);
        for (int i = 0; i < raw.size(); i++) {
            int s = raw.get(i)[0];
            int e = raw.get(i)[1];
            String t = text.substring(s, e);
            if (t.equals("\n")) {
                sentence++;
                lineStart = e;
                headline = headline(text, lineStart);
                continue;
            }
            out.add(new Tok(s, e, t, sentence, headline));
            if ((t.equals(".") || t.equals("?") || t.equals("!")) && i + 1 < raw.size()) {
                String next = text.substring(raw.get(i + 1)[0], raw.get(i + 1)[1]);
                if (!next.equals("\n") && (Character.isUpperCase(next.codePointAt(0)) || "“\"".contains(next))) {
                    sentence++;
                }
            }
        }
        return out;
    }

    /**
     * A line most of whose longer words are capitalised is a headline or caption: there every word is
     * capitalised, so capitals say nothing about names.
     */
    private static boolean headline(String text, int lineStart) {
        int end = text.indexOf('\n', lineStart);
        String line = text.substring(lineStart, end < 0 ? text.length() : end);
        int words = 0;
        int caps = 0;
        for (String w : WORD_BREAK.split(line)) {
            if (w.length() > 3 && Character.isLetter(w.codePointAt(0))) {
                words++;
                if (Character.isUpperCase(w.codePointAt(0))) {
                    caps++;
                }
            }
        }
        return words >= 3 && caps * 10 >= words * 8;
    }
}
