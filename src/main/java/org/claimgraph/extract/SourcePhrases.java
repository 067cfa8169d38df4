package org.claimgraph.extract;

/**
 * Finds source spans by walking from a cue over the noun phrase in front of it (or, for inverted
 * cues, behind it), with PolNeAR's conventions: titles, affiliations and identifying appositives
 * belong to the source ("Jimroy, Head of Finance at Blumegard,"), clause words end it.
 */
final class SourcePhrases extends SentenceView {

    private static final java.util.Set<String> SENTENCE_CONJUNCTION = WordClasses.words("and", "but", "or", "so", "yet");

    SourcePhrases(SentenceView sentence) {
        super(sentence);
    }

    /** Steps left over "on Friday", "however" and parenthetical ", though," between source and cue. */
    int skipBetweenSourceAndCue(int j) {
        while (j >= s) {
            String w = t.lower[j];
            if (WordClasses.TIME_WORDS.contains(w) && !(j - 1 >= s && t.lower[j - 1].equals(","))) {
                j--;
                if (j >= s && t.lower[j].equals("on")) {
                    j--;
                }
                continue;
            }
            if (w.equals(",") && j - 2 >= s && WordClasses.TIME_WORDS.contains(t.lower[j - 1])
                    && t.lower[j - 2].equals(",")) {
                j -= 3;
                continue;
            }
            break;
        }
        return j;
    }

    /** The noun phrase ending at token j, walking left to a clause boundary; null if none. */
    int[] sourceBefore(int j) {
        if (j >= s && closesQuote(j) && doc.quotes.partner(j) > j - 8 && doc.quotes.partner(j) > s
                && t.isWord(doc.quotes.partner(j) - 1) && !WordClasses.CLAUSE_BOUNDARY.contains(t.lower[doc.quotes.partner(j) - 1])) {
            // a quoted name: The English newspaper “The National” reported
            int[] head = sourceBefore(doc.quotes.partner(j) - 1);
            return head == null || head[0] == head[1] && WordClasses.PERSONAL_PRONOUN.contains(t.lower[head[0]])
                    ? null : new int[] {head[0], j};
        }
        if (j < s || WordClasses.isPunct(t, j) && !t.lower[j].equals(")")) {
            return null;
        }
        if (WordClasses.RELATIVE.contains(t.lower[j]) || WordClasses.PERSONAL_PRONOUN.contains(t.lower[j])) {
            return new int[] {j, j};
        }
        if (WordClasses.CLAUSE_BOUNDARY.contains(t.lower[j])) {
            return null;
        }
        int i = j;
        int limit = Math.max(s, j - 30);
        while (i - 1 >= limit) {
            int p = i - 1;
            String w = t.lower[p];
            if (w.equals("(") && !closedBefore(p, j)) {
                break;
            }
            boolean possessiveMark = (w.equals("'") || w.equals("’")) && p > s && t.end[p - 1] == t.start[p];
            boolean joiner = w.equals("&") || w.equals("-")
                    || w.equals("/") && p > s && t.end[p - 1] == t.start[p] && t.end[p] == t.start[p + 1]; // Reuters/Ipsos
            if (WordClasses.isPunct(t, p) && !w.equals("(") && !w.equals(")") && !joiner && !possessiveMark) {
                break;
            }
            if (WordClasses.RELATIVE.contains(w) && !restrictiveRelative(p)) {
                break;
            }
            if (WordClasses.CLAUSE_BOUNDARY.contains(w) && !continuesNounPhrase(p)) {
                break;
            }
            i = p;
        }
        return new int[] {subjectStart(i, j), j};
    }

    /**
     * "Exit polls taken in South Carolina said", "A producer for Yahoo Studios said": when nothing
     * but prepositions and "and" separate the phrase found from the start of the sentence, the
     * whole subject is the source. Returns i when the sentence holds anything else before it.
     */
    int subjectStart(int i, int j) {
        int start = firstContentToken(s);
        while (start < i && SENTENCE_CONJUNCTION.contains(t.lower[start])) {
            start++; // "And the mayor said": the conjunction links sentences, it names no one
        }
        if (i <= start || i - start > 12) {
            return i;
        }
        for (int p = i - 1; p >= start; p--) {
            String w = t.lower[p];
            if (!t.isWord(p) || doc.insideQuote[p] || lexicon.verb(w) != null
                    || WordClasses.CLAUSE_BOUNDARY.contains(w) && !WordClasses.NOUN_PHRASE_LINK.contains(w)
                    || WordClasses.PERSONAL_PRONOUN.contains(w) || WordClasses.SUBORDINATOR.contains(w)
                    || p == start && (WordClasses.DISCOURSE_OPENER.contains(w) || WordClasses.ADVERBIAL_START.contains(w))) {
                return i;
            }
        }
        return start;
    }

