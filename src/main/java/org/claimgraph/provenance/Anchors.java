package org.claimgraph.provenance;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimgraph.extract.Span;

/**
 * What survives spinning and machine translation: names and numbers. A spinner swaps "said" for
 * "mentioned" and "attack" for "assault", a translation round trip rewrites whole clauses, but
 * "Kataib Hezbollah", "2,500" and "Feb 6" come through; so copies are matched on these anchors.
 */
final class Anchors {

    /**
     * After . ! ? (and a closing quote), but not after "U.S." or "Mr." and their like, nor before a
     * lower-case word: "“... the Iraqi government.” said a Shiite politician" is one sentence.
     */
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?][\"”’)]?\\s+|\\n+");
    private static final Set<String> ABBREVIATIONS = Set.of("U.S", "Mr", "Mrs", "Ms", "Dr", "Gen", "Maj", "Col",
            "Lt", "Sgt", "St", "No", "Jan", "Feb", "Aug", "Sept", "Oct", "Nov", "Dec");
    private static final Pattern TRAILING_MARKS = Pattern.compile("[.,]+$");
    private static final Pattern NOT_DIGIT = Pattern.compile("[^0-9]");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern POSSESSIVE = Pattern.compile("[’']s$");
    private static final Pattern APOSTROPHES = Pattern.compile("[’'`.]");
    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}’'.,-]*[\\p{L}\\p{N}]|[\\p{L}\\p{N}]");
    /** Capitalised words that start sentences or clauses, not names. */
    private static final Set<String> NOT_NAMES = Set.of("the", "a", "an", "he", "she", "it", "they", "we", "i",
            "this", "that", "these", "those", "there", "but", "and", "or", "if", "in", "on", "at", "for", "with",
            "after", "before", "since", "although", "while", "as", "mr", "mrs", "ms", "one", "another", "other",
            "some", "several", "any", "no", "not", "his", "her", "their", "its", "our", "what", "when", "who", "us",
            "u.s", "following", "over", "less", "more", "along", "within", "by", "from", "to", "of", "also");

    private Anchors() {
    }

    /** The text's sentences, at least a few words long, in order. */
    static List<String> sentences(String text) {
        return sentenceSpans(text).stream().map(s -> s.of(text)).toList();
    }

    /** Where the text's sentences stand (char offsets, surrounding blanks left out), as {@link #sentences}. */
    static List<Span> sentenceSpans(String text) {
        List<Span> spans = new ArrayList<>();
        Matcher m = SENTENCE_END.matcher(text);
        int start = 0;
        while (true) {
            int end = text.length();
            int next = -1;
            while (m.find()) {
                if (endsSentence(text, m)) {
                    end = text.charAt(m.start()) == '\n' ? m.start() : firstBlank(text, m.start());
                    next = m.end();
                    break;
                }
            }
            addStripped(text, start, end, spans);
            if (next < 0) {
                return spans;
            }
            start = next;
        }
    }

    /** A line break always ends a sentence; a full stop not after "U.S." or "Mr." and not before a lower-case word. */
    private static boolean endsSentence(String text, Matcher m) {
        if (text.charAt(m.start()) == '\n' || m.group().indexOf('\n') >= 0) {
            return true;
        }
        if (m.end() < text.length() && Character.isLowerCase(text.charAt(m.end()))) {
            return false;
        }
        if (text.charAt(m.start()) == '.' && !Character.isWhitespace(text.charAt(m.start() + 1))) {
            return true; // a quote or bracket closes the sentence: "... government.” said" was ruled out above
        }
        if (text.charAt(m.start()) != '.') {
            return true;
        }
        int w = m.start();
        while (w > 0 && (Character.isLetter(text.charAt(w - 1)) || text.charAt(w - 1) == '.')) {
            w--;
        }
        return !ABBREVIATIONS.contains(text.substring(w, m.start()));
    }

    private static int firstBlank(String text, int from) {
        int i = from;
        while (i < text.length() && !Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static void addStripped(String text, int start, int end, List<Span> spans) {
        int s = start;
        int e = end;
        while (s < e && Character.isWhitespace(text.charAt(s))) {
            s++;
        }
        while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        int words = 0;
        boolean inWord = false;
        for (int i = s; i < e && words < 4; i++) {
            boolean blank = Character.isWhitespace(text.charAt(i));
            if (!blank && !inWord) {
                words++;
            }
            inWord = !blank;
        }
        if (words >= 4) {
            spans.add(new Span(s, e));
        }
    }

    /** The sentence's names (capitalised words, normalised) and numbers, in order, without repeats. */
    static List<String> of(String sentence) {
        Set<String> anchors = new LinkedHashSet<>();
        Matcher m = TOKEN.matcher(sentence);
        while (m.find()) {
            String token = TRAILING_MARKS.matcher(m.group()).replaceAll("");
            if (token.isEmpty()) {
                continue;
            }
            if (Character.isDigit(token.charAt(0))) {
                anchors.add(NOT_DIGIT.matcher(token).replaceAll(""));
            } else if (Character.isUpperCase(token.charAt(0))) {
                String name = normalise(token);
                if (!NOT_NAMES.contains(name) && name.length() > 1) {
                    anchors.add(name);
                }
            }
        }
        return new ArrayList<>(anchors);
    }

    /** Lower case, no accents, no apostrophes, no possessive: "Kata’ib" and "Kataib" meet. */
    static String normalise(String token) {
        String ascii = Normalizer.isNormalized(token, Normalizer.Form.NFKD) ? token
                : MARKS.matcher(Normalizer.normalize(token, Normalizer.Form.NFKD)).replaceAll("");
        return APOSTROPHES.matcher(POSSESSIVE.matcher(ascii.toLowerCase(Locale.ROOT)).replaceAll("")).replaceAll("");
    }

    /** Overlapping pairs of consecutive anchors: the shingles that index a text. */
    static List<String> shingles(List<String> anchors) {
        List<String> shingles = new ArrayList<>();
        for (int i = 0; i + 1 < anchors.size(); i++) {
            shingles.add(anchors.get(i) + " " + anchors.get(i + 1));
        }
        return shingles;
    }
}
