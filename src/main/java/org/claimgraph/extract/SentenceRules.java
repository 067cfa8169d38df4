package org.claimgraph.extract;

import java.util.List;

/**
 * The attribution rules applied to one sentence. Each cue found yields at most one attribution;
 * where the source and content lie is read from word order and punctuation around the cue.
 */
final class SentenceRules {

    private final Document doc;
    private final Tokens t;
    private final CueLexicon lexicon;
    private final int k;
    /** Sentence token range, end exclusive. */
    private final int s;
    private final int e;

    /** Source of the latest attribution found in this sentence: "..., X said, adding ..." shares it. */
    private int[] lastSource;

    SentenceRules(Document doc, CueLexicon lexicon, int k) {
        this.doc = doc;
        this.t = doc.tokens;
        this.lexicon = lexicon;
        this.k = k;
        this.s = doc.sentences.start(k);
        this.e = doc.sentences.end(k);
    }

    void find(List<Attribution> out) {
        AttributionFinder.Draft headline = colonHeadline();
        if (headline == null) {
            headline = inArtifact();
        }
        if (headline != null) {
            Attribution a = headline.build(doc);
            if (a != null) {
                out.add(a);
            }
        }
        for (int i = s; i < e; i++) {
            if (doc.insideQuote[i]) {
                continue; // PolNeAR leaves attributions inside a direct quote unannotated
            }
            CueLexicon.Phrase phrase = lexicon.phraseAt(t, i, e);
            AttributionFinder.Draft d = null;
            if (phrase != null && phrase.kind() == CueLexicon.PhraseKind.SOURCE_AFTER) {
                d = sourceAfterPhrase(i, i + phrase.words().length - 1);
                i += phrase.words().length - 1;
            } else {
                CueLexicon.Verb v = lexicon.verb(t.lower[i]);
                if (v != null && looksLikeVerb(i) && (!v.noun() || nounVerbIsVerb(i))) {
                    d = verbCue(i, v);
                }
            }
            if (d != null) {
                Attribution a = d.build(doc);
                if (a != null) {
                    out.add(a);
                    if (d.sourceFrom >= 0) {
                        lastSource = new int[] {d.sourceFrom, d.sourceTo};
                    }
                }
            }
        }
    }

    /** Title-case lines ("Clinton Says Russians Hacked DNC") are headlines; their verbs are capitalised. */
    private boolean headlineCase() {
        int words = 0;
        int capitals = 0;
        for (int i = s; i < e; i++) {
            if (t.isWord(i) && t.end[i] - t.start[i] > 3) {
                words++;
                if (t.isCapitalized(i)) {
                    capitals++;
                }
            }
        }
        return words >= 3 && capitals * 10 >= words * 8;
    }

    /** Rejects noun and adjective uses of cue words: "the report", "a Reuters report", "Said". */
    private boolean looksLikeVerb(int i) {
        if (i > s && WordClasses.DETERMINER.contains(t.lower[i - 1])) {
            return false;
        }
        if (i > s && t.isCapitalized(i) && !t.isOpenQuote(i - 1) && !(t.isCapitalized(i - 1) && headlineCase())) {
            return false; // mid-sentence capital: a name, unless the whole line is in title case
        }
        String w = t.lower[i];
        if (i + 1 < e && t.lower[i].endsWith("ed") && WordClasses.PARTICIPLE_NOUN.contains(t.lower[i + 1])) {
            return false; // "pledged delegates", "elected officials"
        }
        if (w.endsWith("ing")) {
            // gerunds and participles are cues after a comma ("..., saying"), "as saying" or an auxiliary
            return i > s && (t.lower[i - 1].equals(",") || t.lower[i - 1].equals("as")
                    || t.lower[i - 1].equals("is") || t.lower[i - 1].equals("are")
                    || t.lower[i - 1].equals("was") || t.lower[i - 1].equals("were")
                    || t.lower[i - 1].equals("been") || t.lower[i - 1].equals("while")
                    || t.lower[i - 1].equals("also") || t.lower[i - 1].equals("after")
                    || t.lower[i - 1].equals("before") || t.lower[i - 1].equals("by"));
        }
        return true;
    }

    /**
     * For words that are as often nouns ("support", "attacks", "comments"): a verb only right after
     * a pronoun, auxiliary or name, and not when a noun's preposition follows ("support for").
     */
    private boolean nounVerbIsVerb(int i) {
        if (i == s) {
            return false;
        }
        String prev = t.lower[i - 1];
        if (WordClasses.CUE_PREFIX.contains(prev) || WordClasses.PERSONAL_PRONOUN.contains(prev)
                || WordClasses.RELATIVE.contains(prev) || prev.equals("to")) {
            return true;
        }
        String w = t.lower[i];
        if (w.endsWith("ed") || w.equals("said")) {
            return true;
        }
        if (i + 1 < e && t.lower[i + 1].equals("that") && !w.endsWith("ing")) {
            return true; // "hopes that", "plans to": a complement clause follows a verb
        }
        if (i + 1 < e && WordClasses.NOUN_FOLLOWER.contains(t.lower[i + 1])) {
            return false;
        }
        boolean possessive = prev.endsWith("’s") || prev.endsWith("'s") || prev.endsWith("s’") || prev.endsWith("s'");
        if (possessive || !t.isWord(i - 1) || WordClasses.ADJECTIVE_LIKE.contains(prev)) {
            return false;
        }
        return t.isCapitalized(i - 1) || !w.endsWith("s") && prev.endsWith("s");
    }

