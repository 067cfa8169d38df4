package org.claimgraph.resolve;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The matching key of a name: what stays the same across the usual spellings of one Arabic or Persian
 * name in English text. Transliteration drifts in vowels (Qassem/Qasem, Esmail/Ismail, Kataib/Kataeb),
 * in how q, kh and k are written (Qaani/Qani/Khani), in the article particle (al-/Al /el-) and in
 * apostrophes (Kata'ib), so the key drops particles and apostrophes, folds those consonants, collapses
 * doubled letters and turns every run of vowels into one "a" (a word-initial vowel into one of three
 * classes: a; e/i; o/u). It keeps the number and place of vowel
 * runs, so "Sudan" (sadan) and "Sudani" (sadana) stay apart. Cheap: one pass per word, no allocation
 * beyond the result, because every mention of every article is keyed.
 */
public final class NameKey {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    // Compiled once: String.split compiles these on every call, and surnames are taken per mention pair.
    private static final Pattern OF = Pattern.compile(" of ");
    private static final Pattern WORD_BREAK = Pattern.compile("[\\s\\-]+");
    /** Particles that come and go between spellings of one name. */
    private static final Set<String> PARTICLES = Set.of("al", "el", "ad", "as", "ash", "an", "ar");

    private NameKey() {
    }

    /** The key of a whole name: its folded words joined by spaces ("Kata’ib Hezbollah" gives "katab hazbala"). */
    public static String of(String name) {
        return String.join(" ", words(name));
    }

    /** The folded words of a name, particles left out. One pass over the chars; Unicode only when needed. */
    public static List<String> words(String name) {
        return words(name, true);
    }

    /**
     * The key an actor's IRI is minted from when no gazetteer entry names it. A one-word name keeps
     * its vowels ({@link #light}): folded vowels make short English names meet across articles
     * (Kerry and Korea, Sarah and Syria, Meh and Mo), where longer names carry enough consonants.
     */
    public static String mint(String name) {
        List<String> folded = words(name, true);
        return folded.size() == 1 ? String.join(" ", words(name, false)) : String.join(" ", folded);
    }

    /** A name with only case, particles, apostrophes, doubled letters and q/kh/ck/ch set aside: vowels stay. */
    public static String spelling(String name) {
        return String.join(" ", words(name, false));
    }

    /** Generational suffixes: "Donald Trump Jr." has the surname Trump. */
    private static final Set<String> SUFFIXES = Set.of("jr", "sr", "ii", "iii", "iv");

    /** The surname of a full name as written: its last word, "Jr." and "of West Virginia" left off. */
    public static String surnameWord(String name) {
        String[] w = WORD_BREAK.split(OF.split(name, 2)[0].strip());
        int k = w.length - 1;
        while (k > 0 && SUFFIXES.contains(spelling(w[k]))) {
            k--;
        }
        return w[k];
    }

    /** The key of a full name's surname ({@link #surnameWord}). */
    public static String surname(String name) {
        return of(surnameWord(name));
    }

    /**
     * Whether a name as written is spelled like a listed spelling with the same key: a few letters
     * apart once case, particles, apostrophes, doubled letters and q/kh/ck/ch are set aside (Khani
     * and Qaani, Kataeb and Kataib, Mohammad and Mohammed). Folding every vowel alone would let
     * Sarah match Syria, Dish match Daesh and Kaine match Qaani; and a short word one
     * letter off is another word (Come, Comey).
     */
    public static boolean spelledLike(String written, String listed) {
        String a = String.join("", words(written, false));
        String b = String.join("", words(listed, false));
        int shorter = Math.min(a.length(), b.length());
        // a short word one letter off is another word: "Come" is not Comey
        return distance(a, b) <= (shorter < 5 ? 0 : Math.max(1, shorter / 5));
    }

    private static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int sub = prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                cur[j] = Math.min(sub, Math.min(prev[j], cur[j - 1]) + 1);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }

    private static List<String> words(String name, boolean fold) {
        String s = name;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) > 127) {
                s = MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFKD)).replaceAll("");
                break;
            }
        }
        List<String> out = new ArrayList<>(2);
        StringBuilder w = new StringBuilder(16);
        for (int i = 0; i <= s.length(); i++) {
            char c = i < s.length() ? s.charAt(i) : ' ';
            if (Character.isWhitespace(c) || c == '-' || c == '‐' || c == '–' || c == '—' || c == '/') {
                addWord(w, out, fold);
                w.setLength(0);
            } else if (Character.isLetterOrDigit(c)) {
                w.append(Character.toLowerCase(c));
            } else if ((c == '\'' || c == '’') && i + 1 < s.length() && (s.charAt(i + 1) == 's' || s.charAt(i + 1) == 'S')
                    && (i + 2 == s.length() || !Character.isLetter(s.charAt(i + 2)))) {
                i++; // a possessive: "Qaani’s" is Qaani
            }
            // apostrophes, periods and other marks vanish: Kata'ib, U.S.
        }
        return out;
    }

    private static void addWord(StringBuilder w, List<String> out, boolean fold) {
        String word = w.toString();
        if (word.isEmpty() || PARTICLES.contains(word)) {
            return;
        }
        out.add(fold ? fold(word) : light(word));
    }

    /** A word with only its consonant spellings folded (q/kh/ck/ch to k, ph to f) and doubled letters once. */
    static String light(String w) {
        String s = w.replace("kh", "k").replace("ck", "k").replace("ch", "k").replace("q", "k").replace("ph", "f");
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            if (i == 0 || s.charAt(i) != s.charAt(i - 1)) {
                b.append(s.charAt(i));
            }
        }
        return b.toString();
    }

    /** One word's key: q/kh/ck/ch to k, ph to f, ou/w-vowels as vowels, doubled letters once, vowel runs as "a". */
    static String fold(String w) {
        String s = w.replace("kh", "k").replace("ck", "k").replace("ch", "k").replace("q", "k")
                .replace("ph", "f").replace("dh", "d").replace("th", "t").replace("gh", "g");
        StringBuilder b = new StringBuilder(s.length());
        char prev = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean vowel = "aeiouy".indexOf(c) >= 0 && !(c == 'y' && i == 0);
            // "h" after a vowel at the end of a word is silent in transliteration (Allah/Alla, Nasrallah)
            if (c == 'h' && i == s.length() - 1 && prev == 'a') {
                continue;
            }
            // a word's first vowel keeps its quality class, so Oman and Amman stay apart while
            // Esmail and Ismail, Osama and Usama meet
            char k = !vowel ? c : i > 0 ? 'a' : c == 'e' || c == 'i' ? 'i' : c == 'o' || c == 'u' ? 'u' : 'a';
            if (k != prev) {
                b.append(k);
            }
            prev = k;
        }
        return b.toString();
    }
}
