package org.claimgraph.extract;

import java.util.Set;

/**
 * Last adjustments to a source span once its attribution is drafted, whichever rule found it:
 * PolNeAR's sources are the noun phrase that names the speaker, so a quantifier or negation in
 * front of it belongs to it ("no one", "most of whom"), and a time or occasion after it does not
 * ("Trump in a statement said", "the court this month rejected").
 */
final class SourceBounds extends SentenceView {

    /** Negations that make the speaker "no one" or "not everyone" rather than "one" or "everyone". */
    private static final Set<String> NEGATION = WordClasses.words("no", "not", "nearly", "almost", "virtually");

    /** Words a negation may take as the whole source: "not everyone", "no one". */
    private static final Set<String> NEGATABLE = WordClasses.words("one", "everyone", "everybody", "all", "many",
            "most", "anyone", "anybody", "some", "both");

    /** Quantifiers before "of whom", "of them": "most of whom", "two of them". */
    private static final Set<String> PART_OF = WordClasses.words("most", "many", "all", "both", "some", "none", "one",
            "each", "several", "few", "half", "neither", "either", "any", "two", "three", "four", "five", "six",
            "seven", "eight", "nine", "ten", "dozens", "hundreds", "thousands", "millions", "majority", "more");

    /** Nouns of a time after which a trailing "last week" reads as when, not which. */
    private static final Set<String> TIME_NOUN = WordClasses.words("week", "month", "year", "weekend", "morning",
            "night", "evening", "afternoon", "spring", "summer", "fall", "winter");

    /** Words that point a time noun at the moment of speaking: "this month", "last week". */
    private static final Set<String> TIME_DEICTIC = WordClasses.words("this", "last", "next");

    /** Occasions a source speaks on: "in a statement", "in his speech". */
    private static final Set<String> OCCASION = WordClasses.words("statement", "interview", "speech", "op-ed",
            "tweet", "letter", "email", "post", "video", "column", "release");

    private static final Set<String> OCCASION_DETERMINER = WordClasses.words("a", "an", "his", "her", "their", "its");

    /** Adverbs that qualify the cue even when written before it: "Priebus later told". */
    private static final Set<String> LOOSE_ADVERB = WordClasses.words("later", "earlier", "again", "also", "too",
            "recently");

    /** Heads whose trailing date says which one ("a poll last week"), kept in the source. */
    private static final Set<String> DATED_HEAD = WordClasses.words("poll", "polls");

    private SourceBounds(Document doc, int k) {
        super(doc, CueLexicon.standard(), k);
    }

    /** Adjusts the draft's source in place; a draft without a source is left alone. */
    static void refine(Document doc, AttributionDraft d) {
        if (d.sourceFrom < 0 || d.sourceFrom > d.sourceTo) {
            return;
        }
        SourceBounds b = new SourceBounds(doc, doc.sentenceOf[d.sourceFrom]);
        if (d.sourceTo >= b.e) {
            return;
        }
        d.sourceTo = b.withoutCircumstance(d.sourceFrom, d.sourceTo);
        d.sourceFrom = b.withQuantifier(d.sourceFrom);
        if (b.subjectOf(d.sourceTo, d.cueFrom)) {
            d.sourceFrom = b.afterObjectGap(d.sourceFrom, d.sourceTo);
            d.sourceFrom = b.wholeSubject(d.sourceFrom);
        }
    }

    /**
     * Where the subject of a relative clause without "that" starts: "the kind of jurist [many
     * Republicans] fear", "something [the Clinton forces] are aware of". A noun followed straight
     * by a determiner cannot be one noun phrase, so the source starts at the determiner.
     */
    int afterObjectGap(int from, int to) {
        for (int i = from; i < to; i++) {
            String w = t.lower[i];
            if (!t.isWord(i) || WordClasses.RELATIVE.contains(w) || w.equals("whose")) {
                return from;
            }
            if (!t.isCapitalized(i) && NEW_NOUN_PHRASE.contains(t.lower[i + 1]) && !LINK.contains(w)
                    && !NEW_NOUN_PHRASE.contains(w) && !WordClasses.CLAUSE_BOUNDARY.contains(w)
                    && !WordClasses.CUE_PREFIX.contains(w) && !PREDETERMINER.contains(w) && !w.endsWith("ly")
                    && !w.endsWith("ing") && !w.endsWith("ed") && !(i - 1 >= s && t.lower[i - 1].equals("to"))) {
                return i + 1;
            }
        }
        return from;
    }

    /** Words that open a noun phrase of their own. */
    private static final Set<String> NEW_NOUN_PHRASE = WordClasses.words("the", "many", "most", "some", "his", "her",
            "their", "its", "our", "only", "a", "an", "these", "those", "this", "my", "your");