    // ---------------------------------------------------------------- "according to X"

    private AttributionFinder.Draft sourceAfterPhrase(int from, int to) {
        AttributionFinder.Draft d = new AttributionFinder.Draft();
        d.cueFrom = from;
        d.cueTo = to;
        int srcStart = to + 1;
        if (srcStart >= e) {
            return null;
        }
        int lead = firstContentToken(s);
        if (from <= lead || (from == lead + 1 && t.lower[lead].equals("but"))) {
            // According to X, CONTENT.
            int comma = nextPunct(srcStart, ",");
            if (comma < 0) {
                return null;
            }
            d.sourceFrom = srcStart;
            d.sourceTo = comma - 1;
            d.content.add(new int[] {comma + 1, contentEnd(comma + 1)});
        } else {
            // CONTENT, according to X.
            int end = from - 1;
            if (t.lower[end].equals(",")) {
                end--;
            }
            d.content.add(new int[] {contentStartBefore(s, end), end});
            d.sourceFrom = srcStart;
            d.sourceTo = sourceAfterEnd(srcStart);
        }
        return d.sourceTo >= d.sourceFrom ? d : null;
    }

    // ---------------------------------------------------------------- verb cues

    private AttributionFinder.Draft verbCue(int c, CueLexicon.Verb v) {
        AttributionFinder.Draft d = new AttributionFinder.Draft();
        int cueFrom = c;
        while (cueFrom - 1 >= s && isCuePrefix(cueFrom - 1)) {
            cueFrom--;
        }
        // "quoted X as saying": the cue is "as saying", the quoting source a relay
        boolean asSaying = c - 1 >= s && t.lower[c - 1].equals("as");
        if (asSaying) {
            cueFrom = c - 1;
        }
        int cueTo = cueTail(c, v);
        d.cueFrom = cueFrom;
        d.cueTo = cueTo;

        if (asSaying && quotedAsSaying(c - 1, d)) {
            contentAfter(d, cueTo + 1, v);
            return d.content.isEmpty() ? null : d;
        }
        if (c == s || c == firstContentToken(s) && t.isCapitalized(c)) {
            return sentenceInitialCue(d, v);
        }
        if (c == s + 1 && t.lower[s].equals("when") && v.lemma().equals("ask")) {
            d.cueFrom = s;
            return sentenceInitialCue(d, v);
        }

        if (raising(c, v, cueFrom)) {
            return raisingCue(d, cueFrom, cueTo);
        }
        int before = skipBetweenSourceAndCue(cueFrom - 1);
        boolean gerundAfterComma = t.lower[c].endsWith("ing") && c - 1 >= s && t.lower[c - 1].equals(",");
        boolean coordinated = before >= s && (t.lower[before].equals("and") || t.lower[before].equals("but"));
        if (gerundAfterComma || coordinated) {
            // "..., saying that X" / "X did Y and said Z": the source is the subject of the clause
            int[] subject = lastSource != null ? lastSource : clauseSubject(gerundAfterComma ? c - 1 : before);
            if (subject != null) {
                d.sourceFrom = subject[0];
                d.sourceTo = subject[1];
            }
            contentAfter(d, cueTo + 1, v);
            return d.content.isEmpty() || (v.weak() && !strongContent(d)) ? null : d;
        }
        int[] src = before >= s ? sourceBefore(before) : null;
        int lead = cueFrom - 1;
        if (src == null && lead >= s && t.lower[lead].equals(",") && !(lead - 1 >= s && closesQuote(lead - 1))) {
            // "Matt Bennett, a founder of Third Way, said ..." before the inverted reading "..., said X"
            src = appositiveSource(lead);
        }
        if (src != null) {
            d.sourceFrom = src[0];
            d.sourceTo = src[1];
            int after = v.recipient() ? recipientEnd(cueTo + 1) : cueTo + 1;
            int srcLead = src[0] - 1;
            boolean contentBefore = srcLead >= s && (t.lower[srcLead].equals(",") || closesQuote(srcLead));
            boolean splitQuote = contentBefore && closesQuote(srcLead) && after < e && t.lower[after].equals(",")
                    && opensQuoteAfter(after);
            boolean clauseEnds = after >= e || isTerminal(after)
                    || (t.lower[after].equals(",") && !opensQuoteAfter(after))
                    || contentBefore && adverbialTail(after) || splitQuote;
            if (clauseEnds && srcLead >= s && (t.lower[srcLead].equals(",") || closesQuote(srcLead))) {
                // CONTENT, X said.   /   "CONTENT," X said.
                int end = t.lower[srcLead].equals(",") ? srcLead - 1 : srcLead;
                if (end >= s) {
                    d.content.add(new int[] {contentStartBefore(s, end), end});
                    if (!closesQuote(end) && midSentenceContinuation(d, after)) {
                        return d;
                    }
                    continuation(d, after);
                    return d;
                }
            }
            if (clauseEnds && srcLead < s && (after >= e || isTerminal(after))) {
                // "X said." alone: the content is the sentence (or quote) before
                return previousSentenceContent(d) ? d : null;
            }
            if (clauseEnds && !(after < e && t.lower[after].equals(","))) {
                return null;
            }
            contentAfter(d, cueTo + 1, v);
            if (d.content.isEmpty() || v.weak() && !strongContent(d) && !WordClasses.ARTIFACT.contains(t.lower[src[1]])) {
                return null;
            }
            int[] r = d.content.get(d.content.size() - 1);
            if (src[0] == s && t.isOpenQuote(d.content.get(0)[0])) {
                precedingQuote(d);
            }
            if (r[1] + 1 >= e || isTerminal(r[1] + 1) || doc.sentenceOf[r[1]] != k) {
                followingQuotes(d, r[1]);
            }
            return d;
        }
        // inverted: "CONTENT," said X.
        if (lead >= s && (t.lower[lead].equals(",") || closesQuote(lead)) && cueTo + 1 < e) {
            int srcEnd = sourceAfterEnd(cueTo + 1);
            if (srcEnd < cueTo + 1) {
                return null;
            }
            d.sourceFrom = cueTo + 1;
            d.sourceTo = srcEnd;
            int end = t.lower[lead].equals(",") ? lead - 1 : lead;
            d.content.add(new int[] {contentStartBefore(s, end), end});
            continuation(d, srcEnd + 1);
            return d;
        }
        return null;
    }

