package org.claimgraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Fills {@link Attribution#sourceReferent()} for sources that do not name anyone themselves —
 * pronouns ("he", "they"), relatives ("who") and descriptions ("the group", "the source") — with
 * the nearest fitting earlier mention. The source span itself stays as written; the referent only
 * tells downstream stages whom it stands for. Heuristic and local: earlier named sources first,
 * then capitalised names in the sentences before.
 */
final class SourceReferents {

    private static final Set<String> PERSONAL = WordClasses.words("he", "she", "him", "her", "they", "it");
    private static final Set<String> RELATIVE = WordClasses.words("who", "which", "whom", "that");
    /** Heads of descriptions that point back to an organisation or report named before. */
    private static final Set<String> GROUP_HEADS = WordClasses.words("group", "militia", "faction", "factions", "movement",
            "organization", "organisation", "party", "company", "agency", "ministry", "office", "government",
            "newspaper", "paper", "report", "outlet", "network", "committee", "council", "campaign", "coalition",
            "alliance", "administration", "department", "army", "brigade", "brigades", "forces");
    private static final Set<String> PERSON_HEADS = WordClasses.words("source", "official", "spokesman", "spokeswoman",
            "spokesperson", "diplomat", "politician", "minister", "leader", "commander", "envoy", "aide",
            "adviser", "advisor", "president", "senator", "governor", "candidate", "nominee", "man", "woman",
            "sources", "officials", "diplomats", "politicians", "leaders", "aides");
    /** Capitalised words that begin sentences or name times, not speakers. */
    private static final Set<String> NOT_NAMES = WordClasses.words("the", "a", "an", "in", "on", "at", "but", "and", "for",
            "after", "before", "meanwhile", "however", "according", "this", "that", "these", "those", "it", "he",
            "she", "they", "we", "i", "january", "february", "march", "april", "may", "june", "july", "august",
            "september", "october", "november", "december", "monday", "tuesday", "wednesday", "thursday",
            "friday", "saturday", "sunday", "if", "as", "when", "while", "since", "following", "with", "by",
            "between", "however", "well", "also", "other", "some", "most", "many", "speaking", "asked", "last",
            "earlier", "later", "reporting", "photo", "tt", "read", "more", "said", "says");

    private SourceReferents() {
    }

    static List<Attribution> resolve(Document doc, List<Attribution> found) {
        List<Attribution> out = new ArrayList<>(found.size());
        for (Attribution a : found) {
            // resolved ones come first in `out`, so "the report" can inherit the referent of an earlier "The report"
            Optional<Span> referent = a.source().isEmpty() ? Optional.empty() : referent(doc, a, out);
            out.add(referent.isEmpty() ? a : new Attribution(a.source(), a.cue(), a.content(), a.kind(),
                    referent, a.relays()));
        }
        return out;
    }

    private static Optional<Span> referent(Document doc, Attribution a, List<Attribution> all) {
        Span source = Span.cover(a.source());
        String text = source.of(doc.text).toLowerCase(java.util.Locale.ROOT).strip();
        String[] words = text.split("\\s+");
        String head = words[words.length - 1];
        boolean pronoun = words.length == 1 && PERSONAL.contains(head);
        boolean relative = words.length == 1 && RELATIVE.contains(head);
        boolean description = words.length <= 3 && words[0].equals("the")
                && (GROUP_HEADS.contains(head) || PERSON_HEADS.contains(head));
        if (relative) {
            return antecedentOfRelative(doc, source);
        }
        if (!pronoun && !description) {
            return Optional.empty();
        }
        boolean wantGroup = description && GROUP_HEADS.contains(head);
        boolean plural = head.equals("they") || description && head.endsWith("s");
        // earlier sources that name someone, nearest first; a description first looks for its own head noun
        for (int pass = description ? 0 : 1; pass < 2; pass++) {
            for (int i = all.size() - 1; i >= 0 && i >= all.size() - 40; i--) {
                Attribution b = all.get(i);
                if (b.source().isEmpty()) {
                    continue;
                }
                Span candidate = b.sourceReferent().orElse(Span.cover(b.source()));
                Span mention = Span.cover(b.source());
                if (mention.start() >= source.start() || source.start() - mention.end() > 3000) {
                    continue;
                }
                if (pass == 0 ? mentionsHead(doc, b, head) : fits(doc, candidate, wantGroup, plural, head)) {
                    return Optional.of(candidate);
                }
            }
        }
        return nearestName(doc, source.start(), wantGroup);
    }

    /** An earlier source with the same head noun ("an Iraqi political source" for "the source"). */
    private static boolean mentionsHead(Document doc, Attribution b, String head) {
        String lower = Span.cover(b.source()).of(doc.text).toLowerCase(java.util.Locale.ROOT).strip();
        if (lower.startsWith("the ") && b.sourceReferent().isEmpty()) {
            return false;
        }
        boolean outlet = OUTLET_HEADS.contains(head);
        for (String w : lower.split("[\\s,]+")) {
            if (w.equals(head) || outlet && OUTLET_HEADS.contains(w)) {
                return true; // "the report" after "The newspaper": both stand for the outlet
            }
        }
        return false;
    }

    private static final Set<String> OUTLET_HEADS = WordClasses.words("report", "newspaper", "paper", "outlet",
            "agency", "network", "channel", "magazine", "daily", "website", "site");

    private static boolean fits(Document doc, Span candidate, boolean wantGroup, boolean plural, String head) {
        String c = candidate.of(doc.text);
        String lower = c.toLowerCase(java.util.Locale.ROOT);
        String[] words = lower.strip().split("\\s+");
        if (words.length == 1 && (PERSONAL.contains(words[0]) || RELATIVE.contains(words[0])
                || words[0].equals("we") || words[0].equals("i"))) {
            return false;
        }
        if (words.length <= 3 && words[0].equals("the") && !Character.isUpperCase(c.strip().charAt(c.strip().length() - 1))) {
            return false; // another description: it needs a referent itself
        }
        if (!hasCapital(c) && PERSON_HEADS.stream().noneMatch(lower::contains)) {
            return false; // "most", "both openly rejected": no one is named
        }
        if (wantGroup) {
            return lower.contains(head)
                    || Character.isUpperCase(c.strip().charAt(0)) && Character.isUpperCase(lastWord(c).charAt(0));
        }
        String last = words[words.length - 1];
        boolean candidatePlural = last.endsWith("s") && !hasCapital(last) || lower.contains(" and ");
        return plural == candidatePlural || plural && hasCapital(c);
    }

    /** "Sally, who ..." : the noun phrase before the comma that precedes the relative pronoun. */
    private static Optional<Span> antecedentOfRelative(Document doc, Span relative) {
        int end = relative.start();
        while (end > 0 && Character.isWhitespace(doc.text.charAt(end - 1))) {
            end--;
        }
        if (end == 0 || doc.text.charAt(end - 1) != ',') {
            return Optional.empty();
        }
        return nameEndingAt(doc, end - 1);
    }

    /** The capitalised name run nearest before {@code before}, within about three sentences. */
    private static Optional<Span> nearestName(Document doc, int before, boolean wantGroup) {
        Tokens t = doc.tokens;
        int i = firstTokenAtOrAfter(t, before) - 1;
        int sentencesBack = 0;
        int sentence = i >= 0 ? doc.sentenceOf[i] : 0;
        for (; i >= 0; i--) {
            if (doc.sentenceOf[i] != sentence) {
                sentence = doc.sentenceOf[i];
                if (++sentencesBack > 3) {
                    break;
                }
            }
            if (t.isWord(i) && t.isCapitalized(i) && !NOT_NAMES.contains(t.lower[i]) && !doc.insideQuote[i]) {
                Optional<Span> name = nameEndingAt(doc, t.end[i]);
                boolean sentenceInitialWord = name.isPresent() && name.get().start() == t.start[doc.sentences.start(doc.sentenceOf[i])]
                        && name.get().end() == t.end[doc.sentences.start(doc.sentenceOf[i])];
                if (name.isPresent() && !sentenceInitialWord) {
                    return name;
                }
            }
        }
        return Optional.empty();
    }

    /** A run of capitalised words (with "of", "al-", apostrophes) ending at char offset {@code end}. */
    private static Optional<Span> nameEndingAt(Document doc, int end) {
        Tokens t = doc.tokens;
        int last = firstTokenAtOrAfter(t, end) - 1;
        if (last < 0 || !t.isWord(last) || !t.isCapitalized(last) || NOT_NAMES.contains(t.lower[last])) {
            return Optional.empty();
        }
        int first = last;
        while (first - 1 >= 0 && doc.sentenceOf[first - 1] == doc.sentenceOf[last] && t.isWord(first - 1)
                && (t.isCapitalized(first - 1) && !NOT_NAMES.contains(t.lower[first - 1])
                    || t.lower[first - 1].equals("of") && first - 2 >= 0 && t.isCapitalized(first - 2))) {
            first--;
        }
        return Optional.of(new Span(t.start[first], t.end[last]));
    }

    private static int firstTokenAtOrAfter(Tokens t, int offset) {
        int lo = 0;
        int hi = t.size;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (t.start[mid] < offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private static String lastWord(String s) {
        String[] words = s.strip().split("[\\s,]+");
        String w = words[words.length - 1];
        return w.isEmpty() ? " " : w.replaceAll("^[^\\p{L}]+", "") + " ";
    }

    private static boolean hasCapital(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isUpperCase(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
