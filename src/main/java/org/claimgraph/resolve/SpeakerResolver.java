package org.claimgraph.resolve;

import com.google.common.base.CharMatcher;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tells named sources from anonymous ones and pulls the name out of a titled mention.
 * A first version by surface rules: a run of capitalised words that are not titles, nationalities or
 * function words is a name. Actors across spellings and articles are the business of a later stage.
 */
public final class SpeakerResolver {

    /** Capitalised words that describe rather than name: titles, roles, nationalities, determiners. */
    private static final ImmutableSet<String> DESCRIPTIVE = ImmutableSet.of(
            "a", "an", "the", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
            "another", "other", "some", "several", "many", "senior", "top", "former", "then", "deputy", "acting",
            "caretaker", "prime", "minister", "president", "vice", "speaker", "commander", "general", "gen",
            "gen.", "maj.", "maj", "mr.", "mr", "mrs.", "ms.", "dr.", "leader", "chief", "head", "spokesman",
            "spokeswoman", "spokesperson", "official", "officials", "source", "sources", "envoy", "advisor",
            "adviser", "pm", "us", "u.s.", "iraqi", "iranian", "lebanese", "israeli", "american", "western",
            "shiite", "shi'ite", "syrian", "jordanian", "political", "security", "military", "government",
            "informed", "high-ranking", "white", "house", "state", "department", "defense", "foreign", "affairs",
            "his", "her", "their", "its", "he", "she", "they", "it", "we", "i", "you");

    private static final ImmutableSet<String> PRONOUNS = ImmutableSet.of(
            "he", "she", "they", "it", "we", "i", "you", "him", "her", "them");

    private static final ImmutableMap<String, Integer> NUMBERS = ImmutableMap.<String, Integer>builder()
            .put("two", 2).put("three", 3).put("four", 4).put("five", 5).put("six", 6).put("seven", 7)
            .put("eight", 8).put("nine", 9).put("ten", 10).put("both", 2).buildOrThrow();

    private static final Pattern ARTICLE_PARTICLE = Pattern.compile("^(al|el|ad|as|ash|an|ar)-");

    /** Nouns that stand for people or groups left unnamed. */
    private static final ImmutableSet<String> UNNAMED_HEADS = ImmutableSet.of(
            "source", "sources", "official", "officials", "diplomat", "diplomats", "politician", "politicians",
            "commander", "commanders", "people", "circles", "person", "adviser", "advisers", "advisor",
            "advisors", "spokesman", "spokeswoman", "spokesperson", "strategist", "member", "members",
            "leader", "leaders", "analyst", "analysts", "observers", "residents", "witnesses", "experts");

    /** Where a description's head ends and its modifiers begin. */
    private static final Pattern MODIFIER = Pattern.compile(
            ",|\s(?:close to|familiar with|from|in|of|with|who|which|that|at|for)\s");

    /** Compiled once: String.replaceAll compiled it for every speaker of every claim. */
    private static final Pattern POSSESSIVE = Pattern.compile("['’]s$");

    private static final Pattern RELATIVE = Pattern.compile(",\\s+(?:who|whose|which)\\b");

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}][\\p{L}\\p{M}'’.\\-]*|\\d+");

    public Speaker resolve(String mention) {
        String trimmed = CharMatcher.whitespace().or(CharMatcher.anyOf(",;:")).trimFrom(mention);
        List<String> words = new ArrayList<>();
        // "Qani, whose predecessor was killed by a U.S. drone": the name is the one the relative
        // clause describes, not the last capitalised words inside it
        Matcher relative = RELATIVE.matcher(trimmed);
        var m = WORD.matcher(relative.find() && relative.start() > 0 ? trimmed.substring(0, relative.start()) : trimmed);
        while (m.find()) {
            words.add(m.group());
        }
        Optional<String> name = PRONOUNS.contains(trimmed.toLowerCase(Locale.ROOT)) || describesUnnamed(trimmed)
                ? Optional.empty()
                : lastNameRun(words);
        return new Speaker(trimmed, name, trimmed, count(words));
    }

    /**
     * "a source close to the Hezbollah group in Lebanon": the head before a modifier is an unnamed
     * person, and the names after it say whom they are close to, not who they are.
     */
    private static boolean describesUnnamed(String mention) {
        String head = MODIFIER.split(mention, 2)[0];
        List<String> headWords = new ArrayList<>();
        var m = WORD.matcher(head);
        while (m.find()) {
            headWords.add(m.group());
        }
        return lastNameRun(headWords).isEmpty()
                && headWords.stream().anyMatch(w -> UNNAMED_HEADS.contains(normalise(w)));
    }

    /** The last run of capitalised, non-descriptive words ("Farhad Alaadin", "Reuters", "Najib Mikati"). */
    private static Optional<String> lastNameRun(List<String> words) {
        int end = -1;
        int start = -1;
        for (int i = words.size() - 1; i >= 0; i--) {
            boolean nameWord = isNameWord(words.get(i));
            if (nameWord && end < 0) {
                end = i;
                start = i;
            } else if (nameWord) {
                start = i;
            } else if (end >= 0) {
                break;
            }
        }
        if (end < 0 || sentenceInitialCommonNoun(words, start, end)) {
            return Optional.empty();
        }
        String name = String.join(" ", words.subList(start, end + 1));
        return Optional.of(stripPossessive(name));
    }

    /**
     * "Circles close to the factions": a lone capitalised first word followed by lower-case words is
     * a common noun capitalised by its position, unless it is a possessive ("Mikati's office").
     */
    private static boolean sentenceInitialCommonNoun(List<String> words, int start, int end) {
        String w = words.get(start);
        return start == 0 && end == 0 && words.size() > 1 && !w.endsWith("'s") && !w.endsWith("’s");
    }

    private static boolean isNameWord(String w) {
        // "al-Sudani", "el-Sisi": Arabic article particles are written lower case before the name
        String core = ARTICLE_PARTICLE.matcher(w).replaceFirst("");
        return !core.isEmpty() && Character.isUpperCase(core.codePointAt(0))
                && !DESCRIPTIVE.contains(normalise(w));
    }

    /** Lower case with typographic apostrophes folded, for lexicon look-ups. */
    private static String normalise(String w) {
        return w.toLowerCase(Locale.ROOT).replace('’', '\'');
    }

    private static String stripPossessive(String name) {
        return POSSESSIVE.matcher(name).replaceAll("");
    }

    private static OptionalInt count(List<String> words) {
        for (String w : words) {
            Integer n = NUMBERS.get(w.toLowerCase(Locale.ROOT));
            if (n != null) {
                return OptionalInt.of(n);
            }
            if (CharMatcher.inRange('0', '9').matchesAllOf(w)) {
                return OptionalInt.of(Integer.parseInt(w));
            }
        }
        return OptionalInt.empty();
    }
}