    /**
     * '"...," he said on the show.' — after the cue only a prepositional or time phrase runs to the
     * end of the sentence (no "that", no quote, no colon), so the content must lie before.
     */
    private boolean adverbialTail(int from) {
        if (from >= e || !WordClasses.ADVERBIAL_START.contains(t.lower[from])) {
            return false;
        }
        for (int i = from; i < e; i++) {
            if (t.lower[i].equals("that") || t.isQuoteChar(i) || t.lower[i].equals(":")) {
                return false;
            }
            if (t.lower[i].equals(",")) {
                return !opensQuoteAfter(i) && (i + 1 >= e || !t.lower[i + 1].equals("that"));
            }
        }
        return true;
    }

    /** Auxiliaries, negations and adverbs that join the cue: "has long said", "doesn't think". */
    private boolean isCuePrefix(int i) {
        String w = t.lower[i];
        if (!t.isWord(i) || t.isCapitalized(i) && i > s) {
            return false;
        }
        return WordClasses.CUE_PREFIX.contains(w) || w.endsWith("n’t") || w.endsWith("n't")
                || w.length() > 4 && w.endsWith("ly") && !WordClasses.NOT_ADVERB.contains(w);
    }

    /**
     * "She seemed to waver", "he is widely expected to win", "it is believed that": an impression
     * or expectation held by no one named. PolNeAR gives it no source and splits the content
     * around the cue.
     */
    private boolean raising(int c, CueLexicon.Verb v, int cueFrom) {
        if (v.raising()) {
            return true;
        }
        String w = t.lower[c];
        boolean participle = w.endsWith("ed") || w.equals("thought") || w.equals("said") || w.equals("seen")
                || w.equals("known");
        boolean passive = false;
        for (int i = cueFrom; i < c; i++) {
            String a = t.lower[i];
            passive |= a.equals("is") || a.equals("are") || a.equals("was") || a.equals("were") || a.equals("be")
                    || a.equals("been") || a.equals("being") || a.equals("’s") || a.equals("'s");
        }
        boolean complement = c + 1 < e && (t.lower[c + 1].equals("to") || t.lower[c + 1].equals("that"));
        return participle && passive && complement && (v.mental() || v.lemma().equals("say") || v.lemma().equals("report")
                || v.lemma().equals("expect") || v.lemma().equals("believe"));
    }

