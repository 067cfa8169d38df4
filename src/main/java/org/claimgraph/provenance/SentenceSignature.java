package org.claimgraph.provenance;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimgraph.resolve.NameKey;

/**
 * What of a sentence survives spinning and machine translation, as features to align on: names folded
 * by {@link NameKey} (so Qaani, Qani and Khani meet), numbers (digits or words, "5" and "five"), words
 * inside quotation marks, and content words cut to five letters and read through a synonym list (so
 * "assault" meets "attack"). Each feature carries its class as a prefix, so a name never meets a word.
 *
 * @param text     the sentence
 * @param features its features, in order, without repeats
 */
record SentenceSignature(String text, Set<String> features) {

    static final String NAME = "n:";
    static final String NUMBER = "#:";
    static final String QUOTED = "q:";
    static final String WORD = "w:";

    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}’'.,-]*[\\p{L}\\p{N}]|[\\p{L}\\p{N}]");
    private static final Pattern TRAILING_MARKS = Pattern.compile("[.,]+$");
    private static final Pattern NOT_DIGIT = Pattern.compile("[^0-9]");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern QUOTE = Pattern.compile("[“\"]([^”\"]{3,})[”\"]");
    private static final Set<String> STOPWORDS = Set.of("the", "a", "an", "of", "to", "in", "on", "at", "for", "with",
            "by", "from", "and", "or", "but", "as", "is", "are", "was", "were", "be", "been", "being", "has", "have",
            "had", "it", "its", "it’s", "he", "she", "his", "her", "they", "them", "their", "this", "that", "these",
            "those", "who", "which", "what", "would", "will", "could", "can", "should", "may", "might", "did", "do",
            "does", "not", "no", "also", "than", "then", "there", "here", "into", "over", "under", "about", "after",
            "before", "since", "while", "when", "if", "so", "such", "very", "more", "most", "only", "just", "all",
            "any", "each", "both", "other", "another", "one", "we", "our", "us", "i", "you", "out", "up", "said");
    private static final Map<String, String> NUMBER_WORDS = Map.ofEntries(Map.entry("one", "1"),
            Map.entry("two", "2"), Map.entry("three", "3"), Map.entry("four", "4"), Map.entry("five", "5"),
            Map.entry("six", "6"), Map.entry("seven", "7"), Map.entry("eight", "8"), Map.entry("nine", "9"),
            Map.entry("ten", "10"), Map.entry("eleven", "11"), Map.entry("twelve", "12"), Map.entry("twenty", "20"),
            Map.entry("dozen", "12"), Map.entry("hundred", "100"), Map.entry("thousand", "1000"));
    /** Capitalised words that open sentences and clauses rather than name anything. */
    private static final Set<String> NOT_NAMES = Set.of("the", "a", "an", "he", "she", "it", "they", "we", "i",
            "this", "that", "these", "those", "there", "but", "and", "or", "if", "in", "on", "at", "for", "with",
            "after", "before", "since", "although", "while", "as", "mr", "mrs", "ms", "one", "another", "other",
            "some", "several", "any", "no", "not", "his", "her", "their", "its", "our", "what", "when", "who",
            "following", "over", "less", "more", "along", "within", "by", "from", "to", "of", "also", "each",
            "together", "confirming", "photo", "prime", "minister", "general", "commander", "former");
    private static final Map<String, String> SYNONYMS = synonyms();
    private static final Set<String> MONTHS = Set.of("january", "february", "march", "april", "june", "july",
            "august", "september", "sept", "october", "november", "december");

    static SentenceSignature of(String sentence) {
        Set<String> features = new LinkedHashSet<>();
        Matcher m = TOKEN.matcher(sentence);
        boolean opening = true;
        while (m.find()) {
            String token = TRAILING_MARKS.matcher(m.group()).replaceAll("");
            if (token.isEmpty()) {
                continue;
            }
            String lower = token.toLowerCase(Locale.ROOT).replace('’', '\'');
            if (lower.endsWith("'s")) {
                lower = lower.substring(0, lower.length() - 2);
            }
            if (Character.isDigit(token.charAt(0))) {
                features.add(NUMBER + NOT_DIGIT.matcher(token).replaceAll(""));
            } else if (NUMBER_WORDS.containsKey(lower)) {
                features.add(NUMBER + NUMBER_WORDS.get(lower));
            } else if (Character.isUpperCase(token.charAt(0)) && !NOT_NAMES.contains(lower)
                    && !(opening && STOPWORDS.contains(lower))) {
                if (!(opening && SYNONYMS.containsKey(stem(lower)))) {
                    NameKey.words(month(lower)).forEach(w -> features.add(NAME + w));
                } else {
                    features.add(WORD + word(lower));
                }
            } else if (!STOPWORDS.contains(lower) && lower.length() > 2) {
                features.add(WORD + word(lower));
            }
            opening = false;
        }
        Matcher q = QUOTE.matcher(sentence);
        while (q.find()) {
            for (String w : NOT_WORD.split(q.group(1).toLowerCase(Locale.ROOT))) {
                if (w.length() > 3 && !STOPWORDS.contains(w)) {
                    features.add(QUOTED + word(w));
                }
            }
        }
        return new SentenceSignature(sentence, features);
    }

    static List<SentenceSignature> of(List<String> sentences) {
        return sentences.stream().map(SentenceSignature::of).toList();
    }

    /** The feature's class, as the aligner weighs it: names and numbers say most, common words least. */
    static double classWeight(String feature) {
        return switch (feature.substring(0, 2)) {
            case NAME -> 2.0;
            case NUMBER -> 2.5;
            case QUOTED -> 0.5;
            default -> 1.0;
        };
    }

    /** The word as compared: its first five letters, read through the synonym list. */
    static String word(String lower) {
        String s = stem(lower);
        return SYNONYMS.getOrDefault(s, s);
    }

    private static String stem(String lower) {
        String s = NOT_WORD.matcher(lower).replaceAll("");
        return s.length() > 5 ? s.substring(0, 5) : s;
    }

    /** "Feb" and "February" are one month. */
    private static String month(String lower) {
        return lower.length() > 3 && MONTHS.contains(lower) ? lower.substring(0, 3) : lower;
    }

    private static Map<String, String> synonyms() {
        Map<String, String> map = new HashMap<>();
        InputStream in = SentenceSignature.class.getResourceAsStream("synonyms.txt");
        if (in == null) {
            throw new IllegalStateException("synonyms.txt missing from the classpath");
        }
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] words = line.split(",");
                String head = stem(words[0].strip());
                for (String w : words) {
                    map.putIfAbsent(stem(w.strip()), head);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(map);
    }
}