    /**
     * "27 percent of those who named a candidate said": "who" right after a plural of people, with
     * no comma, restricts the source and belongs to it ("Trump, who said" keeps "who" alone).
     */
    boolean restrictiveRelative(int p) {
        if (!t.lower[p].equals("who") || p - 1 < s || !t.isWord(p - 1)) {
            return false;
        }
        String head = t.lower[p - 1];
        return WordClasses.PEOPLE_PLURAL.contains(head);
    }

    /** Whether a boundary word at p still lies inside the source: "spokesman for", "Trump and Clinton". */
    boolean continuesNounPhrase(int p) {
        String w = t.lower[p];
        if (w.equals("of")) {
            return p - 1 >= s;
        }
        if (p - 1 < s) {
            return w.equals("about") && p + 1 < e && Character.isDigit(t.first(p + 1));
        }
        String before = t.lower[p - 1];
        if (WordClasses.RELATION_PREPOSITION.contains(w)) {
            return WordClasses.ROLE_NOUN.contains(before);
        }
        if (w.equals("and")) {
            return t.isCapitalized(p - 1) && !WordClasses.DISCOURSE_OPENER.contains(before)
                    || WordClasses.PERSONAL_PRONOUN.contains(before);
        }
        if (w.equals("in") && (Character.isDigit(t.first(p - 1)) || WordClasses.NUMBER_WORD.contains(before))) {
            return true; // "four in 10 voters"
        }
        return false;
    }

    boolean closedBefore(int open, int j) {
        for (int i = open + 1; i <= j; i++) {
            if (t.lower[i].equals(")")) {
                return true;
            }
        }
        return false;
    }

    /** "Sally, who is the drummer, said": the name, its parenthetical and the closing comma. */
    int[] appositiveSource(int comma) {
        int open = -1;
        for (int i = comma - 1; i >= s && i > comma - 30; i--) {
            if (t.lower[i].equals(",")) {
                open = i;
                break;
            }
            if (WordClasses.isPunct(t, i) && !t.lower[i].equals("(") && !t.lower[i].equals(")")
                    && !t.lower[i].equals("-") && !t.lower[i].equals("&") && !t.lower[i].equals("’")
                    && !t.lower[i].equals("'")) {
                return null;
            }
        }
        if (open <= s) {
            return null;
        }
        int[] head = sourceBefore(open - 1);
        if (head == null) {
            return null;
        }
        if (t.lower[open + 1].equals("who") && (mentionsAnonymity(open + 1, comma) || reportsStance(open + 2, comma))) {
            // ", who spoke on condition of anonymity," explains and ", who endorsed Clinton," tells what
            // the speaker did: neither identifies the speaker
            return head;
        }
        String first = t.lower[open + 1];
        if (WordClasses.ASIDE_START.contains(first) || first.endsWith("ing") && !first.equals("including")) {
            return head; // "Snyder, for his part, said", "The Journal, citing documents, reported": an aside
        }
        return new int[] {head[0], comma};
    }

    /**
     * "Jason Sims — a teacher from Mount Pleasant — says": a noun phrase between dashes describes
     * the name and belongs to the source, closing dash included; an aside ("Murphy — after a
     * knock on wood — told me") leaves the name alone.
     */
    int[] dashAppositiveSource(int dash) {
        int open = -1;
        for (int i = dash - 1; i > s && i > dash - 20; i--) {
            if (isDash(t.lower[i])) {
                open = i;
                break;
            }
            if (doc.insideQuote[i] || t.isQuoteChar(i) || isTerminal(i) || t.lower[i].equals(";")) {
                return null;
            }
        }
        if (open <= s || open + 1 >= dash) {
            return null;
        }
        int[] head = sourceBefore(open - 1);
        if (head == null) {
            return null;
        }
        String first = t.lower[open + 1];
        boolean describes = first.equals("a") || first.equals("an") || first.equals("the") || t.isCapitalized(open + 1)
                && !WordClasses.ADVERBIAL_START.contains(first) || first.endsWith("’s") || first.endsWith("'s");
        return describes ? new int[] {head[0], dash} : head;
    }