    private AttributionFinder.Draft raisingCue(AttributionFinder.Draft d, int cueFrom, int cueTo) {
        int from = cueTo + 1;
        if (from >= e || isTerminal(from)) {
            return null;
        }
        int before = skipBetweenSourceAndCue(cueFrom - 1);
        int[] subject = before >= s ? sourceBefore(before) : null;
        if (subject != null && !(subject[0] == subject[1] && (t.lower[subject[0]].equals("it")
                || t.lower[subject[0]].equals("there")))) {
            d.content.add(new int[] {subject[0], subject[1]});
        }
        int end = contentEnd(from);
        if (end < from) {
            return null;
        }
        d.content.add(new int[] {from, end});
        return d;
    }

    /** Last cue token: the verb with its tail ("said in a statement", "said Sunday", "said of", "said:"). */
    private int cueTail(int c, CueLexicon.Verb v) {
        int cueTo = c;
        CueLexicon.Phrase tail = c + 1 < e ? lexicon.phraseAt(t, c + 1, e) : null;
        if (tail != null && tail.kind() == CueLexicon.PhraseKind.VERB_TAIL) {
            cueTo = c + tail.words().length;
        } else if (c + 1 < e && v.takes(t.lower[c + 1])) {
            cueTo = c + 1;
        }
        if (cueTo + 1 < e && t.lower[cueTo + 1].equals(":")) {
            cueTo++;
        }
        return cueTo;
    }

    /** "Said X, “...”" and "Asked about it, ...": a cue that opens the sentence. */
    private AttributionFinder.Draft sentenceInitialCue(AttributionFinder.Draft d, CueLexicon.Verb v) {
        int from = d.cueTo + 1;
        int comma = nextPunctOutsideQuotes(from, ",");
        if (v.lemma().equals("ask") && t.lower[d.cueFrom + (d.cueTo > d.cueFrom ? 1 : 0)].startsWith("ask")
                && comma > from) {
            // "Asked whether she would run, Clinton said ...": the question is content, nobody asks in the text
            d.content.add(new int[] {from, closesQuote(comma + 1) ? comma + 1 : comma - 1});
            return d;
        }
        if (!v.lemma().equals("say") || comma < 0 || comma == from || comma + 1 >= e || !t.isOpenQuote(comma + 1)) {
            return null;
        }
        d.sourceFrom = from;
        d.sourceTo = comma - 1;
        contentAfter(d, comma + 1, v);
        return d.content.isEmpty() ? null : d;
    }

    /**
     * Whether what follows a cue reads as the source of an inverted attribution ("..., said the
     * official.") rather than content ("..., said that ..."): a short noun phrase ending the clause.
     */
    private boolean invertedAhead(int from) {
        if (from >= e || t.lower[from].equals("that") || t.isQuoteChar(from) || WordClasses.isPunct(t, from)
                || WordClasses.SUBJECT_PRONOUN.contains(t.lower[from])) {
            return false;
        }
        int end = sourceAfterEnd(from);
        return end >= from && end - from < 25 && (end + 1 >= e || isTerminal(end + 1) || t.lower[end + 1].equals(",")
                || closesQuote(end + 1));
    }

    /** "Sally, who is the drummer, said": the name, its parenthetical and the closing comma. */
    private int[] appositiveSource(int comma) {
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
        if (t.lower[open + 1].equals("who") && mentionsAnonymity(open + 1, comma)) {
            return head; // ", who spoke on condition of anonymity," explains, it does not identify
        }
        return new int[] {head[0], comma};
    }

    private boolean mentionsAnonymity(int from, int to) {
        for (int i = from; i < to; i++) {
            if (t.lower[i].equals("anonymity") || t.lower[i].equals("anonymously")) {
                return true;
            }
        }
        return false;
    }

    /** Index after the recipient of "told Reuters (on Friday) that": the first content token. */
    private int recipientEnd(int i) {
        if (i >= e || t.lower[i].equals("that") || t.isOpenQuote(i) || isTerminal(i)) {
            return i;
        }
        int j = i;
        while (j < e && j < i + 8 && !t.lower[j].equals("that") && !t.isOpenQuote(j)
                && !t.lower[j].equals(":") && !t.lower[j].equals(",") && !isTerminal(j)) {
            j++;
        }
        if (j < e && (t.lower[j].equals(",") || isTerminal(j) || t.lower[j].equals(":"))) {
            return j;
        }
        if (j < e && j < i + 8) {
            return j;
        }
        return skipRecipient(i);
    }

    /** Content of a bare "X said." : the preceding quote, or the preceding sentence in the paragraph. */
    private boolean previousSentenceContent(AttributionFinder.Draft d) {
        if (k == 0 || t.lineBefore[s] && blankBefore(s)) {
            return false;
        }
        int ps = doc.sentences.start(k - 1);
        int pe = doc.sentences.end(k - 1) - 1;
        if (closesQuote(pe)) {
            d.content.add(new int[] {doc.quotes.partner(pe), pe});
            return true;
        }
        if (isTerminalOf(pe) && pe > ps) {
            pe--;
        }
        d.content.add(new int[] {ps, pe});
        return true;
    }