    /** Words that stand before a determiner inside one noun phrase: "all the", "half a". */
    private static final Set<String> PREDETERMINER = WordClasses.words("all", "both", "half", "such", "quite",
            "rather", "what", "not", "no", "whom", "within", "between", "into", "after", "before", "during", "under",
            "against", "through", "across", "behind", "outside", "inside", "without", "toward", "towards", "around",
            "near", "per", "via", "upon", "amid", "despite", "than");

    /** Whether the source ending at {@code to} stands right before its cue, as the clause's subject. */
    boolean subjectOf(int to, int cueFrom) {
        if (to >= cueFrom) {
            return false;
        }
        for (int i = to + 1; i < cueFrom; i++) {
            if (!WordClasses.TIME_WORDS.contains(t.lower[i])) {
                return false;
            }
        }
        return true;
    }

    /**
     * The first token of the whole subject the source ends: "[regulators and] advisers to Patriot",
     * "[Republicans on] the House committee", "[Surety companies that had insured] Patriot's
     * obligations". The rules find a source by walking left from the cue to the first clause word;
     * when that word only links parts of one noun phrase and the phrase runs back to where the
     * clause starts, the whole phrase is the source. Returns {@code from} otherwise.
     */
    int wholeSubject(int from) {
        if (from - 1 < s || doc.insideQuote[from]) {
            return from;
        }
        String link = t.lower[from - 1];
        boolean relative = false;
        int p = from - 1;
        if (!LINK.contains(link)) {
            int r = subjectRelative(from);
            if (r < 0) {
                return from;
            }
            relative = true;
            p = r - 1;
        }
        int limit = Math.max(s, from - 20);
        boolean linked = relative;
        while (p >= limit && nounPhraseWord(p)) {
            linked |= LINK.contains(t.lower[p]);
            p--;
        }
        int start = p + 1;
        if (!linked || start >= from || LINK.contains(t.lower[start]) || !t.isWord(start)
                || WordClasses.ADVERBIAL_START.contains(t.lower[start]) || WordClasses.SUBORDINATOR.contains(t.lower[start])
                || WordClasses.DISCOURSE_OPENER.contains(t.lower[start]) || !clauseStartsAt(start)) {
            return from;
        }
        return start;
    }

    /** Words inside a noun phrase that the walk from the cue stops at: "and", "of", "on". */
    private static final Set<String> LINK = WordClasses.words("and", "or", "nor", "in", "for", "by", "from", "with",
            "to", "on", "at", "about", "over", "of", "among", "like", "including");

    /**
     * A subject relative pronoun before the source ("companies that had insured [the plan]"): "who",
     * "that" or "which" with no comma before it, a verb right after it, and no punctuation up to the
     * source. -1 if there is none within a few words.
     */
    private int subjectRelative(int from) {
        for (int r = from - 1; r > s && r >= from - 15; r--) {
            String w = t.lower[r];
            if (!t.isWord(r) && !w.equals("’s") && !w.equals("'s") && !w.equals("-") || doc.insideQuote[r]) {
                return -1;
            }
            if (WordClasses.RELATIVE.contains(w) || w.equals("whose")) {
                boolean verbNext = r + 1 < from && (WordClasses.CUE_PREFIX.contains(t.lower[r + 1])
                        || WordClasses.COMMON_VERB.contains(t.lower[r + 1]) || lexicon.verb(t.lower[r + 1]) != null
                        || t.lower[r + 1].endsWith("ed")) || w.equals("whose");
                return verbNext && t.isWord(r - 1) && !WordClasses.CLAUSE_BOUNDARY.contains(t.lower[r - 1]) ? r : -1;
            }
            if (WordClasses.SUBORDINATOR.contains(w) || WordClasses.PERSONAL_PRONOUN.contains(w)) {
                return -1;
            }
        }
        return -1;
    }

    /** A token a subject noun phrase may hold: no verb, no clause word, no punctuation but joiners. */
    private boolean nounPhraseWord(int p) {
        String w = t.lower[p];
        if (doc.insideQuote[p] || t.isQuoteChar(p)) {
            return false;
        }
        if (!t.isWord(p)) {
            return w.equals("’s") || w.equals("'s") || w.equals("-") || w.equals("&") || w.equals("%")
                    || w.equals("(") || w.equals(")") || w.equals("’") || w.equals("'");
        }
        if (LINK.contains(w) || WordClasses.DETERMINER.contains(w)) {
            return true;
        }
        if (WordClasses.CLAUSE_BOUNDARY.contains(w) || WordClasses.RELATIVE.contains(w) || WordClasses.SUBORDINATOR.contains(w)
                || WordClasses.COMMON_VERB.contains(w) || WordClasses.SUBJECT_PRONOUN.contains(w)
                || WordClasses.OBJECT_PRONOUN.contains(w) || WordClasses.CUE_PREFIX.contains(w)) {
            return false;
        }
        if (t.isCapitalized(p)) {
            return true;
        }
        if (lexicon.verb(w) != null && !(p - 1 >= s && (WordClasses.DETERMINER.contains(t.lower[p - 1])
                || t.lower[p - 1].endsWith("s") && t.lower[p - 1].length() <= 2))) {
            return false;
        }
        if (w.endsWith("ed") && w.length() > 4) {
            // a participle modifies the noun before it only with its preposition: "states led by"
            return p + 1 < e && LINK.contains(t.lower[p + 1]) && p - 1 >= s && t.isWord(p - 1)
                    && !LINK.contains(t.lower[p - 1]);
        }
        return !w.endsWith("ing") && !w.endsWith("ly");
    }

