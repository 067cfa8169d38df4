package org.claimgraph.extract;

import java.util.Set;

/**
 * Recasts attributions whose cue is a passive verb ("was described as", "has been criticized for",
 * "were echoed by"). The grammatical subject is then what is said, not who says it: PolNeAR makes
 * it a content piece, and the source is the agent of a "by" phrase, or nobody.
 */
final class PassiveVoice extends SentenceView {

    private static final Set<String> BE = WordClasses.words("is", "are", "was", "were", "be", "been", "being");
    /** Past participles without -ed or -en. */
    private static final Set<String> IRREGULAR_PARTICIPLE = WordClasses.words("told", "said", "thought", "held",
            "heard", "felt", "found", "made", "brought", "put", "set", "meant", "kept", "led", "paid", "sent",
            "taught", "understood", "read", "sought", "won", "cast", "quoted");
    /**
     * Verbs whose passive subject is the one addressed ("was asked whether", "had been told that"):
     * it is neither source nor content.
     */
    private static final Set<String> ADDRESSED = WordClasses.words("asked", "told", "urged", "pressed", "warned",
            "reminded", "informed", "advised", "briefed", "instructed", "ordered", "promised");
    /** Subjects that stand for nothing: "it was revealed that". */
    private static final Set<String> EXPLETIVE = WordClasses.words("it", "there");

    /** Words that open the content after a passive cue's "by" phrase: "was asked by X whether ...". */
    private static final Set<String> CONTENT_OPENER = WordClasses.words("whether", "if", "that", "to", "why", "how",
            "what", "where", "when", "who", "about", "for", "as");

    PassiveVoice(SentenceView sentence) {
        super(sentence);
    }

    /** Turns a passive attribution's subject into content and its "by" agent, if any, into the source. */
    void recast(AttributionDraft d) {
        if (d.sourceFrom < 0 || d.sourceTo >= d.cueFrom || d.relayFrom >= 0) {
            return;
        }
        int participle = passiveParticiple(d.cueFrom, d.cueTo);
        if (participle < 0) {
            return;
        }
        boolean subjectIsContent = !ADDRESSED.contains(t.lower[participle])
                && !(d.sourceFrom == d.sourceTo && EXPLETIVE.contains(t.lower[d.sourceFrom]));
        int subjectFrom = d.sourceFrom;
        int subjectTo = d.sourceTo;
        d.sourceFrom = -1;
        d.sourceTo = -1;
        int after = d.cueTo + 1;
        if (after < e && t.lower[after].equals("by") && after + 1 < e && t.isWord(after + 1)) {
            int agentEnd = agentEnd(after + 1);
            d.sourceFrom = after + 1;
            d.sourceTo = agentEnd;
            int end = d.content.isEmpty() ? -1 : d.content.get(d.content.size() - 1)[1];
            d.content.clear();
            int next = agentEnd + 1;
            if (next < e && t.lower[next].equals(",")) {
                next++;
            }
            if (next <= end && next < e && CONTENT_OPENER.contains(t.lower[next])) {
                d.content.add(new int[] {next, end});
            }
        }
        if (subjectIsContent) {
            d.content.add(0, new int[] {subjectFrom, subjectTo});
        }
    }

    /**
     * The past participle after a form of "be" in the cue ("was widely described"), or -1 when the
     * cue is not passive, or the subject speaks after all ("was quoted as saying", "could be heard
     * grousing", "was prompted to say").
     */
    int passiveParticiple(int from, int to) {
        if (t.lower[to].endsWith("ing") || t.lower[to].equals("say")
                || to + 1 < e && (t.lower[to + 1].equals("as") && to + 2 < e && t.lower[to + 2].endsWith("ing")
                        || t.lower[to + 1].endsWith("ing") && !t.isCapitalized(to + 1))) {
            return -1;
        }
        for (int i = from; i < to; i++) {
            if (!BE.contains(t.lower[i])) {
                continue;
            }
            for (int j = i + 1; j <= to; j++) {
                String w = t.lower[j];
                if (w.endsWith("ing") || lexicon.stateOfMind(w)) {
                    return -1;
                }
                if (w.endsWith("ed") || w.endsWith("en") || IRREGULAR_PARTICIPLE.contains(w)) {
                    return j;
                }
                if (!isCuePrefix(j)) {
                    return -1;
                }
            }
        }
        return -1;
    }

    /** The agent after "by" runs to a clause word that opens content, a quote, or the clause's end. */
    int agentEnd(int from) {
        int i = from;
        while (i < e && !isTerminal(i) && !t.isQuoteChar(i)) {
            String w = t.lower[i];
            if (w.equals(";") || w.equals(":") || i > from && CONTENT_OPENER.contains(w) && !w.equals("about")
                    && !w.equals("for") && !w.equals("as") && !w.equals("to") && !w.equals("who")) {
                break;
            }
            if (w.equals(",") && i + 1 < e && (t.lower[i + 1].endsWith("ing") || t.lower[i + 1].equals("but")
                    || t.lower[i + 1].equals("and") || t.lower[i + 1].equals("which")
                    || CONTENT_OPENER.contains(t.lower[i + 1]) && !t.lower[i + 1].equals("who"))) {
                break;
            }
            i++;
        }
        int end = i - 1;
        while (end > from && (t.lower[end].equals(",") || isTerminalOf(end))) {
            end--;
        }
        return end;
    }
}