    /** "The report quoted an informed source as saying": sets source and relay; false if no match. */
    private boolean quotedAsSaying(int as, AttributionFinder.Draft d) {
        for (int q = as - 1; q >= s && q >= as - 15; q--) {
            String w = t.lower[q];
            if (w.equals("quoted") || w.equals("quoting") || w.equals("cited") || w.equals("citing")
                    || w.equals("quotes") || w.equals("cites")) {
                if (q + 1 > as - 1) {
                    return false;
                }
                d.sourceFrom = q + 1;
                d.sourceTo = as - 1;
                int[] relay = q - 1 >= s ? sourceBefore(skipBetweenSourceAndCue(q - 1)) : null;
                if (relay != null) {
                    d.relayFrom = relay[0];
                    d.relayTo = relay[1];
                }
                return true;
            }
            if (WordClasses.isPunct(t, q)) {
                return false;
            }
        }
        return false;
    }

    /** Steps left over "on Friday", "however" and parenthetical ", though," between source and cue. */
    private int skipBetweenSourceAndCue(int j) {
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
            if (WordClasses.isPunct(t, p) && !w.equals("(") && !w.equals(")") && !w.equals("&")
                    && !w.equals("-") && !w.equals("'") && !w.equals("’")) {
                break;
            }
            if (WordClasses.RELATIVE.contains(w)) {
                break;
            }
            if (WordClasses.CLAUSE_BOUNDARY.contains(w) && !continuesNounPhrase(p)) {
                break;
            }
            i = p;
        }
        return new int[] {i, j};
    }

    /** Whether a boundary word at p still lies inside the source: "spokesman for", "Trump and Clinton". */
    private boolean continuesNounPhrase(int p) {
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

    private boolean closedBefore(int open, int j) {
        for (int i = open + 1; i <= j; i++) {
            if (t.lower[i].equals(")")) {
                return true;
            }
        }
        return false;
    }

    /** The subject at the start of the clause ending before a participle's comma. */
    private int[] clauseSubject(int comma) {
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
    private boolean looksFinite(int i) {
        String w = t.lower[i];
        if (t.isCapitalized(i)) {
            return false;
        }
        return w.length() > 4 && w.endsWith("ed") || WordClasses.COMMON_VERB.contains(w) || isCuePrefix(i);
    }

    /** Where the source after an inverted cue ends: before the final period, a quote or a participle. */
    private int sourceAfterEnd(int from) {
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

    // ---------------------------------------------------------------- content

    /** Content after a cue: recipient skipped, up to the sentence end or the closing quote. */
    private void contentAfter(AttributionFinder.Draft d, int from, CueLexicon.Verb v) {
        int i = v.recipient() ? recipientEnd(from) : from;
        int that = thatAhead(i);
        if (that > i) {
            i = that;
        }
        i = skipTimeExpression(i);
        while (i < e && (t.lower[i].equals(",") || t.lower[i].equals(":"))) {
            i++;
        }
        if (i >= e || isTerminal(i)) {
            return;
        }
        int end;
        if (v.object() && !t.lower[i].equals("that") && !t.isQuoteChar(i)) {
            end = objectEnd(i);
        } else if (t.isOpenQuote(i) && doc.quotes.partner(i) > i) {
            int close = doc.quotes.partner(i);
            int afterClose = close + 1;
            boolean quoteEndsClause = afterClose >= e || isTerminal(afterClose)
                    || doc.sentenceOf[close] != k;
            end = quoteEndsClause ? close : contentEnd(i);
        } else {
            end = contentEnd(i);
        }
        if (end >= i) {
            d.content.add(new int[] {i, end});
        }
    }

    /** Steps over "Tuesday", "on Friday", "last week", "yesterday" between a cue and its content. */
    private int skipTimeExpression(int i) {
        if (i >= e) {
            return i;
        }
        String w = t.lower[i];
        if (WordClasses.WEEKDAYS.contains(w) || w.equals("yesterday") || w.equals("today") || w.equals("tonight")) {
            int j = i + 1;
            if (j < e && (t.lower[j].equals("night") || t.lower[j].equals("morning") || t.lower[j].equals("afternoon")
                    || t.lower[j].equals("evening"))) {
                j++;
            }
            return j < e && !isTerminal(j) ? j : i;
        }
        if ((w.equals("on") && i + 1 < e && WordClasses.WEEKDAYS.contains(t.lower[i + 1]))
                || (w.equals("last") || w.equals("this")) && i + 1 < e
                        && (t.lower[i + 1].equals("week") || t.lower[i + 1].equals("month") || t.lower[i + 1].equals("year"))) {
            return i + 2 < e && !isTerminal(i + 2) ? i + 2 : i;
        }
        return i;
    }

    /** "said on Thursday that", "stressed, however, that": the content starts at a nearby "that". */
    private int thatAhead(int i) {
        for (int j = i; j < e && j < i + 10; j++) {
            String w = t.lower[j];
            if (w.equals("that")) {
                return j;
            }
            if (t.isQuoteChar(j) || !t.isWord(j) && !w.equals(",") && !w.equals("’s") && !w.equals("'s")
                    || WordClasses.SUBJECT_PRONOUN.contains(w) || isCueVerb(j)) {
                return -1;
            }
        }
        return -1;
    }

    private int skipRecipient(int i) {
        if (t.isCapitalized(i)) {
            while (i < e && t.isCapitalized(i)) {
                i++;
            }
            return i;
        }
        if (WordClasses.RECIPIENT_WORDS.contains(t.lower[i])
                && !List.of("the", "a", "an", "his", "their", "its", "our").contains(t.lower[i])) {
            return i + 1;
        }
        return i;
    }

    /**
     * Last content token from {@code from}: the sentence end (or the end of a quote running past
     * it), cut short where a new clause of the same speaker begins: at ';', at ", adding ..." and
     * at "and said ...", which carry attributions of their own.
     */
    private int contentEnd(int from) {
        int end = e - 1;
        for (int i = from; i < e; i++) {
            if (doc.insideQuote[i]) {
                continue;
            }
            if (t.isQuoteChar(i) && doc.quotes.opens(i)) {
                if (doc.quotes.partner(i) >= e) {
                    return doc.quotes.partner(i); // a quote closed in a later sentence carries the content along
                }
                continue;
            }
            String w = t.lower[i];
            if (i > from && w.equals(";")) {
                return i - 1;
            }
            if (i > from && w.equals(",") && i + 1 < e && WordClasses.CONTENT_STOP_AFTER_COMMA.contains(t.lower[i + 1])) {
                return i - 1;
            }
            if (i > from && (w.equals("—") || w.equals("--") || w.equals("–")) && !dashPairClosed(i)) {
                return i - 1;
            }
            if (i > from && w.equals(",") && i + 1 < e && t.lower[i + 1].endsWith("ing") && isCueVerb(i + 1)) {
                return i - 1;
            }
            if (i > from && (w.equals("and") || w.equals("but")) && coordinatedCueAt(i + 1)) {
                return t.lower[i - 1].equals(",") ? i - 2 : i - 1;
            }
        }
        if (end > from && isTerminal(end)) {
            end--;
        }
        return end;
    }

    /**
     * End of a plain object ("endorsed Clinton on Tuesday, saying ..." gives "Clinton"): the
     * content clause, cut further at a comma and at trailing time expressions.
     */
    private int objectEnd(int from) {
        int end = contentEnd(from);
        for (int i = from + 1; i <= end; i++) {
            if (doc.insideQuote[i] || t.isQuoteChar(i)) {
                continue;
            }
            String w = t.lower[i];
            if (w.equals(",") || w.equals("(") || w.equals("—") || w.equals("--") || WordClasses.WEEKDAYS.contains(w)
                    || w.equals("yesterday") || w.equals("today")
                    || (w.equals("on") || w.equals("last") || w.equals("this") || w.equals("earlier") || w.equals("during"))
                        && i + 1 <= end && (WordClasses.WEEKDAYS.contains(t.lower[i + 1]) || t.lower[i + 1].equals("week")
                        || t.lower[i + 1].equals("month") || t.lower[i + 1].equals("year")
                        || t.lower[i + 1].equals("night") || t.lower[i + 1].equals("the"))) {
                return i - 1;
            }
            if (lexicon.phraseAt(t, i, end + 1) != null) {
                return i - 1;
            }
        }
        return end;
    }

    /** Whether a clause (subject and verb) seems to start at i: a pronoun, a name or a determiner. */
    private boolean startsClause(int i) {
        String w = t.lower[i];
        return WordClasses.SUBJECT_PRONOUN.contains(w) || w.equals("the") || w.equals("a") || w.equals("an")
                || t.isCapitalized(i) || t.isQuoteChar(i);
    }

    /** A dash that opens an aside closed by a second dash stays inside the content. */
    private boolean dashPairClosed(int i) {
        for (int j = i + 1; j < e; j++) {
            String w = t.lower[j];
            if (w.equals("—") || w.equals("--") || w.equals("–")) {
                return true;
            }
        }
        return false;
    }

    private boolean isCueVerb(int i) {
        return lexicon.verb(t.lower[i]) != null && !doc.insideQuote[i];
    }

    /** "and (also) said", "but has argued": a cue verb opening a coordinated clause. */
    private boolean coordinatedCueAt(int i) {
        while (i < e && WordClasses.CUE_PREFIX.contains(t.lower[i])) {
            i++;
        }
        if (i >= e || !isCueVerb(i)) {
            return false;
        }
        String w = t.lower[i];
        boolean thirdPerson = w.endsWith("s") && !w.endsWith("ss");
        return w.endsWith("ed") || w.endsWith("ing") || thirdPerson || w.equals("said") || w.equals("told") || w.equals("wrote")
                || w.equals("thought") || w.equals("knew") || w.equals("felt");
    }

    /** Start of content that ends at {@code end} and begins the sentence, or a quote opened earlier. */
    private int contentStartBefore(int from, int end) {
        int start = from;
        if (start + 1 < end && WordClasses.DISCOURSE_OPENER.contains(t.lower[start]) && t.lower[start + 1].equals(",")) {
            start += 2; // "Meanwhile, ..." belongs to the article, not to the source
        }
        // "While X, Y, and Z, he said": only the last coordinated clause is attributed
        for (int i = end - 1; i > start; i--) {
            if (doc.insideQuote[i] || t.isQuoteChar(i)) {
                continue;
            }
            if (t.lower[i].equals(";")) {
                start = i + 1;
                break;
            }
            if (t.lower[i].equals(",") && i + 2 <= end && (t.lower[i + 1].equals("and") || t.lower[i + 1].equals("but"))
                    && startsClause(i + 2)) {
                start = i + 2;
                break;
            }
        }
        for (int i = from; i <= end; i++) {
            if (t.isQuoteChar(i) && doc.quotes.closes(i) && doc.quotes.partner(i) < from) {
                return doc.quotes.partner(i);
            }
        }
        return start;
    }

    /** "The nostalgia, he noted, may be on the studios' end": content resumes after the cue's comma. */
    private boolean midSentenceContinuation(AttributionFinder.Draft d, int comma) {
        if (comma >= e || !t.lower[comma].equals(",") || comma + 3 >= e) {
            return false;
        }
        int next = comma + 1;
        String w = t.lower[next];
        if (t.isQuoteChar(next) || w.endsWith("ing") || w.equals("according") || w.equals("who")
                || w.equals("which") || w.equals("and") || w.equals("but") || w.equals("as") || isCueVerb(next)) {
            return false;
        }
        int end = contentEnd(next);
        if (end < next) {
            return false;
        }
        d.content.add(new int[] {next, end});
        return true;
    }

    /** '"More," he said, "and more."' and a quote that opens the next sentence continue the content. */
    private void continuation(AttributionFinder.Draft d, int after) {
        int i = after;
        int last = e - 1;
        if (i < e && t.lower[i].equals(",") && i + 1 < e && t.isOpenQuote(i + 1)
                && doc.quotes.partner(i + 1) > i + 1) {
            int close = doc.quotes.partner(i + 1);
            d.content.add(new int[] {i + 1, close});
            last = close;
            i = close + 1;
            if (i < e && !isTerminal(i) && doc.sentenceOf[close] == k) {
                return;
            }
        } else {
            // '"...," she said in the statement, noting X.' — a quote may still follow in the next sentence
            for (int j = i; j < e; j++) {
                if (t.isQuoteChar(j)) {
                    return;
                }
            }
        }
        followingQuotes(d, last);
    }

    /**
     * '"A." He added, "B."' — a quote standing alone as the sentence before, not yet claimed by an
     * earlier attribution, belongs to the same speaker.
     */
    private void precedingQuote(AttributionFinder.Draft d) {
        if (k == 0) {
            return;
        }
        int pe = doc.sentences.end(k - 1) - 1;
        if (!closesQuote(pe)) {
            return;
        }
        int open = doc.quotes.partner(pe);
        if (doc.claimedQuote[open] || open != doc.sentences.start(doc.sentenceOf[open])) {
            return;
        }
        d.content.add(0, new int[] {open, pe});
        doc.claimedQuote[open] = true;
    }

    /**
     * Quotes that make up whole sentences right after the attribution continue its content,
     * across paragraph breaks too, until a sentence carries anything besides the quote.
     */
    private void followingQuotes(AttributionFinder.Draft d, int last) {
        int sentence = last < t.size ? doc.sentenceOf[Math.max(last, s)] : k;
        for (int n = 0; n < 6; n++) {
            int next = sentence + 1;
            if (next >= doc.sentences.count) {
                return;
            }
            int ns = doc.sentences.start(next);
            if (!t.isOpenQuote(ns) || doc.quotes.partner(ns) <= ns) {
                return;
            }
            int close = doc.quotes.partner(ns);
            int closeSentence = doc.sentenceOf[close];
            int sentenceEnd = doc.sentences.end(closeSentence);
            if (close + 1 < sentenceEnd) {
                return; // '"Blah," she said.' is an attribution of its own
            }
            d.content.add(new int[] {ns, close});
            doc.claimedQuote[ns] = true;
            sentence = closeSentence;
        }
    }

    private boolean strongContent(AttributionFinder.Draft d) {
        if (d.content.isEmpty()) {
            return false;
        }
        int[] r = d.content.get(0);
        int first = r[0];
        if (t.lower[first].equals("that") || t.isOpenQuote(first) || t.lower[first - 1].equals(":")
                || WordClasses.COMPLEMENTIZER.contains(t.lower[first])) {
            return true;
        }
        for (int i = r[0]; i <= r[1]; i++) {
            if (t.isQuoteChar(i) && doc.quotes.opens(i)) {
                return true;
            }
        }
        return false;
    }

    // ---------------------------------------------------------------- headlines

    /** "Graham: Trump's rhetoric destroying GOP" — a short name, a colon, then the content. */
    private AttributionFinder.Draft colonHeadline() {
        int colon = -1;
        for (int i = s; i < e && i <= s + 6; i++) {
            if (t.lower[i].equals(":")) {
                colon = i;
                break;
            }
            if (!t.isWord(i) || !(t.isCapitalized(i) || i > s && WordClasses.NAME_PARTS.contains(t.lower[i]))) {
                return null;
            }
        }
        if (colon <= s || colon + 1 >= e || doc.insideQuote[colon] || !plausibleHeadlineContent(colon + 1)
                || WordClasses.NOT_A_SPEAKER.contains(t.lower[s]) && colon == s + 1 || colon - s > 4) {
            return null;
        }
        AttributionFinder.Draft d = new AttributionFinder.Draft();
        d.sourceFrom = s;
        d.sourceTo = colon - 1;
        d.cueFrom = colon;
        d.cueTo = colon;
        int from = colon + 1;
        int end = t.isOpenQuote(from) && doc.quotes.partner(from) > from ? doc.quotes.partner(from) : contentEnd(from);
        d.content.add(new int[] {from, end});
        return d;
    }

    /** After "Name:" a headline claim: a capitalised word or a quote, a few words long, not a list. */
    private boolean plausibleHeadlineContent(int from) {
        if (!(t.isCapitalized(from) || t.isQuoteChar(from) || t.first(from) == '‘') || e - from < 4) {
            return false;
        }
        int commas = 0;
        for (int i = from; i < e; i++) {
            if (t.lower[i].equals(",")) {
                commas++;
            }
        }
        return commas < 3;
    }

    /** "In a CNN poll released Monday, Clinton led by 8 points": the artifact is the source, "In" the cue. */
    private AttributionFinder.Draft inArtifact() {
        int in = firstContentToken(s);
        if (in >= e || !t.lower[in].equals("in")) {
            return null;
        }
        int comma = nextPunctOutsideQuotes(in + 1, ",");
        if (comma < 0 || comma > in + 15 || comma + 1 >= e) {
            return null;
        }
        boolean artifact = false;
        for (int i = in + 1; i < comma && !artifact; i++) {
            artifact = WordClasses.ARTIFACT.contains(t.lower[i]) && !t.lower[i].equals("investigation");
        }
        if (!artifact) {
            return null;
        }
        AttributionFinder.Draft d = new AttributionFinder.Draft();
        d.cueFrom = in;
        d.cueTo = in;
        d.sourceFrom = in + 1;
        d.sourceTo = comma - 1;
        int end = contentEnd(comma + 1);
        if (end < comma + 1) {
            return null;
        }
        d.content.add(new int[] {comma + 1, end});
        return d;
    }

    // ---------------------------------------------------------------- small helpers

    private boolean blankBefore(int i) {
        int lines = 0;
        for (int c = t.end[i - 1]; c < t.start[i]; c++) {
            if (t.text.charAt(c) == '\n') {
                lines++;
            }
        }
        return lines >= 2;
    }

    private boolean isTerminalOf(int i) {
        String w = t.lower[i];
        return w.equals(".") || w.equals("!") || w.equals("?") || w.equals("...") || w.equals("…");
    }

    private int firstContentToken(int from) {
        int i = from;
        while (i < e && t.isOpenQuote(i)) {
            i++;
        }
        return i;
    }

    private boolean isTerminal(int i) {
        String w = t.lower[i];
        return (w.equals(".") || w.equals("!") || w.equals("?") || w.equals("...") || w.equals("…"))
                && i == lastNonCloser();
    }

    private int lastNonCloser() {
        int i = e - 1;
        while (i > s && (closesQuote(i) || t.lower[i].equals(")"))) {
            i--;
        }
        return i;
    }

    private boolean closesQuote(int i) {
        return t.isQuoteChar(i) && doc.quotes.closes(i);
    }

    private boolean opensQuoteAfter(int i) {
        return i + 1 < e && t.isOpenQuote(i + 1);
    }

    private int nextPunctOutsideQuotes(int from, String p) {
        for (int i = from; i < e; i++) {
            if (t.lower[i].equals(p) && !doc.insideQuote[i]) {
                return i;
            }
        }
        return -1;
    }

    private int nextPunct(int from, String p) {
        for (int i = from; i < e; i++) {
            if (t.lower[i].equals(p)) {
                return i;
            }
        }
        return -1;
    }
}
