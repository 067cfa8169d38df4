package org.claimgraph.contradict;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.claimgraph.nlp.NlpPipeline;
import org.claimgraph.nlp.Sentence;
import org.claimgraph.nlp.Token;

/**
 * Reduces a content to {@link Clause}s with the project's OpenNLP tagger and lemmatiser: each of its
 * first sentences' subject (before its first finite verb), its main verb (after any auxiliaries), the
 * head of its object, and a negation between them. Word classes and the few closed lists in
 * clauses.txt are all it knows, so it works in any domain; anything it cannot read cleanly gives
 * no clause, because a wrong clause is a false alarm later.
 */
final class ClauseReader {

    /** A long quotation's later sentences drift from what the claim is about. */
    private static final int MAX_SENTENCES = 3;

    /** The tagger's Penn mapping tags "his" PRP, like "him": possessives are told by the word. */
    private static final Set<String> POSSESSIVES = Set.of("his", "her", "their", "its", "my", "our", "your");

    private final NlpPipeline nlp = NlpPipeline.english();
    private final Set<String> aux = tagged("aux");
    private final Set<String> negations = Negations.clause();
    private final Set<String> reporting = tagged("reporting");
    private final Set<String> self = tagged("self");
    private final Set<String> sourcePronouns = tagged("source");

    /**
     * System property that turns the general clause reading on in the contradiction pass. Off by
     * default: loading and running OpenNLP's tagger and lemmatiser on every claim costs more than the
     * rest of the pass, and on PolNeAR dev it found nothing the lexicon rules miss.
     */
    static final String PROPERTY = "claimgraph.clauses";

    static boolean enabled() {
        return Boolean.getBoolean(PROPERTY);
    }

    private static Set<String> tagged(String tag) {
        return Lexicon.tagged("clauses.txt", tag).stream().flatMap(List::stream).collect(Collectors.toSet());
    }

    /**
     * @param text   the content as written (capitals help the tagger)
     * @param actors names of the actors the claim is about → their IRIs (lower case, longest first)
     * @param source the IRI of the claim's source, for "I" and "he" as subject
     */
    List<Clause> read(String text, Map<String, String> actors, String source) {
        String t = text.replaceAll("[\"“”‘’']", " ").replaceFirst("^\\s*(that|That)\\b", " ");
        List<Clause> out = new ArrayList<>();
        List<Sentence> sentences = nlp.analyze(t);
        for (Sentence s : sentences.subList(0, Math.min(MAX_SENTENCES, sentences.size()))) {
            clause(t, s.tokens(), actors, source).filter(c -> !out.contains(c)).ifPresent(out::add);
        }
        return out;
    }

