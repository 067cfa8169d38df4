package org.claimgraph.contradict;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads verdicts on actors out of a claim's content by the word lists of evaluations.txt. A verdict
 * counts only when it is predicated of a resolved actor: the actor is the subject of a copula
 * ("Trump is temperamentally unfit", "he's not fit") or the object of a calling verb ("called
 * Trump a liar", "makes him uniquely qualified", "exposes him as a fraud"). Mere co-occurrence
 * ("Crooked Hillary", "Trump's dangerous ideas") is not a verdict, nor is a comparison ("more
 * qualified than") or a condition ("if he is unfit"). Plain word lists and the graph's resolved
 * mentions: no tagger, so it costs next to nothing per claim.
 */
final class EvaluationReader {

    private static final String FILE = "evaluations.txt";
    private static final Pattern TOKEN = Pattern.compile(
            "n't|'s|'re|'m|\\p{L}+(?=n't)|[\\p{L}\\p{N}][\\p{L}\\p{N}-]*|[^\\s\\p{L}\\p{N}]");
    /** Pronouns after which "'s" is "is": elsewhere it is a possessive ("Trump's dangerous ideas"). */
    private static final Set<String> CONTRACTING = Set.of("he", "she", "it", "that", "who", "there");
    private static final Set<String> SELF = Set.of("i", "me", "myself");
    private static final Set<String> POSSESSIVE = Set.of("his", "her", "their", "its", "our", "my", "your");
    private static final Set<String> ARTICLES = Set.of("a", "an", "the", "such", "one");
    private static final Set<String> SENTENCE_END = Set.of(".", "!", "?", ";", ":");

    private record Judgement(String dimension, boolean positive, List<String> words) {
    }

    private final Map<String, List<Judgement>> byFirstWord = new HashMap<>();
    private final Set<String> copulas = words("copula");
    private final Set<String> calls = words("call");
    private final Set<String> asVerbs = words("as");
    private final Set<String> aux = words("aux");
    private final Set<String> negations = tokenised(Negations.verdict());
    private final Set<String> modifiers = words("modifier");
    private final Set<String> cancels = words("cancel");
    private final Set<String> stops = words("stop");
    private final Set<String> reporting = words("reporting");
    private final Set<String> office = words("office");
    private final Set<String> prepositions = words("preposition");
    private final Map<String, Boolean> haveVerbs = new HashMap<>();
    private final Map<String, String> qualities = new HashMap<>();

    EvaluationReader() {
        for (List<String> row : Lexicon.tagged(FILE, "eval")) {
            boolean positive = row.get(1).equals("+");
            for (String phrase : row.subList(2, row.size())) {
                List<String> ws = tokens(phrase).stream().map(Token::text).toList();
                byFirstWord.computeIfAbsent(ws.get(0), w -> new ArrayList<>())
                        .add(new Judgement(row.get(0), positive, ws));
            }
        }
        for (List<String> row : Lexicon.tagged(FILE, "have")) {
            row.subList(1, row.size()).forEach(v -> haveVerbs.put(v, row.get(0).equals("+")));
        }
        for (List<String> row : Lexicon.tagged(FILE, "quality")) {
            row.subList(1, row.size()).forEach(q -> qualities.put(q, row.get(0)));
        }
        byFirstWord.values().forEach(l -> l.sort(Comparator.comparingInt((Judgement j) -> j.words.size()).reversed()));
    }

    private static Set<String> words(String tag) {
        return tokenised(Lexicon.tagged(FILE, tag).stream().flatMap(List::stream).toList());
    }

    /** Phrases as this reader's tokens show them, so that "nowhere near" matches two tokens. */
    private static Set<String> tokenised(Collection<String> phrases) {
        Set<String> out = new HashSet<>();
        phrases.forEach(w -> out.add(String.join(" ", tokens(w).stream().map(Token::text).toList())));
        return out;
    }

    record Token(String text, int start, int end) {
    }

    /** Lower-case tokens of the text, quotation marks dropped, clitics apart ("he's" → he 's). */
    static List<Token> tokens(String text) {
        String t = text.replace('’', '\'').replace('‘', '\'');
        List<Token> out = new ArrayList<>();
        Matcher m = TOKEN.matcher(t);
        while (m.find()) {
            String w = m.group().toLowerCase(java.util.Locale.ROOT);
            if (!w.equals("\"") && !w.equals("“") && !w.equals("”") && !w.equals("'")) {
                out.add(new Token(w, m.start(), m.end()));
            }
        }
        return out;
    }

    /**
     * @param content  the claim's content as written
     * @param mentions resolved actor mentions inside it
     * @param source   the claim's source (actor IRI, may be empty) and its name: the default judge,
     *                 and the actor meant by "I" and "me"
     * @param cue      the attribution cue ("called": the content starts with whom it judges)
     */
    List<Evaluation> read(String content, List<ActorMention> mentions, String source, String sourceName, String cue) {
        List<Token> toks = tokens(content);
        List<Evaluation> out = new ArrayList<>();
        Map<Integer, ActorMention> firstTokenOf = new HashMap<>();
        Map<Integer, Integer> lastTokenOf = new HashMap<>();
        for (ActorMention m : mentions) {
            int first = -1;
            int last = -1;
            for (int i = 0; i < toks.size(); i++) {
                if (toks.get(i).start >= m.start() && toks.get(i).end <= m.end()) {
                    first = first < 0 ? i : first;
                    last = i;
                }
            }
            if (first >= 0) {
                firstTokenOf.putIfAbsent(first, m);
                lastTokenOf.put(first, last);
            }
        }
        // "he says his experience makes him qualified": an object pronoun actor resolution left
        // alone is the actor of the last "he" (or "she") before it
        Map<String, ActorMention> lastPronoun = new HashMap<>();
        for (int i = 0; i < toks.size(); i++) {
            String w = toks.get(i).text;
            if (firstTokenOf.containsKey(i) && (w.equals("he") || w.equals("she"))) {
                lastPronoun.put(w.equals("he") ? "him" : "her", firstTokenOf.get(i));
            } else if (!firstTokenOf.containsKey(i) && lastPronoun.containsKey(w) && i > 0
                    && (calls.contains(toks.get(i - 1).text) || asVerbs.contains(toks.get(i - 1).text))) {
                ActorMention m = lastPronoun.get(w);
                firstTokenOf.put(i, new ActorMention(toks.get(i).start, toks.get(i).end, m.actor(), m.label()));
                lastTokenOf.put(i, i);
            }
        }
        if (!source.isEmpty()) {
            for (int i = 0; i < toks.size(); i++) {
                if (SELF.contains(toks.get(i).text) && !firstTokenOf.containsKey(i)) {
                    firstTokenOf.put(i, new ActorMention(toks.get(i).start, toks.get(i).end, source, sourceName));
                    lastTokenOf.put(i, i);
                }
            }
        }
        // The cue judges the content's first actor: "Cruz | called | Trump a 'pathological liar'".
        Set<String> cueWords = new HashSet<>(tokens(cue).stream().map(Token::text).toList());
        boolean callingCue = cueWords.stream().anyMatch(calls::contains);
        boolean asCue = cueWords.stream().anyMatch(asVerbs::contains);
        for (Map.Entry<Integer, ActorMention> e : new java.util.TreeMap<>(firstTokenOf).entrySet()) {
            int first = e.getKey();
            int last = lastTokenOf.get(first);
            if (conditional(toks, first) || insidePhrase(toks, first)) {
                continue;
            }
            // "Trump boasted, 'That makes me smart'": the verdict is the reported speaker's, not the source's
            ActorMention judge = new ActorMention(0, 0, source, sourceName);
            int reported = lastReportingBefore(toks, first);
            if (reported >= 0) {
                judge = reporter(toks, firstTokenOf, lastTokenOf, reported);
                if (judge == null) {
                    continue; // "the left is saying Trump is a liar": whose verdict is unknown
                }
            }
            ActorMention target = SELF.contains(toks.get(first).text) && reported >= 0 ? judge : e.getValue();
            Optional<Evaluation> ev = Optional.empty();
            if (first == 0 && (callingCue || asCue)) {
                ev = judgement(toks, last + 1, asCue && !callingCue, judge, target, "is");
            } else if (first > 0 && (calls.contains(toks.get(first - 1).text) || asVerbs.contains(toks.get(first - 1).text))) {
                ActorMention subject = reporter(toks, firstTokenOf, lastTokenOf, first - 1);
                ev = judgement(toks, last + 1, !calls.contains(toks.get(first - 1).text),
                        subject != null && !subject.actor().equals(target.actor()) ? subject : judge, target, "is");
            }
            if (ev.isEmpty()) {
                // "Donald Trump, who is a leader who ...": a relative clause on the actor judges it too
                int after = last + 1;
                if (after + 1 < toks.size() && toks.get(after).text.equals(",") && toks.get(after + 1).text.equals("who")) {
                    after += 2;
                }
                int v = afterAux(toks, after);
                if (v < toks.size() && copulas.contains(toks.get(v).text)
                        && (!toks.get(v).text.equals("'s") || CONTRACTING.contains(toks.get(last).text))) {
                    ev = judgement(toks, v + 1, false, judge, target,
                            String.join(" ", toks.subList(after, v + 1).stream().map(t -> copula(t.text)).toList()));
                } else {
                    ev = quality(toks, after, judge, target);
                }
            }
            ev.filter(x -> !x.holder().isEmpty()).ifPresent(out::add);
        }
        return out;
    }

    /** "the violence of radical Islam lacks ...", "the Trump campaign is ...": the actor is not what is judged. */
    private boolean insidePhrase(List<Token> toks, int first) {
        for (int i = first - 1; i >= 0 && i >= first - 2; i--) {
            String w = toks.get(i).text;
            if (!Character.isLetterOrDigit(w.charAt(0))) {
                return false;
            }
            if (prepositions.contains(w) || ARTICLES.contains(w) || POSSESSIVE.contains(w)) {
                return !calls.contains(toks.get(first - 1).text) && !asVerbs.contains(toks.get(first - 1).text);
            }
        }
        return false;
    }

    private int lastReportingBefore(List<Token> toks, int at) {
        for (int i = at - 1; i >= 0; i--) {
            if (reporting.contains(toks.get(i).text)) {
                return i;
            }
        }
        return -1;
    }

    /** The resolved actor just before a verb ("Trump boasted", "he says", "Clinton has repeatedly called"). */
    private ActorMention reporter(List<Token> toks, Map<Integer, ActorMention> first, Map<Integer, Integer> last,
                                  int verb) {
        int i = verb - 1;
        while (i >= 0 && (aux.contains(toks.get(i).text) || negations.contains(toks.get(i).text)
                || toks.get(i).text.endsWith("ly"))) {
            i--;
        }
        return i >= 0 ? mentionEndingAt(first, last, i) : null;
    }

    private static ActorMention mentionEndingAt(Map<Integer, ActorMention> first, Map<Integer, Integer> last, int end) {
        for (Map.Entry<Integer, Integer> e : last.entrySet()) {
            if (e.getValue() == end) {
                return first.get(e.getKey());
            }
        }
        return null;
    }

    /** "if he is unfit", "whether Trump is honest", "is he fit?": no verdict. */
    private boolean conditional(List<Token> toks, int at) {
        for (int i = at - 1; i >= 0 && !SENTENCE_END.contains(toks.get(i).text); i--) {
            if (cancels.contains(toks.get(i).text)) {
                return true;
            }
        }
        for (int i = at; i < toks.size(); i++) {
            if (SENTENCE_END.contains(toks.get(i).text)) {
                return toks.get(i).text.equals("?");
            }
        }
        return false;
    }

    private int afterAux(List<Token> toks, int i) {
        while (i < toks.size() && (aux.contains(toks.get(i).text) || negations.contains(toks.get(i).text))) {
            i++;
        }
        return i;
    }

    /**
     * The verdict that follows a copula or the judged object: modifiers and negations, then a phrase
     * of the lexicon that ends the predicate (or heads it, after an article: "a very successful
     * businessman").
     */
    private Optional<Evaluation> judgement(List<Token> toks, int from, boolean needAs, ActorMention holder,
                                           ActorMention target, String verb) {
        boolean negated = negatedBefore(toks, from);
        int i = from;
        if (needAs) {
            if (i >= toks.size() || !toks.get(i).text.equals("as")) {
                return Optional.empty();
            }
            i++;
        }
        boolean article = false;
        int unknown = 0;
        for (; i < toks.size() && i < from + 8; i++) {
            String w = toks.get(i).text;
            Optional<Judgement> j = phraseAt(toks, i);
            if (j.isPresent()) {
                int end = i + j.get().words.size();
                // "a disgusting fraud": the noun that heads the phrase gives the verdict
                Optional<Judgement> head = article && end < toks.size() ? phraseAt(toks, end) : Optional.empty();
                if (head.isPresent()) {
                    if (head.get().positive != j.get().positive) {
                        return Optional.empty();
                    }
                    j = head;
                    end += head.get().words.size();
                }
                if (end < toks.size() && cancels.contains(toks.get(end).text)) {
                    return Optional.empty(); // "more qualified than", "fit enough"
                }
                boolean ends = end == toks.size() || !Character.isLetterOrDigit(toks.get(end).text.charAt(0))
                        || stops.contains(toks.get(end).text) || article || ARTICLES.contains(j.get().words.get(0))
                        || stops.contains(j.get().words.get(j.get().words.size() - 1));
                if (!ends) {
                    return Optional.empty();
                }
                boolean positive = j.get().positive != negated;
                String dimension = j.get().dimension;
                int scoped = scope(toks, end);
                if (scoped > end) {
                    dimension += ":" + toks.get(scoped - 1).text; // "qualified to tackle", "prepared for the debate"
                    end = scoped;
                }
                return Optional.of(new Evaluation(holder.actor(), holder.label(), target.actor(), target.label(),
                        dimension, positive, verb + " " + phrase(toks, needAs ? from + 1 : from, end)));
            }
            if (negations.contains(w)) {
                negated = !negated;
            } else if (i + 1 < toks.size() && negations.contains(w + " " + toks.get(i + 1).text)) {
                negated = !negated;
                i++;
            } else if (cancels.contains(w) || stops.contains(w) || !Character.isLetterOrDigit(w.charAt(0))) {
                return Optional.empty();
            } else if (ARTICLES.contains(w)) {
                article = true;
            } else if (!modifiers.contains(w) && !w.endsWith("ly") && ++unknown > 1) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** "he has neither the temperament nor the judgment", "she lacks the experience". */
    private Optional<Evaluation> quality(List<Token> toks, int from, ActorMention holder, ActorMention target) {
        int v = from;
        while (v < toks.size() && !haveVerbs.containsKey(toks.get(v).text)
                && (aux.contains(toks.get(v).text) || negations.contains(toks.get(v).text))) {
            v++;
        }
        if (v >= toks.size() || !haveVerbs.containsKey(toks.get(v).text)) {
            return Optional.empty();
        }
        boolean positive = haveVerbs.get(toks.get(v).text) != negatedBefore(toks, v + 1);
        for (int i = v + 1; i < toks.size() && i <= v + 4; i++) {
            String w = toks.get(i).text;
            String two = i + 1 < toks.size() ? w + " " + toks.get(i + 1).text : "";
            String dimension = qualities.containsKey(two) ? qualities.get(two) : qualities.get(w);
            if (dimension != null) {
                int end = i + (qualities.containsKey(two) ? 2 : 1);
                int scoped = scope(toks, end);
                if (scoped > end) {
                    dimension += ":" + toks.get(scoped - 1).text;
                    end = scoped;
                }
                return Optional.of(new Evaluation(holder.actor(), holder.label(), target.actor(), target.label(),
                        dimension, positive, phrase(toks, v, end)));
            }
            if (negations.contains(w)) {
                positive = !positive;
            } else if (!ARTICLES.contains(w) && !modifiers.contains(w) && !w.equals("enough")) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /**
     * Where a verdict narrowed to one task ends: "to" and a verb ("qualified to tackle"), or "for"
     * and a noun ("prepared for the debate"), unless the task is the office itself ("fit to be
     * president", "unfit for office"); {@code end} when the verdict is not narrowed.
     */
    private int scope(List<Token> toks, int end) {
        if (end + 1 >= toks.size()) {
            return end;
        }
        String w = toks.get(end).text;
        int k = end + 1;
        if (w.equals("for")) {
            while (k < toks.size() && (ARTICLES.contains(toks.get(k).text) || POSSESSIVE.contains(toks.get(k).text))) {
                k++;
            }
        } else if (!w.equals("to")) {
            return end;
        }
        if (k >= toks.size() || !Character.isLetterOrDigit(toks.get(k).text.charAt(0)) || office.contains(toks.get(k).text)) {
            return end;
        }
        return k + 1;
    }

    /** The verdict's words for an explanation: "is not fit", "has neither the temperament", "is a leader". */
    private String phrase(List<Token> toks, int from, int end) {
        List<String> ws = new ArrayList<>(toks.subList(from, end).stream()
                .map(t -> t.text.equals("n't") ? "not" : t.text).toList());
        while (ws.size() > 1 && stops.contains(ws.get(ws.size() - 1))) {
            ws.remove(ws.size() - 1);
        }
        return String.join(" ", ws);
    }

    private static String copula(String w) {
        return switch (w) {
            case "'s" -> "is";
            case "'re" -> "are";
            case "'m" -> "am";
            default -> w;
        };
    }

    /** A negation between the judged and the verb ("Trump is not", "he has never been"). */
    private boolean negatedBefore(List<Token> toks, int verbEnd) {
        boolean negated = false;
        for (int i = verbEnd - 1; i >= 0 && (aux.contains(toks.get(i).text) || negations.contains(toks.get(i).text)
                || copulas.contains(toks.get(i).text)); i--) {
            if (negations.contains(toks.get(i).text)) {
                negated = !negated;
            }
        }
        return negated;
    }

    private Optional<Judgement> phraseAt(List<Token> toks, int i) {
        for (Judgement j : byFirstWord.getOrDefault(toks.get(i).text, List.of())) {
            if (i + j.words.size() <= toks.size()
                    && toks.subList(i, i + j.words.size()).stream().map(Token::text).toList().equals(j.words)) {
                return Optional.of(j);
            }
        }
        return Optional.empty();
    }
}
