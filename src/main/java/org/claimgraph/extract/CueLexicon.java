package org.claimgraph.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The hand-written cue lexicons (resources cue-verbs.txt and cue-phrases.txt beside this class),
 * indexed by lower-case word form. Immutable after loading, so one instance serves all threads.
 */
final class CueLexicon {

    /** One inflected form of a cue verb. */
    record Verb(String lemma, boolean recipient, boolean mental, boolean weak, boolean object, boolean noun,
            boolean raising,
            java.util.Set<String> particles) {
        /** Flag A: an adjective ("confident", "eager"), a cue only after a copula: "is confident that". */
        boolean adjective() {
            return particles.contains("(adjective)");
        }

        boolean takes(String particle) {
            return particles.contains(particle);
        }
    }

    /** SOURCE_AFTER: "according to X"; VERB_TAIL: extends a cue verb; VERB: a multi-word cue verb. */
    enum PhraseKind { SOURCE_AFTER, VERB_TAIL, VERB }

    record Phrase(String[] words, PhraseKind kind) {
    }

    private final Map<String, Verb> verbs = new HashMap<>();
    /** Flag M: participles of the subject's own state of mind, no cues themselves. */
    private final java.util.Set<String> statesOfMind = new java.util.HashSet<>();
    /** Phrases by their first word, longest first. */
    private final Map<String, List<Phrase>> phrases = new HashMap<>();

    private static final CueLexicon STANDARD = new CueLexicon("cue-verbs.txt", "cue-phrases.txt");

    static CueLexicon standard() {
        return STANDARD;
    }

    private CueLexicon(String verbResource, String phraseResource) {
        for (String line : lines(verbResource)) {
            String[] parts = line.split("\\|", 2);
            String flags = parts.length > 1 ? parts[1].trim() : "";
            String[] forms = parts[0].trim().toLowerCase(Locale.ROOT).split("\\s+");
            java.util.Set<String> particles = new java.util.HashSet<>();
            for (String f : flags.split("\\s+")) {
                if (f.startsWith("+")) {
                    particles.add(f.substring(1));
                }
            }
            String letters = flags.replaceAll("\\+\\S+", "");
            if (letters.contains("M")) {
                statesOfMind.addAll(java.util.Arrays.asList(forms));
                continue;
            }
            if (letters.contains("A")) {
                particles.add("(adjective)");
            }
            Verb v = new Verb(forms[0], letters.contains("R"), letters.contains("S"), letters.contains("W"),
                    letters.contains("O"), letters.contains("N"), letters.contains("P"),
                    java.util.Set.copyOf(particles));
            // F: only the forms listed ("offered" is a cue far more often than "offer", "offers")
            boolean listedOnly = v.adjective() || letters.contains("F");
            for (String f : listedOnly ? List.<String>of() : regularForms(forms[0])) {
                verbs.putIfAbsent(f, v);
            }
            for (String f : forms) {
                verbs.putIfAbsent(f, v);
            }
        }
        for (String line : lines(phraseResource)) {
            String[] parts = line.split("\\|", 2);
            String[] words = parts[0].trim().toLowerCase(Locale.ROOT).split("\\s+");
            PhraseKind kind = PhraseKind.valueOf(parts[1].trim());
            phrases.computeIfAbsent(words[0], k -> new ArrayList<>()).add(new Phrase(words, kind));
        }
        phrases.values().forEach(l -> l.sort((a, b) -> b.words.length - a.words.length));
    }

    Verb verb(String lowerForm) {
        return verbs.get(lowerForm);
    }

    /**
     * Whether a participle or adjective names its subject's own state of mind ("was convinced",
     * "is worried"): an adjective cue (flag A) or a word listed with flag M.
     */
    boolean stateOfMind(String lowerForm) {
        Verb v = verbs.get(lowerForm);
        return statesOfMind.contains(lowerForm) || v != null && v.adjective();
    }

    /** The longest phrase starting at token i, or null. */
    Phrase phraseAt(Tokens t, int i, int limit) {
        List<Phrase> candidates = phrases.get(t.lower[i]);
        if (candidates == null) {
            return null;
        }
        for (Phrase p : candidates) {
            if (i + p.words.length > limit) {
                continue;
            }
            boolean match = true;
            for (int k = 1; k < p.words.length && match; k++) {
                match = t.lower[i + k].equals(p.words[k]);
            }
            if (match) {
                return p;
            }
        }
        return null;
    }

    /** -s, -ed and -ing forms by the ordinary spelling rules; irregular forms are listed in the file. */
    static List<String> regularForms(String base) {
        List<String> out = new ArrayList<>(4);
        out.add(base);
        int n = base.length();
        char last = base.charAt(n - 1);
        boolean consonantY = last == 'y' && n > 1 && "aeiou".indexOf(base.charAt(n - 2)) < 0;
        if (consonantY) {
            String stem = base.substring(0, n - 1);
            out.add(stem + "ies");
            out.add(stem + "ied");
        } else if (base.endsWith("s") || base.endsWith("sh") || base.endsWith("ch") || base.endsWith("x")
                || base.endsWith("z")) {
            out.add(base + "es");
            out.add(base + "ed");
        } else {
            out.add(base + "s");
            out.add(last == 'e' ? base + "d" : base + "ed");
        }
        if (last == 'e' && !base.endsWith("ee")) {
            out.add(base.substring(0, n - 1) + "ing");
        } else {
            out.add(base + "ing");
        }
        return out;
    }

    private static List<String> lines(String resource) {
        List<String> out = new ArrayList<>();
        try (InputStream in = CueLexicon.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing lexicon " + resource);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                line = line.strip();
                if (!line.isEmpty() && !line.startsWith("#")) {
                    out.add(line);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
