package org.claimgraph.resolve;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A person's sex as far as the text shows it (a first name in first-names.txt, "Mr." or "Mrs."), so
 * that "she" does not go back to Barack Obama nor "Mr. Clinton" to Hillary Clinton. Unknown agrees
 * with everything: a name the list lacks blocks no link.
 */
enum Gender {
    MALE, FEMALE, UNKNOWN;

    /** Compiled once: String.split compiles "\\s+" on every call, and every name of every article asks. */
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Map<String, Gender> FIRST_NAMES = load();
    private static final Set<String> MALE_TITLES = Set.of("mr.", "mr", "sir", "king", "sheikh", "ayatollah");
    private static final Set<String> FEMALE_TITLES = Set.of("mrs.", "mrs", "ms.", "ms", "miss", "madam", "queen", "lady");

    boolean agrees(Gender o) {
        return this == UNKNOWN || o == UNKNOWN || this == o;
    }

    /** Of a pronoun: "he" male, "she" female, anything else unknown. */
    static Gender ofPronoun(String pronoun) {
        return switch (pronoun.toLowerCase(Locale.ROOT)) {
            case "he", "him", "his", "himself" -> MALE;
            case "she", "her", "hers", "herself" -> FEMALE;
            default -> UNKNOWN;
        };
    }

    /** Of a full name by its first word ("Hillary Clinton" female), unknown for a lone surname. */
    static Gender ofName(String name) {
        String[] words = WHITESPACE.split(name.strip());
        return words.length < 2 ? UNKNOWN : FIRST_NAMES.getOrDefault(words[0].toLowerCase(Locale.ROOT), UNKNOWN);
    }

    /** Of a title written with a name ("Mr." male, "Mrs." female), by any of its words. */
    static Gender ofTitle(String title) {
        for (String w : WHITESPACE.split(title.toLowerCase(Locale.ROOT))) {
            if (MALE_TITLES.contains(w)) {
                return MALE;
            }
            if (FEMALE_TITLES.contains(w)) {
                return FEMALE;
            }
        }
        return UNKNOWN;
    }

    private static Map<String, Gender> load() {
        Map<String, Gender> out = new HashMap<>();
        try (InputStream in = Gender.class.getResourceAsStream("first-names.txt")) {
            if (in == null) {
                throw new IllegalStateException("first-names.txt missing from the classpath");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                int colon = line.indexOf(':');
                if (line.startsWith("#") || colon < 0) {
                    continue;
                }
                Gender g = line.substring(0, colon).strip().equals("female") ? FEMALE : MALE;
                for (String n : line.substring(colon + 1).strip().split("\\s+")) {
                    out.putIfAbsent(n.toLowerCase(Locale.ROOT), g);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(out);
    }
}