    /** Whether the relative clause from {@code from} opens with a verb of saying or stance ("who has endorsed"). */
    boolean reportsStance(int from, int to) {
        int i = from;
        while (i < to && isCuePrefix(i)) {
            i++;
        }
        return i < to && lexicon.verb(t.lower[i]) != null && !IDENTIFYING_VERB.contains(t.lower[i]);
    }

    /** Verbs of a relative clause that say who the speaker is: "who heads", "who ran the campaign". */
    private static final java.util.Set<String> IDENTIFYING_VERB = WordClasses.words("served", "serves", "runs", "ran",
            "heads", "headed", "leads", "led", "works", "worked", "represents", "chairs", "oversees", "managed", "manages",
            "owns", "founded", "co-founded", "helped", "lost", "won", "is", "was", "are", "were", "has", "had");

    boolean mentionsAnonymity(int from, int to) {
        for (int i = from; i < to; i++) {
            if (t.lower[i].equals("anonymity") || t.lower[i].equals("anonymously")) {
                return true;
            }
        }
        return false;
    }

    /** The subject at the start of the clause ending before a participle's comma. */
    int[] clauseSubject(int comma) {
        int start = firstContentToken(s);
        // skip openers: "But", "And", "Meanwhile,", "On Tuesday,"
        while (start < comma && (WordClasses.DISCOURSE_OPENER.contains(t.lower[start])
                || t.lower[start].equals("but") || t.lower[start].equals("and") || t.lower[start].equals(","))) {
            start++;
        }
        int openerComma = -1;
        for (int i = start; i < comma && i < start + 8; i++) {
            if (t.lower[i].equals(",")) {
                openerComma = i;
                break;
            }
        }
        if (openerComma > start && WordClasses.ADVERBIAL_START.contains(t.lower[start])) {
            start = openerComma + 1; // "On Tuesday, the senator ..."
        }
        if (start >= comma) {
            return null;
        }
        if (WordClasses.PERSONAL_PRONOUN.contains(t.lower[start])) {
            return new int[] {start, start};
        }
        // walk right over the noun phrase up to its verb: a name runs over capitals, a description
        // stops at the first word that looks like a verb
        int i = start;
        boolean name = t.isCapitalized(start) && !WordClasses.DETERMINER.contains(t.lower[start]);
        while (i < comma && !WordClasses.isPunct(t, i)) {
            String w = t.lower[i];
            if (i > start && (lexicon.verb(w) != null || looksFinite(i)
                    || WordClasses.CLAUSE_BOUNDARY.contains(w) && !w.equals("of") && !w.equals("in"))) {
                break;
            }
            if (name && i > start && !t.isCapitalized(i) && !w.equals("of") && !w.equals("’s") && !w.equals("'s")) {
                break;
            }
            i++;
        }
        return i > start && i - start <= 12 ? new int[] {start, i - 1} : null;
    }

    /** A lower-case word that reads as a finite verb: "-ed" past forms and common irregular ones. */
    boolean looksFinite(int i) {
        String w = t.lower[i];
        if (t.isCapitalized(i)) {
            return false;
        }
        return w.length() > 4 && w.endsWith("ed") || WordClasses.COMMON_VERB.contains(w) || isCuePrefix(i);
    }

    /** Where the source after an inverted cue ends: before the final period, a quote or a participle. */
    int sourceAfterEnd(int from) {
        int i = from;
        while (i < e) {
            String w = t.lower[i];
            if (isTerminal(i) || isTerminalOf(i) || w.equals(";") || w.equals(":") || t.isQuoteChar(i)) {
                break;
            }
            if (w.equals(",") && i + 1 < e && (t.isOpenQuote(i + 1) || t.lower[i + 1].endsWith("ing")
                    || t.lower[i + 1].equals("according") || t.lower[i + 1].equals("but")
                    || t.lower[i + 1].equals("and"))) {
                break;
            }
            if (w.equals("that") && i == from) {
                return from - 1;
            }
            i++;
        }
        return i - 1;
    }

    /**
     * Whether what follows a cue reads as the source of an inverted attribution ("..., said the
     * official.") rather than content ("..., said that ..."): a short noun phrase ending the clause.
     */
    boolean invertedAhead(int from) {
        if (from >= e || t.lower[from].equals("that") || t.isQuoteChar(from) || WordClasses.isPunct(t, from)
                || WordClasses.SUBJECT_PRONOUN.contains(t.lower[from])) {
            return false;
        }
        int end = sourceAfterEnd(from);
        return end >= from && end - from < 25 && (end + 1 >= e || isTerminal(end + 1) || t.lower[end + 1].equals(",")
                || closesQuote(end + 1));
    }
}
