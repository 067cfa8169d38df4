package org.claimgraph.contradict;

import java.text.Normalizer;
import java.util.Locale;

/** The one normal form in which lexicon phrases and claim contents are compared. */
final class Text {

    private Text() {
    }

    /**
     * Lower case, accents and curly quotes folded, "US" and "U.S." written "united states", single
     * spaces. Copies of a
     * story differ exactly in such details (Kata’ib / Kataib, U.S. / US), which must not matter.
     */
    static String normalise(String s) {
        // "US" and "U.S." before lower-casing: afterwards "us" could be the pronoun.
        String t = s.replaceAll("\\bU\\.S\\.(?=\\W|$)|\\bU\\.S(?=\\W|$)|\\bUS\\b", "United States");
        t = Normalizer.normalize(t, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        t = t.toLowerCase(Locale.ROOT)
                .replace('’', '\'').replace('‘', '\'').replace('`', '\'')
                .replace('“', '"').replace('”', '"')
                .replace('—', '-').replace('–', '-');
        return t.replaceAll("\\s+", " ").trim();
    }

    /** A phrase as a whole-word regular expression over normalised text. */
    static String wordPattern(String phrase) {
        String n = normalise(phrase);
        String lead = Character.isLetterOrDigit(n.charAt(0)) ? "\\b" : "";
        String tail = Character.isLetterOrDigit(n.charAt(n.length() - 1)) ? "\\b" : "";
        return lead + java.util.regex.Pattern.quote(n) + tail;
    }
}
