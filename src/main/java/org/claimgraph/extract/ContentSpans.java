package org.claimgraph.extract;

import java.util.List;

/**
 * Finds content spans: where the content after a cue starts (after a recipient, at "that") and
 * ends (sentence end without its period, a closing quote, before a new clause of the same
 * speaker), content before a cue, and quotes that continue it in the following sentences.
 */
final class ContentSpans extends SentenceView {

    ContentSpans(SentenceView sentence) {
        super(sentence);
    }

    /**
     * '"...," he said on the show.' — after the cue only a prepositional or time phrase runs to the
     * end of the sentence (no "that", no quote, no colon), so the content must lie before.
     */
    boolean adverbialTail(int from) {
        if (from >= e || !WordClasses.ADVERBIAL_START.contains(t.lower[from])
                || infinitive(from) && !t.lower[from + 1].equals("be")) {
            return false; // "Before the convention, Williams lobbied to suspend ...": an infinitive is content
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

    /**
     * '"A," Smith said in March, "B."': the comma after a short prepositional or time phrase behind
     * the cue, where the split quote resumes; -1 if no quote resumes there.
     */
    int quoteResumesAfterTail(int from) {
        if (from >= e || !WordClasses.ADVERBIAL_START.contains(t.lower[from])) {
            return -1;
        }
        for (int i = from + 1; i < e && i <= from + 12; i++) {
            String w = t.lower[i];
            if (w.equals(",")) {
                return opensQuoteAfter(i) ? i : -1;
            }
            if (t.isQuoteChar(i) || w.equals("that") || w.equals(":") || w.equals(";") || isTerminal(i)) {
                return -1;
            }
        }
        return -1;
    }

    /** Index after the recipient of "told Reuters (on Friday) that": the first content token. */
    int recipientEnd(int i) {
        if (i >= e || t.lower[i].equals("that") || t.isOpenQuote(i) || isTerminal(i)) {
            return i;
        }
        int j = i;
        while (j < e && j < i + 8 && !t.lower[j].equals("that") && !t.isOpenQuote(j)
                && !t.lower[j].equals(":") && !t.lower[j].equals(",") && !isTerminal(j)) {
            if (j == i && infinitive(j)) {
                return i; // "promised to cut taxes that ...": the infinitive carries the content
            }
            if (WordClasses.COMPLEMENTIZER.contains(t.lower[j]) || t.lower[j].equals("which")) {
                return j; // "asked Mook whether ...", "asked what he thought"
            }
            if (j > i && subjectPronoun(j)) {
                return j; // "told AP they concluded ...": the content clause starts with its subject
            }
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

    /** "they", and contracted "he’d", "she'll", "they’re" (but not "this", as often a determiner). */
    boolean subjectPronoun(int j) {
        String w = t.lower[j];
        int apostrophe = Math.max(w.indexOf('’'), w.indexOf('\''));
        if (apostrophe > 0) {
            w = w.substring(0, apostrophe);
        }
        return WordClasses.SUBJECT_PRONOUN.contains(w) && !w.equals("this") && !w.equals("it");
    }

    /** Content of a bare "X said." : the preceding quote, or the preceding sentence in the paragraph. */
    boolean previousSentenceContent(AttributionDraft d) {
        if (k == 0 || t.lineBefore[s] && blankBefore(s)) {
            return false;
        }
        int ps = doc.sentences.start(k - 1);
        int pe = doc.sentences.end(k - 1) - 1;
        if (closesQuote(pe)) {
            d.content.add(new int[] {doc.quotes.partner(pe), pe});
            followingQuotes(d, e - 1); // '"Is that all?" Trump said. "We need more."': the split quote goes on
            return true;
        }
        if (isTerminalOf(pe) && pe > ps) {
            pe--;
        }
        d.content.add(new int[] {ps, pe});
        return true;
    }

    /** Content after a cue: recipient skipped, up to the sentence end or the closing quote. */
    void contentAfter(AttributionDraft d, int from, CueLexicon.Verb v) {
        int i = v.recipient() ? recipientEnd(from) : from;
        int that = thatAhead(i);
        if (that > i) {
            i = that;
        } else {
            int past = pastAdjunct(i, v);
            if (past > i) {
                i = past;
            }
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
            end = subordinateClauseEnd(i, contentEnd(i));
        }
        if (end >= i) {
            d.content.add(new int[] {i, end});
            leadBeforeSplitSource(d, i);
        }
    }

    /**
     * "As for the attacks, she said, “The vetting has not begun.”": a clause or phrase set off
     * before a source that a comma and a quotation follow is the first piece of the content.
     */
    /**
     * "On the subject of Israel,", "After reciting the passage,", "Eyebrows raised,": a phrase that
     * sets the scene of the saying, not a clause of what was said.
     */
    private boolean setting(int from, int comma) {
        String w = t.lower[from];
        String last = t.lower[comma - 1];
        if (w.endsWith("ing") || w.endsWith("ed") || last.endsWith("ed") || Character.isDigit(t.first(comma - 1))
                || WordClasses.DISCOURSE_OPENER.contains(w) && !w.equals("instead") || SCENE_END.contains(last)
                || WordClasses.TIME_WORDS.contains(last)) {
            return true;
        }
        if (!WordClasses.ADVERBIAL_START.contains(w) || from + 1 >= comma) {
            return false;
        }
        String next = t.lower[from + 1];
        return !(WordClasses.SUBJECT_PRONOUN.contains(next) || t.isCapitalized(from + 1) && !t.lower[from + 1].equals("the"));
    }

    private static final java.util.Set<String> SCENE_END = WordClasses.words("later", "ago", "week", "month", "year",
            "morning", "afternoon", "evening", "night", "day", "earlier");

    void leadBeforeSplitSource(AttributionDraft d, int quote) {
        int comma = d.sourceFrom - 1;
        if (comma <= s || d.sourceTo + 1 != d.cueFrom || !t.lower[comma].equals(",") || quote != d.cueTo + 2 || !t.lower[d.cueTo + 1].equals(",")
                || !t.isOpenQuote(quote) || doc.insideQuote[comma]) {
            return;
        }
        int start = contentStartBefore(s, comma - 1);
        if (start >= comma || setting(start, comma)) {
            return;
        }
        for (int i = start; i < comma; i++) {
            if (t.isQuoteChar(i) || doc.insideQuote[i] || isCueVerb(i) || t.lower[i].equals("asked")) {
                // '"A," she said, "B"' belongs to other rules; "Asked if ..., he said" is an attribution of its own
                return;
            }
        }
        if (start < comma) {
            d.content.add(0, new int[] {start, comma - 1});
        }
    }

    /**
     * "While not everything Trump says is true, Jamieson said ...": a cue inside a sentence-opening
     * subordinate clause attributes only up to the comma that closes the clause, where the main
     * clause (a subject) begins.
     */
    int subordinateClauseEnd(int from, int end) {
        int lead = firstContentToken(s);
        if (lead >= e || !WordClasses.SUBORDINATOR.contains(t.lower[lead])) {
            return end;
        }
        for (int j = from + 1; j < end; j++) {
            if (doc.insideQuote[j] || t.isQuoteChar(j)) {
                continue;
            }
            if (t.lower[j].equals(",") && !t.isQuoteChar(j + 1)) {
                return j - 1;
            }
        }
        return end;
    }

    /**
     * "said in an interview with The Associated Press last week that ...", "says to Nevadans: “...”":
     * a prepositional or time phrase (or a recipient) between the cue and a "that" clause or a
     * quotation is the cue's circumstance, not content. The index where the content starts, or -1.
     */
    int pastAdjunct(int i, CueLexicon.Verb v) {
        if (i >= e || t.lower[i].equals("that") || !(WordClasses.ADVERBIAL_START.contains(t.lower[i]) || v.recipient() && t.isWord(i))
                || t.lower[i].equals("as") || t.lower[i].equals("of") || t.lower[i].equals("about")
                || t.lower[i].equals("with") || WordClasses.COMPLEMENTIZER.contains(t.lower[i]) || infinitive(i)) {
            return -1;
        }
        for (int j = i + 1; j < e && j <= i + 25; j++) {
            String w = t.lower[j];
            if (infinitive(j)) {
                return -1; // "asked the candidates to make ... that": the content is the infinitive clause
            }
            if (t.isQuoteChar(j) && doc.quotes.opens(j)) {
                int close = doc.quotes.partner(j);
                if (close - j > 8 || close + 1 >= e) {
                    return -1;
                }
                j = close; // a quoted title: on NBC's “Meet the Press”
                continue;
            }
            if (w.equals("that")) {
                return j;
            }
            if ((w.equals(",") || w.equals(":")) && opensQuoteAfter(j)) {
                return j + 1;
            }
            if (isTerminal(j) || w.equals(";") || w.equals(":") || t.isQuoteChar(j) || isCueVerb(j)
                    || AUXILIARY.contains(w) || WordClasses.SUBJECT_PRONOUN.contains(w)
                    || WordClasses.COMPLEMENTIZER.contains(w) || isDash(w)) {
                return -1;
            }
        }
        return -1;
    }

    /** "to" opening an infinitive ("to make"), not a phrase ("to Nevadans", "to the crowd"). */
    boolean infinitive(int i) {
        return t.lower[i].equals("to") && i + 1 < e && t.isWord(i + 1) && !t.isCapitalized(i + 1)
                && !WordClasses.DETERMINER.contains(t.lower[i + 1]) && !Character.isDigit(t.first(i + 1))
                && !WordClasses.RECIPIENT_WORDS.contains(t.lower[i + 1]);
    }

    /** Steps over "Tuesday", "on Friday", "last week", "yesterday" between a cue and its content. */
    int skipTimeExpression(int i) {
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
    int thatAhead(int i) {
        for (int j = i; j < e && j < i + 10; j++) {
            String w = t.lower[j];
            if (w.equals("that")) {
                return j;
            }
            if (t.isQuoteChar(j) || !t.isWord(j) && !w.equals(",") && !w.equals("’s") && !w.equals("'s")
                    || WordClasses.SUBJECT_PRONOUN.contains(w) || isCueVerb(j) || infinitive(j)) {
                return -1;
            }
        }
        return -1;
    }

    int skipRecipient(int i) {
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
    int contentEnd(int from) {
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
            if (i > from && w.equals(",") && i + 1 < e && WordClasses.CONTENT_STOP_AFTER_COMMA.contains(t.lower[i + 1])
                    && !STILL_CONTENT_AFTER_COMMA.contains(t.lower[i + 1])) {
                int close = relativeAsideEnd(i + 1);
                if (close < 0) {
                    return i - 1;
                }
                i = close;
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
            if (i > from + 1 && w.equals(",") && i + 2 < e && (t.lower[i + 1].equals("and") || t.lower[i + 1].equals("but"))
                    && newClauseAt(i + 2)) {
                return i - 1;
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
    int objectEnd(int from) {
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
            if ((w.equals("and") || w.equals("but")) && i + 1 <= end && coordinatedVerbAt(i + 1)) {
                return t.lower[i - 1].equals(",") ? i - 2 : i - 1; // "denied the charges and counter-sued": a second act
            }
            if (i - from <= 8 && (OBJECT_CIRCUMSTANCE.contains(w) || w.equals("as") && i + 1 <= end
                    && WordClasses.SUBJECT_PRONOUN.contains(t.lower[i + 1]))) {
                return i - 1; // "endorsed Clinton during a call", "denied it because ...": when and why, not what
            }
        }
        return end;
    }

    /** An auxiliary or a lower-case past form right after "and": the subject's next act, not more object. */
    private boolean coordinatedVerbAt(int i) {
        String w = t.lower[i];
        return !doc.insideQuote[i] && (AUXILIARY.contains(w) || !t.isCapitalized(i) && w.endsWith("ed") && w.length() > 4);
    }

    /** Words that open the circumstances of the act after a plain object. */
    private static final java.util.Set<String> OBJECT_CIRCUMSTANCE = WordClasses.words("during", "after", "before",
            "because", "when", "while", "despite", "through", "throughout", "amid");

    /**
     * ", despite ..." and ", where ..." go on with the source's clause more often than the writer's
     * (measured against the other words that stop a content after a comma).
     */
    private static final java.util.Set<String> STILL_CONTENT_AFTER_COMMA = WordClasses.words("despite", "where");

    private static final java.util.Set<String> AUXILIARY = WordClasses.words("is", "are", "was", "were", "has", "have",
            "had", "will", "would", "could", "can", "should", "may", "might", "must", "did", "does", "do", "said",
            "says", "isn't", "isn’t", "wasn't", "wasn’t", "didn't", "didn’t", "doesn't", "doesn’t", "won't",
            "won’t");

    /**
     * "..., but the turnout was higher" / "..., but did not recommend charges": after ", and" or
     * ", but" the writer goes on with a clause of their own, a new subject and its verb. (A bare
     * verb after it, ", but did not ...", is as often the source's as the writer's.)
     */
    boolean newClauseAt(int i) {
        String w = t.lower[i];
        if (doc.insideQuote[i] || t.isQuoteChar(i) || w.equals("that") || WordClasses.COMPLEMENTIZER.contains(w)) {
            return false;
        }
        boolean subject = WordClasses.SUBJECT_PRONOUN.contains(w) || w.equals("the") || t.isCapitalized(i)
                || Character.isDigit(t.first(i)) || WordClasses.DETERMINER.contains(w) && !w.equals("of")
                && !w.equals("in") && !w.equals("for") && !w.equals("to") && !w.equals("from");
        if (!subject) {
            return false;
        }
        for (int j = i + 1; j < e && j <= i + 8; j++) {
            String v = t.lower[j];
            if (!t.isWord(j)) {
                return false;
            }
            if (AUXILIARY.contains(v) || WordClasses.COMMON_VERB.contains(v) || isCueVerb(j) && !v.endsWith("ing")
                    || !t.isCapitalized(j) && v.endsWith("ed") && v.length() > 4) {
                return true;
            }
        }
        return false;
    }

    /** Whether a clause (subject and verb) seems to start at i: a pronoun, a name or a determiner. */
    boolean startsClause(int i) {
        String w = t.lower[i];
        return WordClasses.SUBJECT_PRONOUN.contains(w) || w.equals("the") || w.equals("a") || w.equals("an")
                || t.isCapitalized(i) || t.isQuoteChar(i);
    }

    /**
     * "that Smith, who must decide, has said nothing": a relative clause closed by a comma and
     * followed by the main clause's verb is an aside inside the content. Returns that comma, or -1.
     */
    int relativeAsideEnd(int rel) {
        String r = t.lower[rel];
        if (!r.equals("who") && !r.equals("which")) {
            return -1;
        }
        for (int j = rel + 1; j + 1 < e; j++) {
            if (doc.insideQuote[j] || t.isQuoteChar(j)) {
                continue;
            }
            String w = t.lower[j];
            if (w.equals(";") || w.equals("—") || w.equals("--") || isTerminal(j)) {
                return -1;
            }
            if (w.equals(",")) {
                String v = t.lower[j + 1];
                boolean verb = WordClasses.COMMON_VERB.contains(v) || (v.endsWith("ed") && !t.isCapitalized(j + 1))
                        || isCueVerb(j + 1) && !v.endsWith("ing");
                return verb ? j : -1;
            }
        }
        return -1;
    }

    /** A dash that opens an aside closed by a second dash stays inside the content. */
    boolean dashPairClosed(int i) {
        for (int j = i + 1; j < e; j++) {
            String w = t.lower[j];
            if (w.equals("—") || w.equals("--") || w.equals("–")) {
                return true;
            }
        }
        return false;
    }

    /** "and (also) said", "but has argued": a cue verb opening a coordinated clause. */
    boolean coordinatedCueAt(int i) {
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
    int contentStartBefore(int from, int end) {
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
    boolean midSentenceContinuation(AttributionDraft d, int comma) {
        if (comma >= e || !t.lower[comma].equals(",") || comma + 3 >= e) {
            return false;
        }
        int next = comma + 1;
        String w = t.lower[next];
        if (t.isQuoteChar(next) || w.endsWith("ing") || w.equals("according") || w.equals("who")
                || w.equals("which") || w.equals("as") || isCueVerb(next) && !shortSubjectBefore(d)) {
            return false;
        }
        if ((w.equals("and") || w.equals("but")) && !(startsClause(next + 1) || t.lower[next + 1].equals("also"))) {
            return false;
        }
        int end = contentEnd(next);
        if (end < next) {
            return false;
        }
        d.content.add(new int[] {next, end});
        return true;
    }

    /**
     * "CNN, Cruz said, called the announcement ...": a piece of at most three words before the
     * source is the subject whose verb follows the cue, even when that verb is a cue word itself.
     */
    private boolean shortSubjectBefore(AttributionDraft d) {
        if (d.content.isEmpty()) {
            return false;
        }
        int[] first = d.content.get(0);
        return first[1] - first[0] < 3 && t.isWord(first[1]);
    }

    /** '"More," he said, "and more."' and a quote that opens the next sentence continue the content. */
    void continuation(AttributionDraft d, int after) {
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
    void precedingQuote(AttributionDraft d) {
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
    void followingQuotes(AttributionDraft d, int last) {
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

    boolean strongContent(AttributionDraft d) {
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
}
