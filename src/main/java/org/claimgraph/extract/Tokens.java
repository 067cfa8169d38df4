package org.claimgraph.extract;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;

/**
 * A text cut into words and punctuation by a hand-written scanner. The extractor does not use the
 * OpenNLP tokenizer here: at ~130k words/s for segmentation alone it would eat the whole speed
 * budget, while attribution rules need only word boundaries, quote marks and clause punctuation.
 * Parallel arrays rather than objects keep the scan cheap.
 */
final class Tokens {

    /** Word-internal periods are kept for these (lower case, without the final period). */
    private static final Set<String> ABBREVIATIONS = Set.of(
            "mr", "mrs", "ms", "dr", "prof", "sen", "sens", "rep", "reps", "gov", "gen", "lt", "col", "maj",
            "capt", "sgt", "adm", "cmdr", "st", "jr", "sr", "inc", "co", "corp", "ltd", "llc", "vs", "no",
            "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
            "ave", "blvd", "mt", "ft", "pres", "supt", "gens", "messrs", "rev", "hon", "est", "approx", "dept",
            "ala", "ariz", "ark", "calif", "colo", "conn", "del", "fla", "ga", "ill", "ind", "kan", "ky", "la",
            "md", "mass", "mich", "minn", "miss", "mo", "mont", "neb", "nev", "okla", "ore", "pa", "tenn",
            "tex", "va", "vt", "wash", "wis", "wyo", "e.g", "i.e", "etc", "a.m", "p.m");

    final String text;
    int size;
    int[] start;
    int[] end;
    /** Lower-cased token text. */
    String[] lower;
    /** True when a line break separates this token from the previous one. */
    boolean[] lineBefore;

    private Tokens(String text, int capacity) {
        this.text = text;
        start = new int[capacity];
        end = new int[capacity];
        lower = new String[capacity];
        lineBefore = new boolean[capacity];
    }

    static Tokens of(String text) {
        Tokens t = new Tokens(text, Math.max(16, text.length() / 4));
        t.scan();
        return t;
    }

    char first(int i) {
        return text.charAt(start[i]);
    }

    boolean isWord(int i) {
        return Character.isLetterOrDigit(first(i));
    }

    boolean isCapitalized(int i) {
        return Character.isUpperCase(first(i));
    }

    boolean is(int i, String lowerWord) {
        return i >= 0 && i < size && lower[i].equals(lowerWord);
    }

    boolean isOpenQuote(int i) {
        char c = first(i);
        int len = end[i] - start[i];
        return len == 1 && (c == '“' || c == '"' || c == '‘' || c == '«' || c == '„') || len == 2 && c == '`'
                || len == 2 && c == '\'' && (i + 1 >= size || start[i + 1] == end[i])
                        && (i == 0 || end[i - 1] < start[i]);
    }

    /** Double quotation marks, including the '' and `` pairs some newswires type. */
    boolean isQuoteChar(int i) {
        char c = first(i);
        int len = end[i] - start[i];
        return len == 1 && (c == '“' || c == '”' || c == '"' || c == '«' || c == '»' || c == '„')
                || len == 2 && (c == '\'' || c == '`');
    }

    private void add(int s, int e, boolean line) {
        if (size == start.length) {
            int n = size * 2;
            start = Arrays.copyOf(start, n);
            end = Arrays.copyOf(end, n);
            lower = Arrays.copyOf(lower, n);
            lineBefore = Arrays.copyOf(lineBefore, n);
        }
        start[size] = s;
        end[size] = e;
        lower[size] = text.substring(s, e).toLowerCase(Locale.ROOT);
        lineBefore[size] = line;
        size++;
    }

    private void scan() {
        String s = text;
        int n = s.length();
        int i = 0;
        boolean line = false;
        while (i < n) {
            char c = s.charAt(i);
            if (c == '\n' || c == '\r' || c == '\u2029' || c == '\u2028') {
                line = true;
                i++;
                continue;
            }
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                i++;
                continue;
            }
            int j;
            if (Character.isLetterOrDigit(c)) {
                j = wordEnd(s, i);
            } else if ((c == '\'' || c == '`') && i + 1 < n && s.charAt(i + 1) == c) {
                j = i + 2; // '' and `` stand for closing and opening double quotes in some newswires
            } else if ((c == '.' || c == '-') && i + 1 < n && s.charAt(i + 1) == c) {
                j = i + 1;
                while (j < n && s.charAt(j) == c) {
                    j++;
                }
            } else {
                j = i + Character.charCount(s.codePointAt(i));
            }
            add(i, j, line);
            line = false;
            i = j;
        }
    }

    /** A word runs over letters and digits, joined by apostrophes, hyphens, periods, commas in numbers. */
    private static int wordEnd(String s, int i) {
        int n = s.length();
        int j = i;
        while (j < n) {
            char c = s.charAt(j);
            if (Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK) {
                j++;
                continue;
            }
            boolean joiner = c == '\'' || c == '’' || c == '-' || c == '‐' || c == '.' || c == '&'
                    || (c == ',' && j > i && Character.isDigit(s.charAt(j - 1)));
            if (joiner && j + 1 < n && Character.isLetterOrDigit(s.charAt(j + 1))
                    && !(c == ',' && !Character.isDigit(s.charAt(j + 1)))) {
                j++;
                continue;
            }
            break;
        }
        // A period right after the word belongs to it for abbreviations, initials and U.S.-style acronyms.
        if (j < n && s.charAt(j) == '.') {
            String w = s.substring(i, j).toLowerCase(Locale.ROOT);
            boolean initial = j - i == 1 && Character.isUpperCase(s.charAt(i));
            boolean dotted = w.indexOf('.') > 0 && w.length() <= 6;
            int hyphen = w.lastIndexOf('-');
            if (hyphen > 0 && ABBREVIATIONS.contains(w.substring(hyphen + 1))) {
                dotted = true; // party-and-state tags: "R-Ky.", "D-Calif."
            }
            if (ABBREVIATIONS.contains(w) || initial || dotted) {
                j++;
            }
        }
        return j;
    }
}