    /** Whether a clause starts at token i: the sentence's start, or after an opening adverbial's comma. */
    private boolean clauseStartsAt(int i) {
        int first = firstContentToken(s);
        while (first < i && (t.lower[first].equals("and") || t.lower[first].equals("but"))) {
            first++;
        }
        if (i == first) {
            return true;
        }
        if (i - 1 <= s || !t.lower[i - 1].equals(",")) {
            return false;
        }
        String opener = t.lower[first];
        return WordClasses.ADVERBIAL_START.contains(opener) || WordClasses.SUBORDINATOR.contains(opener)
                || WordClasses.DISCOURSE_OPENER.contains(opener) || WordClasses.WEEKDAYS.contains(opener);
    }

    /** The source's first token after taking in "no", "not" or "most of" before it. */
    int withQuantifier(int from) {
        String w = t.lower[from];
        if (from - 1 >= s && NEGATION.contains(t.lower[from - 1])
                && (NEGATABLE.contains(w) || t.lower[from - 1].equals("no") && t.isWord(from) && !t.isCapitalized(from))) {
            return from - 1;
        }
        if (from - 2 >= s && t.lower[from - 1].equals("of") && PART_OF.contains(t.lower[from - 2])
                && (WordClasses.RELATIVE.contains(w) || w.equals("them") || w.equals("us") || w.equals("you"))) {
            int start = from - 2;
            return start - 1 >= s && NEGATION.contains(t.lower[start - 1]) ? start - 1 : start;
        }
        return from;
    }

    /**
     * The source's last token without a trailing time or occasion ("last week", "in 2015", "in a
     * statement", "on Thursday evening", "later"). Kept after a relative clause or participle, where
     * the time belongs to that clause ("who ran in 2008", "a poll taken last week").
     */
    int withoutCircumstance(int from, int to) {
        int cut = circumstanceStart(from, to);
        if (cut <= from) {
            return to;
        }
        for (int i = from; i < cut; i++) {
            String w = t.lower[i];
            if (WordClasses.RELATIVE.contains(w) || w.equals("whose") || w.equals("himself") || w.equals("herself")
                    || t.isWord(i) && !t.isCapitalized(i) && i > from && (w.endsWith("ed") || w.endsWith("en"))) {
                return to;
            }
        }
        int last = cut - 1;
        if (DATED_HEAD.contains(t.lower[last])) {
            return to;
        }
        return last;
    }

    /** "a strategist on McCain's campaign in 2008": after an apposition's comma the year dates the role. */
    private boolean hasComma(int from, int to) {
        for (int i = from; i <= to; i++) {
            if (t.lower[i].equals(",")) {
                return true;
            }
        }
        return false;
    }

    /** Where a trailing circumstance phrase ending at {@code to} starts, or -1. */
    private int circumstanceStart(int from, int to) {
        String w = t.lower[to];
        if (LOOSE_ADVERB.contains(w) && to > from) {
            return to;
        }
        if (TIME_NOUN.contains(w) && to - 1 > from && TIME_DEICTIC.contains(t.lower[to - 1])) {
            int start = to - 1;
            String before = t.lower[start - 1];
            if (start - 1 > from && (before.equals("earlier") || before.equals("late") || before.equals("later")
                    || before.equals("just"))) {
                start--;
            }
            return start;
        }
        if (to - 1 > from && t.lower[to - 1].equals("in") && !hasComma(from, to) && w.length() == 4 && (w.startsWith("19") || w.startsWith("20"))
                && Character.isDigit(w.charAt(3))) {
            return to - 1;
        }
        if (OCCASION.contains(w) && to - 2 > from && OCCASION_DETERMINER.contains(t.lower[to - 1])
                && (t.lower[to - 2].equals("in") || t.lower[to - 2].equals("on"))) {
            return to - 2;
        }
        int day = to;
        if ((w.equals("morning") || w.equals("afternoon") || w.equals("evening") || w.equals("night")) && to - 1 > from) {
            day = to - 1;
        }
        if (WordClasses.WEEKDAYS.contains(t.lower[day]) && day - 1 > from
                && (t.lower[day - 1].equals("on") || t.lower[day - 1].equals("last"))) {
            return day - 1;
        }
        return -1;
    }
}
