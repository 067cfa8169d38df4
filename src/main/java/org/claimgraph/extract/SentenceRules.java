package org.claimgraph.extract;

import java.util.List;
import java.util.Set;

/**
 * The attribution rules applied to one sentence. Each cue found yields at most one attribution;
 * which pattern applies (source before or after the cue, content before or after it, "according
 * to", "quoted X as saying", sourceless impressions) is read from word order and punctuation.
 * The spans themselves are found by {@link SourcePhrases} and {@link ContentSpans}.
 */
final class SentenceRules extends SentenceView {

    private final CueWords cues;
    private final SourcePhrases sources;
    private final ContentSpans content;
    private final LinePatterns lines;
    private final PassiveVoice passive;

    /** Source of the latest attribution found in this sentence: "..., X said, adding ..." shares it. */
    private int[] lastSource;

    SentenceRules(Document doc, CueLexicon lexicon, int k) {
        super(doc, lexicon, k);
        this.cues = new CueWords(this);
        this.sources = new SourcePhrases(this);
        this.content = new ContentSpans(this);
        this.lines = new LinePatterns(content);
        this.passive = new PassiveVoice(this);
    }

    void find(List<Attribution> out) {
        AttributionDraft headline = lines.colonHeadline();
        if (headline == null) {
            headline = lines.inArtifact();
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
            AttributionDraft d = null;
            if (phrase != null && phrase.kind() == CueLexicon.PhraseKind.SOURCE_AFTER) {
                d = sourceAfterPhrase(i, i + phrase.words().length - 1);
                i += phrase.words().length - 1;
            } else if (t.lower[i].equals("in") && pollAfter(i) > 0) {
                d = inPoll(i, pollAfter(i));
            } else if (t.lower[i].equals("reportedly") && !reportedlyBeforeCue(i)) {
                d = reportedly(i);
            } else if (phrase != null && phrase.kind() == CueLexicon.PhraseKind.VERB) {
                if (cues.looksLikeVerb(i)) {
                    d = verbCue(i, i + phrase.words().length - 1, PHRASE_VERB);
                }
                i += phrase.words().length - 1;
            } else {
                CueLexicon.Verb v = lexicon.verb(t.lower[i]);
                if (v == null) {
                    v = unlistedVerb(i);
                }
                if (v != null && v.adjective() && !cues.afterCopula(i)) {
                    v = null;
                }
                if (v != null && cues.looksLikeVerb(i) && (!v.noun() || cues.nounVerbIsVerb(i))) {
                    d = verbCue(i, i, v);
                }
            }
            if (d != null) {
                cutBeforeParticiple(d);
                passive.recast(d);
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

    /**
     * The cue list has a long tail no lexicon covers; a past-tense verb with a "that" clause after
     * it ("X hinted that ...", "Y signaled that ...") is a cue whether listed or not.
     */
    private CueLexicon.Verb unlistedVerb(int i) {
        String w = t.lower[i];
        if (looksFinite(i) && quoteIntroEnd(i) > 0) {
            return QUOTE_INTRO; // "Mr. Christie gloated: ''...''", "Hillary shot back, “...”"
        }
        if (w.length() < 5 || !w.endsWith("ed") || t.isCapitalized(i) || i + 1 >= e || !t.lower[i + 1].equals("that")
                || WordClasses.NOT_A_CUE_BEFORE_THAT.contains(w)) {
            return null;
        }
        return new CueLexicon.Verb(w, false, false, false, false, false, false, java.util.Set.of());
    }

    /** Stands for any verb that introduces a quotation after a colon or comma. */
    private static final CueLexicon.Verb QUOTE_INTRO =
            new CueLexicon.Verb("(quote intro)", false, false, false, false, false, false, java.util.Set.of());

    /** A lower-case word shaped like a finite verb: "gloated", "reads", "shot". */
    private boolean looksFinite(int i) {
        String w = t.lower[i];
        if (!t.isWord(i) || t.isCapitalized(i) && i > s || w.length() < 3 || WordClasses.CLAUSE_BOUNDARY.contains(w)
                || WordClasses.DETERMINER.contains(w) || WordClasses.PERSONAL_PRONOUN.contains(w)) {
            return false;
        }
        return w.endsWith("ed") || w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us")
                || WordClasses.IRREGULAR_PAST.contains(w);
    }

    /**
     * Where a quote-introducing verb group ends: the colon (included in the cue) or the token before
     * the comma, when at most three lower-case words ("back", "evenly", "in part") lead from the verb
     * at i to ':' or ',' and a quotation opens right after (or, after a colon ending the line, opens
     * the next paragraph). -1 if the verb introduces no quotation.
     */
    int quoteIntroEnd(int i) {
        for (int j = i + 1; j < e && j <= i + 4; j++) {
            String w = t.lower[j];
            if (w.equals(":") || w.equals(",")) {
                boolean quoteNext = opensQuoteAfter(j);
                boolean lineEnd = w.equals(":") && j == e - 1 && k + 1 < doc.sentences.count
                        && t.isOpenQuote(doc.sentences.start(k + 1));
                if (!quoteNext && !lineEnd) {
                    return -1;
                }
                return w.equals(":") ? j : j - 1;
            }
            if (!t.isWord(j) || t.isCapitalized(j) || w.equals("that") || doc.insideQuote[j]) {
                return -1;
            }
        }
        return -1;
    }

    // ---------------------------------------------------------------- "according to X"

    private AttributionDraft sourceAfterPhrase(int from, int to) {
        AttributionDraft d = new AttributionDraft();
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
            d.content.add(new int[] {comma + 1, content.contentEnd(comma + 1)});
        } else {
            // CONTENT, according to X.
            int end = from - 1;
            if (t.lower[end].equals(",")) {
                end--;
            }
            int resume = t.lower[from - 1].equals(",") && end - lead < OPENING_ADVERBIAL_MAX
                    ? clauseAfterSource(srcStart) : -1;
            d.content.add(new int[] {content.contentStartBefore(s, end), end});
            d.sourceFrom = srcStart;
            if (resume > 0) {
                // "Since November, according to HRW, forces have killed ...": the phrase interrupts the
                // clause it qualifies, which goes on after the source's closing comma.
                d.sourceTo = resume - 2;
                d.content.add(new int[] {resume, content.contentEnd(resume)});
            } else {
                d.sourceTo = sources.sourceAfterEnd(srcStart);
            }
        }
        return d.sourceTo >= d.sourceFrom ? d : null;
    }

    /** Tokens an opening adverbial may have before an interrupting "according to" ("In March last year"). */
    private static final int OPENING_ADVERBIAL_MAX = 6;

    /**
     * Where the interrupted clause resumes after "according to SOURCE,": the token after a comma that
     * closes a short source, unless what follows is more of the source (an apposition or a relative
     * clause: "according to Jane Doe, a spokeswoman, ..." / ", who ...") or too short to be a clause.
     */
    private int clauseAfterSource(int srcStart) {
        int comma = nextPunct(srcStart, ",");
        if (comma < 0 || comma - srcStart > 8 || comma + 3 >= e) {
            return -1;
        }
        String next = t.lower[comma + 1];
        if (WordClasses.isPunct(t, comma + 1) || t.isQuoteChar(comma + 1) || next.endsWith("ing")
                || RESUMES_SOURCE.contains(next)) {
            return -1;
        }
        return comma + 1;
    }

    private static final Set<String> RESUMES_SOURCE = Set.of("a", "an", "who", "whose", "which",
            "where", "and", "or", "but", "one");

    // ---------------------------------------------------------------- "in the latest poll"

    /**
     * The poll or survey word heading the noun phrase after "in" at i ("in a new CNN/ORC poll", "in
     * the RealClearPolitics average of state polls"), or -1: a poll is a source whose findings the
     * clause beside it reports, with "in" as the cue.
     */
    private int pollAfter(int i) {
        for (int j = i + 1; j < e && j <= i + 10; j++) {
            String w = t.lower[j];
            if (WordClasses.POLL.contains(w)) {
                return j > i + 1 || j == i + 1 && w.endsWith("s") ? j : -1;
            }
            boolean joiner = w.equals("/") || w.equals("-") || w.equals("’s") || w.equals("'s") || w.equals("&");
            if (!joiner && (!t.isWord(j) || doc.insideQuote[j] || WordClasses.CLAUSE_BOUNDARY.contains(w)
                    || !t.isCapitalized(j) && (isCueVerb(j) || w.endsWith("ed")) || w.equals("which"))) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * "CONTENT in the latest CNN poll.": a finding with a figure in it ("fell to 10 percent", "led
     * 2-1") reported by the poll after "in"; without a figure ("rose in the polls") it is the
     * writer's own summary. A poll opening the sentence is {@link LinePatterns#inArtifact}'s.
     */
    private AttributionDraft inPoll(int in, int head) {
        int lead = firstContentToken(s);
        if (in <= lead + 1) {
            return null;
        }
        int srcEnd = head;
        if (head + 1 < e && POLL_TAIL.contains(t.lower[head + 1])) {
            srcEnd = sources.sourceAfterEnd(head + 1);
        }
        int after = srcEnd + 1;
        if (!(after >= e || isTerminal(after) || t.lower[after].equals(",") || t.lower[after].equals(";"))) {
            return null;
        }
        int end = in - 1;
        if (end < s || !t.isWord(end)) {
            return null;
        }
        int start = content.contentStartBefore(s, end);
        if (t.lower[start].equals("but") || t.lower[start].equals("and")) {
            start++; // the conjunction links to the sentence before, not into the poll's finding
        }
        if (start >= end || !hasFigure(start, end)) {
            return null;
        }
        AttributionDraft d = new AttributionDraft();
        d.cueFrom = in;
        d.cueTo = in;
        d.sourceFrom = in + 1;
        d.sourceTo = srcEnd;
        d.content.add(new int[] {start, end});
        return d;
    }

    private boolean hasFigure(int from, int to) {
        for (int i = from; i <= to; i++) {
            String w = t.lower[i];
            if (!w.isEmpty() && Character.isDigit(w.charAt(0)) || w.equals("percent") || w.equals("points")) {
                return true;
            }
        }
        return false;
    }

    /** Words after a poll that go on naming it: "released Monday", "conducted by", "of 800 voters". */
    private static final Set<String> POLL_TAIL = Set.of("released", "conducted", "taken", "published", "by", "of",
            "from", "out");

    // ---------------------------------------------------------------- verb cues

    /**
     * 'that he has “grown the party,” claiming that ...': the participle after the closed quotation
     * starts an attribution of its own, so the content ends with the quotation.
     */
    private void cutBeforeParticiple(AttributionDraft d) {
        for (int[] r : d.content) {
            for (int i = r[0] + 1; i + 1 <= r[1]; i++) {
                if (cues.commaQuoteBefore(i + 1) && !doc.insideQuote[i + 1] && t.lower[i + 1].endsWith("ing")
                        && isCueVerb(i + 1)) {
                    r[1] = i;
                    break;
                }
            }
        }
    }

    /** The "if", "whether" or "how" opening a question after a short recipient ("asked voters if"), or -1. */
    private int questionAfterRecipient(int from) {
        for (int j = from + 1; j < e && j <= from + 5; j++) {
            if (!t.isWord(j - 1) || doc.insideQuote[j]) {
                return -1;
            }
            if (WordClasses.COMPLEMENTIZER.contains(t.lower[j])) {
                return j;
            }
        }
        return -1;
    }

    /** "reportedly said": the adverb belongs to the verb's cue. */
    private boolean reportedlyBeforeCue(int i) {
        int j = i + 1;
        while (j < e && isCuePrefix(j)) {
            j++;
        }
        return j < e && (isCueVerb(j) || lexicon.phraseAt(t, j, e) != null);
    }

    /**
     * "The group is reportedly spending $1.5 million": a report held by no one named. The cue is the
     * adverb alone; the content is its clause on both sides of it.
     */
    private AttributionDraft reportedly(int r) {
        if (r == s || r + 1 >= e || !t.isWord(r - 1) || !t.isWord(r + 1)) {
            return null;
        }
        int from = r - 1;
        while (from - 1 >= s && t.isWord(from - 1) && !REPORTEDLY_CLAUSE_OPENER.contains(t.lower[from - 1])) {
            from--;
        }
        int end = content.contentEnd(r + 1);
        if (end <= r || r - from > 15) {
            return null;
        }
        AttributionDraft d = new AttributionDraft();
        d.cueFrom = r;
        d.cueTo = r;
        d.content.add(new int[] {from, r - 1});
        d.content.add(new int[] {r + 1, end});
        return d;
    }

    /** Words after which the clause around "reportedly" starts. */
    private static final java.util.Set<String> REPORTEDLY_CLAUSE_OPENER = WordClasses.words("that", "with", "and",
            "but", "because", "while", "as", "since", "after", "although", "though", "when", "if", "where", "whereas",
            "who", "which", "now");

    /** Stands for a multi-word verb from the phrase list: "made it clear", "took aim at". */
    private static final CueLexicon.Verb PHRASE_VERB =
            new CueLexicon.Verb("(phrase)", false, false, false, false, false, false, java.util.Set.of());

    /** A cue verb at c whose words run to {@code last} ("made it clear" from "made" to "clear"). */
    private AttributionDraft verbCue(int c, int last, CueLexicon.Verb v) {
        AttributionDraft d = new AttributionDraft();
        int cueFrom = c;
        while (cueFrom - 1 >= s && isCuePrefix(cueFrom - 1)) {
            cueFrom--;
        }
        while (v.adjective() && cueFrom - 1 >= s && (WordClasses.COPULA.contains(t.lower[cueFrom - 1])
                || isCuePrefix(cueFrom - 1))) {
            cueFrom--; // "remained confident", "were not sure"
        }
        // "quoted X as saying": the cue is "as saying", the quoting source a relay
        boolean asSaying = c - 1 >= s && t.lower[c - 1].equals("as");
        if (asSaying) {
            cueFrom = c - 1;
        }
        int cueTo = cues.cueTail(last, v);
        int intro = quoteIntroEnd(last);
        if (intro > cueTo) {
            cueTo = intro; // the verb group runs to the colon: "added warily:", "responded pointedly:"
        }
        d.cueFrom = cueFrom;
        d.cueTo = cueTo;

        if (cueTo == e - 1 && t.lower[cueTo].equals(":") && c > s) {
            return colonEndsLine(d, cueFrom);
        }
        if (asSaying && quotedAsSaying(c - 1, d)) {
            content.contentAfter(d, cueTo + 1, v);
            return d.content.isEmpty() ? null : d;
        }
        if (c == s || c == firstContentToken(s) && t.isCapitalized(c)) {
            return sentenceInitialCue(d, v);
        }
        if (c == s + 1 && t.lower[s].equals("when") && v.lemma().equals("ask")) {
            return sentenceInitialCue(d, v); // "When asked whether ..., X said": the cue is "asked"
        }

        if (c - 1 >= s && t.lower[c - 1].equals("when") && t.lower[c].equals("asked") && cueTo + 1 < e) {
            return whenAsked(d, cueTo + 1);
        }
        if (cues.raising(c, v, cueFrom)) {
            return raisingCue(d, cueFrom, cueTo);
        }
        int before = sources.skipBetweenSourceAndCue(cueFrom - 1);
        boolean gerundAfterComma = t.lower[c].endsWith("ing") && c - 1 >= s && cueFrom == c
                && (t.lower[c - 1].equals(",") || WordClasses.PARTICIPLE_OPENER.contains(t.lower[c - 1])
                    || cues.commaQuoteBefore(c));
        boolean coordinated = before >= s && (t.lower[before].equals("and") || t.lower[before].equals("but"));
        if (gerundAfterComma && t.lower[c - 1].equals("by")) {
            // "X responded to the tweet by saying ...": the cue runs from the main verb to the participle
            int[] subject = sources.clauseSubject(c - 1);
            if (subject != null && verbGroupUpTo(subject[1] + 1, c - 1)) {
                d.cueFrom = subject[1] + 1;
                d.sourceFrom = subject[0];
                d.sourceTo = subject[1];
                content.contentAfter(d, cueTo + 1, v);
                return d.content.isEmpty() ? null : d;
            }
        }
        if (gerundAfterComma || coordinated) {
            // "..., saying that X" / "X did Y and said Z": the source is the subject of the clause
            int[] subject = lastSource != null ? lastSource : sources.clauseSubject(gerundAfterComma ? c - 1 : before);
            if (subject != null && lastSource == null && gerundAfterComma && !t.lower[c - 1].equals(",")
                    && !subjectOfVerb(subject)) {
                subject = null; // "After saying ..., the man": no subject before the participle
            }
            if (subject != null) {
                d.sourceFrom = subject[0];
                d.sourceTo = subject[1];
            }
            content.contentAfter(d, cueTo + 1, v);
            return d.content.isEmpty() || (v.weak() && !content.strongContent(d) && !clauseContent(d, v) && cueTo == c) ? null : d;
        }
        int[] src = before >= s ? sources.sourceBefore(before) : null;
        int lead = cueFrom - 1;
        if (src == null && lead >= s && t.lower[lead].equals(",") && !(lead - 1 >= s && closesQuote(lead - 1))) {
            // "Matt Bennett, a founder of Third Way, said ..." before the inverted reading "..., said X"
            src = sources.appositiveSource(lead);
        }
        if (src == null && lead >= s && isDash(t.lower[lead])) {
            src = sources.dashAppositiveSource(lead); // "Jason Sims — a teacher from Mount Pleasant — says"
        }
        int question = src != null && v.lemma().equals("ask") && cueTo == c ? questionAfterRecipient(cueTo + 1) : -1;
        if (question > 0) {
            // "A reporter asked Sanders how he was feeling": the question, not the person asked
            d.sourceFrom = src[0];
            d.sourceTo = src[1];
            int end = content.contentEnd(question);
            if (end > question) {
                d.content.add(new int[] {question, end});
                return d;
            }
        }
        if (src != null) {
            d.sourceFrom = src[0];
            d.sourceTo = src[1];
            int after = v.recipient() ? content.recipientEnd(cueTo + 1) : cueTo + 1;
            int srcLead = src[0] - 1;
            // "Trump, who spoke on Monday, ...": the relative pronoun's antecedent is not content
            boolean relative = src[0] == src[1] && WordClasses.RELATIVE.contains(t.lower[src[0]]);
            boolean contentBefore = !relative && srcLead >= s && (t.lower[srcLead].equals(",") || closesQuote(srcLead));
            int resume = contentBefore && closesQuote(srcLead) ? content.quoteResumesAfterTail(after) : -1;
            boolean splitQuote = contentBefore && closesQuote(srcLead) && after < e && t.lower[after].equals(",")
                    && opensQuoteAfter(after) || resume > 0;
            boolean clauseEnds = after >= e || isTerminal(after)
                    || (t.lower[after].equals(",") && !opensQuoteAfter(after))
                    || contentBefore && content.adverbialTail(after) || splitQuote;
            if (clauseEnds && contentBefore) {
                // CONTENT, X said.   /   "CONTENT," X said.
                int end = t.lower[srcLead].equals(",") ? srcLead - 1 : srcLead;
                if (end >= s) {
                    d.content.add(new int[] {content.contentStartBefore(s, end), end});
                    if (!closesQuote(end) && content.midSentenceContinuation(d, after)) {
                        return d;
                    }
                    content.continuation(d, resume > 0 ? resume : after);
                    return d;
                }
            }
            if (clauseEnds && srcLead < s && (after >= e || isTerminal(after))) {
                // "X said." alone: the content is the sentence (or quote) before
                return content.previousSentenceContent(d) ? d : null;
            }
            if (clauseEnds && !(after < e && t.lower[after].equals(","))) {
                return null;
            }
            content.contentAfter(d, cueTo + 1, v);
            if (d.content.isEmpty() || v.weak() && !content.strongContent(d) && !clauseContent(d, v) && !artifactSource(src)
                    && cueTo == c) {
                // a particle ("called for", "pointed to", "talked about") marks the object as what was said
                return null;
            }
            if (byParticipleAhead(d.content.get(0)[0])) {
                return null; // "responded (to X) by saying": one cue, found from the participle
            }
            int gap = objectGapRelative(src[0] - 1);
            if (gap >= 0 && d.content.get(0)[0] > cueTo && (!t.lower[gap].equals("that") || gapFollows(d.content.get(0)[0]))) {
                d.content.add(0, new int[] {gap, gap}); // "a bill which he said would fail": the relative stands for the content
            }
            int[] r = d.content.get(d.content.size() - 1);
            if (src[0] == s && t.isOpenQuote(d.content.get(0)[0])) {
                content.precedingQuote(d);
            }
            if (r[1] + 1 >= e || isTerminal(r[1] + 1) || doc.sentenceOf[r[1]] != k) {
                content.followingQuotes(d, r[1]);
            }
            return d;
        }
        // inverted: "CONTENT," said X.
        if (lead >= s && (t.lower[lead].equals(",") || closesQuote(lead)) && cueTo + 1 < e) {
            int srcEnd = sources.sourceAfterEnd(cueTo + 1);
            if (srcEnd < cueTo + 1) {
                return null;
            }
            d.sourceFrom = cueTo + 1;
            d.sourceTo = srcEnd;
            int end = t.lower[lead].equals(",") ? lead - 1 : lead;
            d.content.add(new int[] {content.contentStartBefore(s, end), end});
            content.continuation(d, srcEnd + 1);
            return d;
        }
        return null;
    }

    /** A subject found at the sentence start that a verb or auxiliary follows: "He ... while saying". */
    private boolean subjectOfVerb(int[] subject) {
        int next = subject[1] + 1;
        if (next >= e || !t.isWord(next) || WordClasses.PARTICIPLE_OPENER.contains(t.lower[subject[0]])) {
            return false;
        }
        String w = t.lower[next];
        return WordClasses.CUE_PREFIX.contains(w) || lexicon.verb(w) != null || looksFinite(next)
                || WordClasses.COMMON_VERB.contains(w);
    }

    /**
     * A weak cue's content that is still a proposition without "that": a bare clause ("learned
     * they had won", "sees he is losing") or, for verbs of mental state, "X as Y" ("sees Cruz as a
     * uniter").
     */
    private boolean clauseContent(AttributionDraft d, CueLexicon.Verb v) {
        int[] r = d.content.get(0);
        int first = r[0];
        String w = t.lower[first];
        if (v.lemma().equals("call") && r[1] > first && (WordClasses.OBJECT_PRONOUN.contains(w)
                || d.sourceFrom > s && t.lower[d.sourceFrom - 1].equals("what"))) {
            return true; // "called him divisive", "what he calls corruption": naming is asserting
        }
        if (r[1] - first < 2) {
            return false;
        }
        if (WordClasses.SUBJECT_PRONOUN.contains(w) && !w.equals("this") && !w.equals("there")) {
            String next = t.lower[first + 1];
            return WordClasses.CUE_PREFIX.contains(next) || looksFinite(first + 1) || WordClasses.COMMON_VERB.contains(next)
                    || next.endsWith("n’t") || next.endsWith("n't");
        }
        if (v.mental()) {
            for (int i = first + 1; i <= r[1] && i <= first + 4; i++) {
                if (!t.isWord(i)) {
                    return false;
                }
                if (t.lower[i].equals("as")) {
                    return i < r[1];
                }
            }
        }
        return false;
    }

    /** "A review by The Times shows", "New polls released Sunday showed": a record speaks for itself. */
    private boolean artifactSource(int[] src) {
        for (int i = src[0]; i <= src[1] && i <= src[0] + 4; i++) {
            if (WordClasses.ARTIFACT.contains(t.lower[i]) || WordClasses.RECORDING.contains(t.lower[i])) {
                return true;
            }
        }
        return false;
    }

    /** Whether "by" and an -ing cue follow within a few words, no punctuation between. */
    private boolean byParticipleAhead(int from) {
        for (int i = from; i < e - 1 && i < from + 12 && t.isWord(i); i++) {
            if (t.lower[i].equals("by") && t.lower[i + 1].endsWith("ing") && isCueVerb(i + 1)) {
                return true;
            }
        }
        return false;
    }

    /**
     * "..., she said when asked whether she would run": the question is content of its own, asked
     * by nobody the sentence names; it runs to the next comma or the sentence end.
     */
    private AttributionDraft whenAsked(AttributionDraft d, int from) {
        int comma = nextPunctOutsideQuotes(from, ",");
        int end = comma > from ? comma - 1 : lastNonCloser();
        if (comma < 0 && end >= from && isTerminal(end)) {
            end--;
        }
        if (end < from) {
            return null;
        }
        d.content.add(new int[] {from, end});
        return d;
    }

    /** A short stretch of words from a verb to "by", no punctuation: "responded to that tweet by". */
    private boolean verbGroupUpTo(int from, int by) {
        if (by - from < 1 || by - from > 3 || !t.isWord(from) || t.isCapitalized(from)) {
            return false;
        }
        for (int i = from; i < by; i++) {
            if (!t.isWord(i) && !t.lower[i].equals("’s") && !t.lower[i].equals("'s") || doc.insideQuote[i]) {
                return false;
            }
        }
        return true;
    }

    /**
     * The relative pronoun before a source whose clause lacks its subject: "the polls, which he said
     * were rigged", "a man who she says lied". -1 if the token at i is no such pronoun.
     */
    int objectGapRelative(int i) {
        if (i <= s) {
            return -1;
        }
        String w = t.lower[i];
        if (w.equals("which") || w.equals("who") || w.equals("whom") || w.equals("what")) {
            return i;
        }
        String before = t.lower[i - 1];
        boolean afterNoun = t.isWord(i - 1) && !t.isCapitalized(i - 1) && !isCueVerb(i - 1)
                && !WordClasses.CLAUSE_BOUNDARY.contains(before) && !WordClasses.DETERMINER.contains(before);
        return w.equals("that") && afterNoun ? i : -1;
    }

    /** After "that he said", a verb or "as" shows the subject or object is missing: "that he said was rigged". */
    private boolean gapFollows(int i) {
        String w = t.lower[i];
        return w.equals("as") || WordClasses.COMMON_VERB.contains(w) || w.equals("would") || w.equals("will")
                || w.equals("could") || w.equals("should") || w.equals("had") || w.equals("has");
    }

    /** "The Clinton Foundation describes itself in the following way:" and the quote in the next paragraph. */
    private AttributionDraft colonEndsLine(AttributionDraft d, int cueFrom) {
        int before = sources.skipBetweenSourceAndCue(cueFrom - 1);
        int[] src = before >= s ? sources.sourceBefore(before) : null;
        if (src == null) {
            return null;
        }
        d.sourceFrom = src[0];
        d.sourceTo = src[1];
        content.followingQuotes(d, e - 1);
        return d.content.isEmpty() ? null : d;
    }

    private AttributionDraft raisingCue(AttributionDraft d, int cueFrom, int cueTo) {
        int from = cueTo + 1;
        if (from >= e || isTerminal(from) || cueTo == cueFrom && WordClasses.PLACE_PREPOSITION.contains(t.lower[from])) {
            return null; // "appeared on a show", "appeared at the rally": a presence, not an impression
        }
        int before = sources.skipBetweenSourceAndCue(cueFrom - 1);
        int[] subject = before >= s ? sources.sourceBefore(before) : null;
        if (subject != null && !(subject[0] == subject[1] && (t.lower[subject[0]].equals("it")
                || t.lower[subject[0]].equals("there")))) {
            d.content.add(new int[] {subject[0], subject[1]});
        }
        int end = content.contentEnd(from);
        if (end < from) {
            return null;
        }
        d.content.add(new int[] {from, end});
        return d;
    }

    /** "Said X, “...”" and "Asked about it, ...": a cue that opens the sentence. */
    private AttributionDraft sentenceInitialCue(AttributionDraft d, CueLexicon.Verb v) {
        int from = d.cueTo + 1;
        int comma = nextPunctOutsideQuotes(from, ",");
        if (v.lemma().equals("ask") && t.lower[d.cueTo].startsWith("ask")
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
        content.contentAfter(d, comma + 1, v);
        return d.content.isEmpty() ? null : d;
    }

    /** "The report quoted an informed source as saying": sets source and relay; false if no match. */
    private boolean quotedAsSaying(int as, AttributionDraft d) {
        for (int q = as - 1; q >= s && q >= as - 15; q--) {
            String w = t.lower[q];
            if (w.equals("quoted") || w.equals("quoting") || w.equals("cited") || w.equals("citing")
                    || w.equals("quotes") || w.equals("cites")) {
                if (q + 1 > as - 1) {
                    return false;
                }
                d.sourceFrom = q + 1;
                d.sourceTo = as - 1;
                int[] relay = q - 1 >= s ? sources.sourceBefore(sources.skipBetweenSourceAndCue(q - 1)) : null;
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

    // ---------------------------------------------------------------- content

    // ---------------------------------------------------------------- headlines

    // ---------------------------------------------------------------- small helpers

}
