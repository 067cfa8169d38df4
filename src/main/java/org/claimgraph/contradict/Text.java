package org.claimgraph.contradict;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** The one normal form in which lexicon phrases and claim contents are compared. */
final class Text {

    // Compiled once: every claim and every lexicon phrase passes through here on each pass.
    private static final Pattern UNITED_STATES = Pattern.compile("\\bU\\.S\\.(?=\\W|$)|\\bU\\.S(?=\\W|$)|\\bUS\\b");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private Text() {
    }

    /**
     * Lower case, accents and curly quotes folded, "US" and "U.S." written "united states", single
     * spaces. Copies of a
     * story differ exactly in such details (Kata’ib / Kataib, U.S. / US), which must not matter.
     */
    static String normalise(String s) {
        // "US" and "U.S." before lower-casing: afterwards "us" could be the pronoun.
        String t = UNITED_STATES.matcher(s).replaceAll("United States");
        t = MARKS.matcher(Normalizer.normalize(t, Normalizer.Form.NFKD)).replaceAll("");
        t = t.toLowerCase(Locale.ROOT)
                .replace('’', '\'').replace('‘', '\'').replace('`', '\'')
                .replace('“', '"').replace('”', '"')
                .replace('—', '-').replace('–', '-');
        return SPACES.matcher(t).replaceAll(" ").trim();
    }

    /** A phrase as a whole-word regular expression over normalised text. */
    static String wordPattern(String phrase) {
        String n = normalise(phrase);
        String lead = Character.isLetterOrDigit(n.charAt(0)) ? "\\b" : "";
        String tail = Character.isLetterOrDigit(n.charAt(n.length() - 1)) ? "\\b" : "";
        return lead + Pattern.quote(n) + tail;
    }
}
