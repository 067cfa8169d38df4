package org.claimgraph.resolve;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.claimgraph.extract.Span;

/**
 * Finds mentions of actors and places in every sentence by their structure, there being no NER model on
 * Maven Central: longest gazetteer matches first, then runs of capitalised words not in the lexicons,
 * typed by the titles before them and the head word that ends them; definite descriptions ("the prime
 * minister", "the group") and personal pronouns are kept for resolution. One pass over the tokens with
 * hash look-ups, so the cost grows with the text, not with the gazetteer.
 */
public final class MentionFinder {

    private final Gazetteer gazetteer;
    // Per-article state of one scan.
    /** The article's words written in lower case somewhere: a capitalised "War" among them is no name. */
    private java.util.Set<String> lowerWords = java.util.Set.of();
    private String[] keys = new String[0];
    private List<Tok> toks = List.of();

    public MentionFinder(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    public List<Mention> find(String text) {
        return find(text, TextTokens.of(text));
    }

    /** Each call scans with a fresh instance: the per-article state below is never shared between threads. */
    List<Mention> find(String text, List<Tok> toks) {
        return new MentionFinder(gazetteer).scan(text, toks);
    }

    private List<Mention> scan(String text, List<Tok> toks) {
        String[] keys = new String[toks.size()];
        // An article repeats most of its words: fold each distinct one once.
        java.util.Map<String, String> folded = new java.util.HashMap<>();
        for (int i = 0; i < keys.length; i++) {
            keys[i] = folded.computeIfAbsent(toks.get(i).text(), t -> {
                List<String> w = NameKey.words(t);
                return w.isEmpty() ? "" : w.get(0);
            });
        }
        java.util.Set<String> lowerWords = new java.util.HashSet<>();
        for (Tok t : toks) {
            if (t.word() && Character.isLowerCase(t.text().codePointAt(0))) {
                lowerWords.add(t.text());
            }
        }
        this.lowerWords = lowerWords;
        this.keys = keys;
        this.toks = toks;
        List<Mention> out = new ArrayList<>();
        int i = 0;
        while (i < toks.size()) {
            Tok t = toks.get(i);
            if (!t.word()) {
                i++;
                continue;
            }
            if (Lexicon.PERSON_PRONOUNS.contains(t.lower())) {
                i += description(text, toks, i, out);
                continue;
            }
            if (t.lower().equals("the")) {
                int took = description(text, toks, i, out);
                if (took > 1) {
                    i += took;
                    continue;
                }
            }
            if (t.capitalised()) {
                int matched = gazetteerMatch(text, toks, keys, i, out);
                if (matched > 0) {
                    i += matched;
                    continue;
                }
                int taken = nameRun(text, toks, keys, i, out);
                if (taken > 0) {
                    i += taken;
                    continue;
                }
            }
            i += description(text, toks, i, out);
        }
        return out;
    }

    /** The longest gazetteer spelling starting at token i; returns how many tokens it took. */
    private int gazetteerMatch(String text, List<Tok> toks, String[] keys, int i, List<Mention> out) {
        Match match = longestMatch(toks, keys, i);
        if (match == null) {
            return 0;
        }
        Tok first = toks.get(i);
        Span span = new Span(first.start(), toks.get(match.last).end());
        GazetteerEntry best = match.entry;
        boolean weak = first.headline() && best.type() == ActorType.PERSON && match.last == i;
        Mention m = new Mention(span, span.of(text), Mention.Kind.NAME, best.type(), Optional.of(best),
                Optional.empty(), first.sentence(), weak);
        out.add(withTitles(text, toks, i, match.last, m, out));
        return match.last - i + 1;
    }

    private record Match(int last, GazetteerEntry entry) {
    }

    /** The longest run of tokens from i whose folded key the gazetteer lists, or null. */
    private Match longestMatch(List<Tok> toks, String[] keys, int i) {
        if (keys[i].isEmpty() && !toks.get(i).allCaps()) {
            return null; // "An", "As": English words that are also Arabic particles start no name
        }
        int sentence = toks.get(i).sentence();
        StringBuilder key = new StringBuilder();
        Match best = null;
        int words = 0;
        for (int j = i; j < toks.size() && words < gazetteer.longestName(); j++) {
            Tok t = toks.get(j);
            if (t.sentence() != sentence || !(t.word() || t.text().equals("-"))) {
                break;
            }
            if (!t.word()) {
                continue;
            }
            words++;
            if (!keys[j].isEmpty()) {
                if (key.length() > 0) {
                    key.append(' ');
                }
                key.append(keys[j]);
            }
            // a match never ends on a function word ("of", "the"): "Brigades of the Party of God" ends on God
            if (!t.capitalised() && (Lexicon.CONNECTORS.contains(t.lower()) || Lexicon.NOT_NAMES.contains(t.lower()))) {
                continue;
            }
            Optional<GazetteerEntry> e = j == i && t.allCaps() && t.text().length() <= 5
                    ? gazetteer.acronym(t.text()).or(() -> gazetteer.lookupKey(keys[i]))
                    : gazetteer.lookupKey(key.toString());
            // nor on a particle ("the Clinton ad", "Trump As A Fraud"): it adds nothing to the key
            if (e.isPresent() && (j == i || !keys[j].isEmpty())
                    && (t.allCaps() || spelledLike(e.get(), toks.subList(i, j + 1)))) {
                best = new Match(j, e.get());
            }
        }
        return best;
    }

    /** A folded key alone is too loose for ordinary names: the text must be spelled like a listed label. */
    private static boolean spelledLike(GazetteerEntry e, List<Tok> run) {
        String written = String.join(" ", run.stream().map(Tok::text).toList());
        return e.labels().stream().anyMatch(l -> NameKey.spelledLike(written, l));
    }

    /**
     * A run of capitalised words that names something the gazetteer does not know. Titles and
     * descriptive words before the name are skipped and kept as the title; a run ending in an
     * organisation head ("Defense Department", "Iraqi Army") is an organisation as a whole.
     */
    private int nameRun(String text, List<Tok> toks, String[] keys, int i, List<Mention> out) {
        int sentence = toks.get(i).sentence();
        int end = i;
        int j = i;
        while (j < toks.size() && toks.get(j).sentence() == sentence) {
            Tok t = toks.get(j);
            if (t.word() && (t.capitalised() || (j > i && Character.isDigit(t.text().charAt(0))))) {
                if (j > i && gazetteerStartsAt(toks, keys, j)) {
                    break;
                }
                end = j;
                j++;
            } else if ((t.text().equals("-") || Lexicon.CONNECTORS.contains(t.lower()))
                    && j + 1 < toks.size() && toks.get(j + 1).sentence() == sentence
                    && toks.get(j + 1).word() && toks.get(j + 1).capitalised()) {
                j++;
            } else {
                break;
            }
        }
        // "(D-Mo.)", "(R-Utah)": a party and a state after a lawmaker's name, no name of its own
        if (i > 0 && toks.get(i - 1).text().equals("(") && toks.get(i).text().length() == 1
                && i + 1 < toks.size() && toks.get(i + 1).text().equals("-")) {
            return end - i + 1;
        }
        // "Moore & Van Allen": names joined by an ampersand are a firm
        boolean firm = end + 2 < toks.size() && toks.get(end + 1).text().equals("&")
                && toks.get(end + 2).capitalised() && toks.get(end + 2).sentence() == sentence;
        if (firm) {
            int e = end + 2;
            while (e + 1 < toks.size() && toks.get(e + 1).sentence() == sentence && toks.get(e + 1).word()
                    && toks.get(e + 1).capitalised()) {
                e++;
            }
            Span span = new Span(toks.get(i).start(), toks.get(e).end());
            out.add(new Mention(span, span.of(text), Mention.Kind.NAME, ActorType.ORGANIZATION, Optional.empty(),
                    Optional.empty(), sentence, toks.get(i).headline()));
            return e - i + 1;
        }
        int nameStart = i;
        while (nameStart <= end && (!toks.get(nameStart).word() || describes(toks.get(nameStart)))) {
            nameStart++;
        }
        String head = toks.get(end).lower();
        // "Eastern District of New York", "University of Chicago": the head stands before "of"
        for (int k = nameStart + 1; k < end; k++) {
            if (toks.get(k).is("of")) {
                String before = toks.get(k - 1).lower();
                if (Lexicon.ORG_HEADS.contains(before) || Lexicon.PLACE_HEADS.contains(before)) {
                    head = before;
                }
                break;
            }
        }
        // "Syrian Democratic forces": a lower-case organisation head right after a name
        boolean lowerHead = nameStart <= end && end + 1 < toks.size()
                && Lexicon.ORG_HEADS.contains(toks.get(end + 1).text()) && toks.get(end + 1).sentence() == sentence;
        if (lowerHead) {
            // "the Hezbollah militia": an organisation named "Hezbollah"; the head says what, not who
            Span span = new Span(toks.get(nameStart).start(), toks.get(end).end());
            out.add(new Mention(span, span.of(text), Mention.Kind.NAME, ActorType.ORGANIZATION, Optional.empty(),
                    Optional.empty(), sentence, toks.get(nameStart).headline()));
            return end - i + 2;
        }
        boolean orgHead = Lexicon.ORG_HEADS.contains(head) || Lexicon.OUTLET_HEADS.contains(head);
        if (orgHead) {
            // "The Defense Department": only determiners and sentence words are left off an organisation
            int orgStart = i;
            while (orgStart < end && Lexicon.NOT_NAMES.contains(toks.get(orgStart).lower())) {
                orgStart++;
            }
            if (orgStart == end && Lexicon.ORG_HEADS.contains(head)) {
                return end - i + 1; // a bare "Government" or "Parliament" names nobody in particular
            }
            ActorType type = Lexicon.OUTLET_HEADS.contains(head) ? ActorType.OUTLET : ActorType.ORGANIZATION;
            Span span = new Span(toks.get(orgStart).start(), toks.get(end).end());
            out.add(new Mention(span, span.of(text), Mention.Kind.NAME, type, Optional.empty(), Optional.empty(),
                    sentence, toks.get(orgStart).headline()));
            return end - i + 1;
        }
        if (nameStart > end || !Character.isLetter(toks.get(nameStart).text().codePointAt(0))
                || containsNumber(toks, nameStart, end)) {
            // only titles and descriptive words, or "Resolution 1701", "Oct. 7": consumed, nothing named
            return end - i + 1;
        }
        Span span = new Span(toks.get(nameStart).start(), toks.get(end).end());
        boolean titled = nameStart > i && Lexicon.PERSON_TITLES.contains(toks.get(nameStart - 1).lower());
        boolean single = nameStart == end;
        if (single && !titled && lowerWords.contains(toks.get(nameStart).lower())) {
            return end - i + 1;
        }
        boolean initial = nameStart == firstWordOfSentence(toks, nameStart);
        boolean afterPreposition = i > 0 && toks.get(i - 1).sentence() == sentence
                && Lexicon.PLACE_PREPOSITIONS.contains(toks.get(i - 1).lower());
        if (single && afterPreposition && !Lexicon.PLACE_HEADS.contains(head)) {
            return end - i + 1; // "in order to Ending", "a degree in Journalism": too little to go on
        }
        if (Lexicon.THING_HEADS.contains(head) && !titled) {
            return end - i + 1; // a treaty or a law is talked about but is no actor
        }
        String[] lastParts = head.split("-");
        boolean group = Lexicon.GROUP_NOUNS.contains(lastParts[lastParts.length - 1]);
        boolean placeName = !single && Lexicon.PLACE_FIRST_WORDS.contains(toks.get(nameStart).lower());
        ActorType type = group ? ActorType.UNKNOWN
                : Lexicon.PLACE_HEADS.contains(head) || (afterPreposition && !titled) || (placeName && !titled)
                ? ActorType.PLACE
                : titled || !single ? ActorType.PERSON : ActorType.UNKNOWN;
        boolean weak = toks.get(nameStart).headline() || (single && initial) || (single && toks.get(nameStart).allCaps());
        Mention m = new Mention(span, span.of(text), Mention.Kind.NAME, type, Optional.empty(), Optional.empty(),
                sentence, weak);
        out.add(withTitles(text, toks, nameStart, end, m, out));
        return end - i + 1;
    }

    private static boolean containsNumber(List<Tok> toks, int from, int to) {
        for (int k = from; k <= to; k++) {
            if (Character.isDigit(toks.get(k).text().charAt(0))) {
                return true;
            }
        }
        return false;
    }

    private boolean gazetteerStartsAt(List<Tok> toks, String[] keys, int j) {
        return toks.get(j).capitalised() && longestMatch(toks, keys, j) != null;
    }

    private boolean describes(Tok t) {
        String w = t.lower();
        return Lexicon.TITLES.contains(w) || Lexicon.NOT_NAMES.contains(w) || demonym(t)
                || (t.allCaps() && t.text().length() <= 2);
    }

    /** Whether a token is a demonym ("Iraqi"), by its precomputed key. */
    private boolean demonym(Tok t) {
        int i = java.util.Collections.binarySearch(toks, t, (a, b) -> Integer.compare(a.start(), b.start()));
        String key = i >= 0 && i < keys.length ? keys[i] : NameKey.of(t.text());
        return gazetteer.demonymKey(key).isPresent();
    }

    private static int firstWordOfSentence(List<Tok> toks, int i) {
        int k = i;
        while (k > 0 && toks.get(k - 1).sentence() == toks.get(i).sentence()) {
            k--;
        }
        while (k < i && !toks.get(k).word()) {
            k++;
        }
        return k;
    }

    /**
     * Titles written with a person's name: before it ("Quds Force Commander", "Iraqi Prime Minister")
     * or in apposition ("Iraq’s prime minister, Mohammed Shia al-Sudani", "Gen. Esmail Qaani, the leader
     * of the Quds Force").
     */
    private Mention withTitles(String text, List<Tok> toks, int first, int last, Mention m, List<Mention> found) {
        if (m.type() != ActorType.PERSON && m.type() != ActorType.UNKNOWN) {
            return m;
        }
        int k = first;
        int sentence = toks.get(first).sentence();
        while (k > 0 && toks.get(k - 1).sentence() == sentence && titleWord(toks.get(k - 1), found)) {
            k--;
        }
        // "Mr." is no name but is a title: it tells "Mr. Clinton" from Mrs. Clinton
        while (k < first && Lexicon.NOT_NAMES.contains(toks.get(k).lower())
                && !Lexicon.PERSON_TITLES.contains(toks.get(k).lower())) {
            k++;
        }
        boolean before = k < first && anyPersonTitle(toks, k, first);
        if (before) {
            return m.withTitle(text.substring(toks.get(k).start(), toks.get(first - 1).end()));
        }
        // apposition before: "TITLE, NAME"
        if (first >= 2 && toks.get(first - 1).text().equals(",")) {
            int e = first - 2;
            int s = e;
            while (s > 0 && toks.get(s - 1).sentence() == sentence && !toks.get(s - 1).text().equals(",")
                    && !Lexicon.NOT_NAMES.contains(toks.get(s - 1).lower()) && e - s < 6) {
                s--;
            }
            if (s <= e && Lexicon.PERSON_TITLES.contains(toks.get(e).lower())) {
                return m.withTitle(text.substring(toks.get(s).start(), toks.get(e).end()));
            }
        }
        // apposition after: "NAME, the leader of the Quds Force"
        int a = last + 1;
        if (a + 2 < toks.size() && toks.get(a).text().equals(",") && toks.get(a + 1).is("the")
                && Lexicon.PERSON_TITLES.contains(toks.get(a + 2).lower())) {
            int e = a + 2;
            while (e + 1 < toks.size() && toks.get(e + 1).sentence() == sentence
                    && !toks.get(e + 1).text().equals(",") && !toks.get(e + 1).text().equals(".") && e - a < 8) {
                e++;
            }
            return m.withTitle(text.substring(toks.get(a + 2).start(), toks.get(e).end()));
        }
        return m;
    }

    private boolean titleWord(Tok t, List<Mention> found) {
        if (t.word() && (Lexicon.TITLES.contains(t.lower()) || demonym(t))) {
            return true;
        }
        // an organisation just found is part of the title: "Quds Force commander", "Kataib Hezbollah chief"
        if (!found.isEmpty()) {
            Mention prev = found.get(found.size() - 1);
            return prev.span().start() <= t.start() && t.end() <= prev.span().end()
                    && prev.type() != ActorType.PERSON;
        }
        return false;
    }

    private static boolean anyPersonTitle(List<Tok> toks, int from, int to) {
        for (int k = from; k < to; k++) {
            if (Lexicon.PERSON_TITLES.contains(toks.get(k).lower())) {
                return true;
            }
        }
        return false;
    }

    /** "the prime minister", "the group", "the PM", "he": mentions that name nobody but refer to someone. */
    private static int description(String text, List<Tok> toks, int i, List<Mention> out) {
        Tok t = toks.get(i);
        String w = t.lower();
        if (Lexicon.PERSON_PRONOUNS.contains(w)) {
            out.add(new Mention(new Span(t.start(), t.end()), w, Mention.Kind.PRONOUN, ActorType.PERSON,
                    Optional.empty(), Optional.empty(), t.sentence(), false));
            return 1;
        }
        if (!w.equals("the") || i + 1 >= toks.size()) {
            return 1;
        }
        int k = i + 1;
        if (k + 1 < toks.size() && toks.get(k).is("group") && toks.get(k + 1).lower().equals("'s")) {
            k += 2; // "the group’s leader"
        }
        for (int len = 2; len >= 1; len--) {
            if (k + len > toks.size()) {
                continue;
            }
            String head = text.substring(toks.get(k).start(), toks.get(k + len - 1).end()).toLowerCase();
            boolean role = Lexicon.ROLE_ANAPHORS.contains(head);
            boolean org = len == 1 && k == i + 1 && Lexicon.ORG_ANAPHORS.contains(head);
            if (!role && !org) {
                continue;
            }
            int after = k + len;
            // "the group of killing" is the group; "the party's leaders" or "the group Nujaba" are not anaphors here
            if (after < toks.size() && (toks.get(after).capitalised() && toks.get(after).word())) {
                return 1;
            }
            Span span = new Span(t.start(), toks.get(k + len - 1).end());
            out.add(new Mention(span, head, Mention.Kind.DESCRIPTION, org ? ActorType.ORGANIZATION : ActorType.PERSON,
                    Optional.empty(), Optional.empty(), t.sentence(), false));
            return after - i;
        }
        return 1;
    }
}
