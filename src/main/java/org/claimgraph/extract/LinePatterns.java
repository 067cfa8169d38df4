package org.claimgraph.extract;

/**
 * Whole-line attribution patterns that have no cue verb: headline colons ("Graham: Trump's
 * rhetoric destroying GOP") and artifacts introduced by "In" ("In a CNN poll released Monday, ...").
 */
final class LinePatterns extends SentenceView {

    private final ContentSpans content;

    LinePatterns(ContentSpans content) {
        super(content);
        this.content = content;
    }

    /** "Graham: Trump's rhetoric destroying GOP" — a short name, a colon, then the content. */
    AttributionDraft colonHeadline() {
        AttributionDraft turn = transcriptTurn();
        if (turn != null) {
            return turn;
        }
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
        AttributionDraft d = new AttributionDraft();
        d.sourceFrom = s;
        d.sourceTo = colon - 1;
        d.cueFrom = colon;
        d.cueTo = colon;
        int from = colon + 1;
        int end = t.isOpenQuote(from) && doc.quotes.partner(from) > from ? doc.quotes.partner(from) : content.contentEnd(from);
        d.content.add(new int[] {from, end});
        return d;
    }

    /**
     * "TAPPER: Do you think ...", '"PENCE: Well, look, ...': a turn in a transcript, a speaker label
     * in capitals opening its line ("BREAKING: Title Case Headline" is not one). The turn runs to
     * the end of the line, over several sentences, without the line's final period.
     */
    AttributionDraft transcriptTurn() {
        if (!t.lineBefore[s] && s > 0) {
            return null;
        }
        int from = s;
        if (t.isQuoteChar(from) && doc.quotes.partner(from) < 0) {
            from++; // a transcript pasted inside an unclosed quotation mark
        }
        int colon = -1;
        for (int i = from; i < e && i <= from + 3; i++) {
            if (t.lower[i].equals(":")) {
                colon = i;
                break;
            }
            if (!t.isWord(i) || !allCapitals(i)) {
                return null;
            }
        }
        // Q and A are left out: interviews printed as questions and answers are rarely annotated
        if (colon <= from || colon + 1 >= e || t.end[colon - 1] - t.start[from] < 2
                || WordClasses.NOT_A_SPEAKER.contains(t.lower[from]) || WordClasses.NOT_A_SPEAKER.contains(t.lower[colon - 1])
                || titleCase(colon + 1)) {
            return null;
        }
        int last = e - 1;
        while (last + 1 < t.size && !t.lineBefore[last + 1]) {
            last++;
        }
        if (t.lower[last].equals(".") && last > colon + 1) {
            last--;
        }
        AttributionDraft d = new AttributionDraft();
        d.sourceFrom = from;
        d.sourceTo = colon - 1;
        d.cueFrom = colon;
        d.cueTo = colon;
        d.content.add(new int[] {colon + 1, last});
        return d;
    }

    private boolean titleCase(int from) {
        int words = 0;
        int capitals = 0;
        for (int i = from; i < e; i++) {
            if (t.isWord(i) && t.end[i] - t.start[i] > 3) {
                words++;
                capitals += t.isCapitalized(i) ? 1 : 0;
            }
        }
        return words >= 3 && capitals * 10 >= words * 7;
    }

    private boolean allCapitals(int i) {
        for (int c = t.start[i]; c < t.end[i]; c++) {
            if (Character.isLowerCase(t.text.charAt(c))) {
                return false;
            }
        }
        return Character.isLetter(t.first(i));
    }

    /** After "Name:" a headline claim: a capitalised word or a quote, a few words long, not a list. */
    boolean plausibleHeadlineContent(int from) {
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
    AttributionDraft inArtifact() {
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
        AttributionDraft d = new AttributionDraft();
        d.cueFrom = in;
        d.cueTo = in;
        d.sourceFrom = in + 1;
        d.sourceTo = comma - 1;
        int end = content.contentEnd(comma + 1);
        if (end < comma + 1) {
            return null;
        }
        d.content.add(new int[] {comma + 1, end});
        return d;
    }
}