    private Optional<Clause> clause(String t, List<Token> toks, Map<String, String> actors, String source) {
        int verb = -1;
        int firstVerb = -1;
        boolean negated = false;
        for (int i = 0; i < toks.size(); i++) {
            Token k = toks.get(i);
            String lemma = lemma(t, k);
            if (firstVerb < 0 && i > 0 && (negations.contains(lemma) || negations.contains(k.text(t).toLowerCase()))) {
                firstVerb = i; // "I never supported": the subject ends at the negation
                negated = true;
                continue;
            }
            if (firstVerb < 0 && !isVerb(k)) {
                if (k.pos().equals(",") || k.pos().equals(":") || lemma.equals("if") || lemma.equals("when")) {
                    return Optional.empty(); // a subordinate clause first: the main clause is further on
                }
                continue;
            }
            if (firstVerb < 0) {
                firstVerb = i;
            }
            if (negations.contains(lemma) || negations.contains(k.text(t).toLowerCase())) {
                negated = true;
                continue;
            }
            if (k.pos().startsWith("RB")) {
                continue;
            }
            if (isVerb(k)) {
                verb = i;
                if (aux.contains(lemma) && nextVerb(t, toks, i)) {
                    continue;
                }
                break;
            }
            break;
        }
        if (verb < 0 || firstVerb == 0) {
            return Optional.empty();
        }
        String verbLemma = lemma(t, toks.get(verb));
        if (reporting.contains(verbLemma)) {
            return Optional.empty();
        }
        Optional<String> subject = subject(t, toks.subList(0, firstVerb), actors, source);
        if (subject.isEmpty()) {
            return Optional.empty();
        }
        // "has no plans": a negative determiner on the object negates the clause
        int o = verb + 1;
        while (o < toks.size() && !isHead(toks, o, verbLemma)) {
            String l = lemma(t, toks.get(o));
            if (negations.contains(l)) {
                negated = !negated;
            } else if (!(toks.get(o).pos().startsWith("DT") || toks.get(o).pos().startsWith("PRP$")
                    || POSSESSIVES.contains(toks.get(o).text(t).toLowerCase())
                    || toks.get(o).pos().startsWith("JJ") || toks.get(o).pos().startsWith("RB")
                    || toks.get(o).pos().equals("CD"))) {
                return Optional.empty(); // a preposition, clause or punctuation first: no plain object
            }
            o++;
        }
        if (o >= toks.size()) {
            return Optional.empty();
        }
        // the head of a noun compound is its last noun: "tax returns" → return
        int head = o;
        while (head + 1 < toks.size() && toks.get(head + 1).pos().startsWith("NN")) {
            head++;
        }
        String object = actorIn(t.substring(toks.get(o).start(), toks.get(head).end()), actors)
                .orElse(lemma(t, toks.get(head)));
        return Optional.of(new Clause(subject.get(), verbLemma, object, negated));
    }

    private Optional<String> subject(String t, List<Token> toks, Map<String, String> actors, String source) {
        if (toks.isEmpty()) {
            return Optional.empty();
        }
        String words = t.substring(toks.get(0).start(), toks.get(toks.size() - 1).end());
        Optional<String> actor = actorIn(words, actors);
        if (actor.isPresent()) {
            return actor;
        }
        Token last = toks.get(toks.size() - 1);
        String lemma = lemma(t, last);
        if (toks.size() == 1 && (self.contains(lemma) || sourcePronouns.contains(lemma))) {
            return source.isEmpty() ? Optional.empty() : Optional.of(source);
        }
        // a common noun heads the subject: key it by lemma ("the economy"), never by a stray pronoun
        return last.pos().startsWith("NN") ? Optional.of(lemma) : Optional.empty();
    }

    private static Optional<String> actorIn(String words, Map<String, String> actors) {
        String n = " " + Text.normalise(words).replaceAll("[^a-z0-9 ]", " ").replaceAll("\\s+", " ") + " ";
        for (Map.Entry<String, String> e : actors.entrySet()) {
            String name = e.getKey().replaceAll("[^a-z0-9 ]", " ").replaceAll("\\s+", " ").trim();
            if (name.length() > 2 && n.contains(" " + name + " ")) {
                return Optional.of(e.getValue());
            }
        }
        return Optional.empty();
    }

    private static boolean isVerb(Token k) {
        return k.pos().startsWith("VB") || k.pos().equals("MD") || k.pos().equals("TO");
    }

    /** A noun heads the object; after "be", so does an adjective no noun follows ("is not fit"). */
    private static boolean isHead(List<Token> toks, int o, String verbLemma) {
        Token k = toks.get(o);
        if (k.pos().startsWith("NN")) {
            return true;
        }
        return verbLemma.equals("be") && k.pos().startsWith("JJ")
                && (o + 1 == toks.size() || !(toks.get(o + 1).pos().startsWith("NN") || toks.get(o + 1).pos().startsWith("JJ")));
    }

    private boolean nextVerb(String t, List<Token> toks, int i) {
        for (int j = i + 1; j < toks.size() && j <= i + 3; j++) {
            Token k = toks.get(j);
            if (isVerb(k)) {
                return true;
            }
            String l = lemma(t, k);
            if (!(k.pos().startsWith("RB") || negations.contains(l))) {
                return false;
            }
        }
        return false;
    }

    private static String lemma(String t, Token k) {
        String l = k.lemma();
        return (l == null || l.isEmpty() || l.equals("O") ? k.text(t) : l).toLowerCase();
    }
}
