package org.claimgraph.extract;

/**
 * Decides whether a lexicon word is used as a cue here, and how far the cue span reaches:
 * auxiliaries and adverbs before it ("has long said"), particles and tails after it ("said in a
 * statement", "called for", "said:").
 */
final class CueWords extends SentenceView {

    CueWords(SentenceView sentence) {
        super(sentence);
    }

    /** Title-case lines ("Clinton Says Russians Hacked DNC") are headlines; their verbs are capitalised. */
    boolean headlineCase() {
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
    boolean looksLikeVerb(int i) {
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
        if (i > s && i + 1 < e && w.endsWith("ed") && WordClasses.QUANTIFIER.contains(t.lower[i - 1])
                && WordClasses.SOURCE_NOUN.contains(t.lower[i + 1])) {
            return false; // "Other informed sources stressed that": the source's adjective, not its verb
        }
        if (stanceParticipleAfterNoun(i)) {
            return true;
        }
        if (w.endsWith("ing")) {
            // gerunds and participles are cues after a comma ("..., saying"), "as saying" or an auxiliary
            return i > s && (t.lower[i - 1].equals(",") || t.lower[i - 1].equals("as")
                    || WordClasses.PARTICIPLE_OPENER.contains(t.lower[i - 1]) || commaQuoteBefore(i)
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
    boolean nounVerbIsVerb(int i) {
        if (i == s) {
            return false;
        }
        String prev = t.lower[i - 1];
        if (WordClasses.CUE_PREFIX.contains(prev) || WordClasses.PERSONAL_PRONOUN.contains(prev)
                || WordClasses.RELATIVE.contains(prev) || prev.equals("to")) {
            return true;
        }
        String w = t.lower[i];
        if (stanceParticipleAfterNoun(i)) {
            return true;
        }
        if (w.endsWith("ing") && commaQuoteBefore(i)) {
            return true; // '"...,” claiming that': a participle clause after the quotation
        }
        if (w.endsWith("ing") && (prev.equals(",") || prev.equals("while") || prev.equals("by"))) {
            // "..., noting that", "..., calling him": a participle clause, never the noun; but in
            // "as saying, commenting on the talks, that" it is an aside inside another cue's frame
            return !(prev.equals(",") && i - 3 >= s && isCueVerb(i - 2) && t.lower[i - 3].equals("as"));
        }
        if (w.endsWith("ed") || w.equals("said") || WordClasses.ARTIFACT.contains(prev)) {
            return true; // "the poll shows": an artifact noun is a subject, not a modifier
        }
        if (!(i + 1 < e && WordClasses.NOUN_FOLLOWER.contains(t.lower[i + 1])) && artifactPhraseBefore(i)) {
            return true; // "a video of the episode shows", "FEC records from 2008 show"
        }
        if (i + 1 < e && t.lower[i + 1].equals("that") && !w.endsWith("ing")) {
            return true; // "hopes that", "plans to": a complement clause follows a verb
        }
        boolean nounFollows = i + 1 < e && WordClasses.NOUN_FOLLOWER.contains(t.lower[i + 1]);
        if (t.isCapitalized(i - 1) && nameOpensSentence(i) && (!nounFollows || t.lower[i + 1].equals("to"))) {
            return true; // "Trump plans to ...", "Hillary Clinton hopes ...": the name is the subject
        }
        if (nounFollows && t.isCapitalized(i - 1) && (t.lower[i + 1].equals(".") || t.lower[i + 1].equals(","))
                && nameAfterContent(i - 1)) {
            return true; // "...,” Viguerie notes.": a name between the content and the end is a subject
        }
        if (nounFollows && i + 1 < e && particleAfterName(i)) {
            return true; // "Sanders calls for reform", "Trump responds to critics": a verb's particle
        }
        if (nounFollows) {
            return false;
        }
        boolean possessive = prev.endsWith("’s") || prev.endsWith("'s") || prev.endsWith("s’") || prev.endsWith("s'");
        if (possessive || !t.isWord(i - 1) || WordClasses.ADJECTIVE_LIKE.contains(prev)) {
            return false;
        }
        return t.isCapitalized(i - 1) || !w.endsWith("s") && prev.endsWith("s");
    }

    /**
     * A particle the verb takes follows it ("calls for", "responds to") and a name or pronoun
     * stands right before it, with no modifier or possessive that would make the word a noun
     * ("Republican calls for", "Obama's calls for", "the Clinton calls for").
     */
    private boolean particleAfterName(int i) {
        CueLexicon.Verb v = lexicon.verb(t.lower[i]);
        String prev = t.lower[i - 1];
        boolean modifier = WordClasses.ADJECTIVE_LIKE.contains(prev) && !WordClasses.NAME_AS_MODIFIER.contains(prev);
        if (v == null || !v.takes(t.lower[i + 1]) || !t.isWord(i - 1) || modifier
                || prev.endsWith("’s") || prev.endsWith("'s") || prev.endsWith("s’") || prev.endsWith("s'")) {
            return false;
        }
        if (WordClasses.PERSONAL_PRONOUN.contains(prev)) {
            return true;
        }
        return t.isCapitalized(i - 1) && !t.isCapitalized(i) && !(i - 2 >= s && WordClasses.DETERMINER.contains(t.lower[i - 2]));
    }

    /** An artifact or recording heads the words before i, no punctuation between: "a video of the rally shows". */
    private boolean artifactPhraseBefore(int i) {
        for (int j = i - 1; j >= s && j >= i - 7; j--) {
            String w = t.lower[j];
            if (!t.isWord(j) && !w.equals("/") || WordClasses.RELATIVE.contains(w) || w.equals("and") || w.equals("but")) {
                return false;
            }
            if (WordClasses.ARTIFACT.contains(w) || WordClasses.RECORDING.contains(w)) {
                // the verb agrees with the artifact: "the analysis shows", "records show", not "its analysis ... plan"
                boolean plural = w.endsWith("s") && !w.equals("analysis") && !w.equals("census");
                return !w.equals("investigation") && !w.equals("review") && (t.lower[i].endsWith("s") || plural);
            }
        }
        return false;
    }

    /**
     * "a group backing Bush", "voters supporting Clinton": a participle of taking sides right after
     * a noun is a reduced relative clause, the noun its holder and the object its content.
     */
    private boolean stanceParticipleAfterNoun(int i) {
        if (i == s || i + 1 >= e || !WordClasses.STANCE_PARTICIPLE.contains(t.lower[i]) || !t.isWord(i - 1)
                || !t.isWord(i + 1) || WordClasses.NOUN_FOLLOWER.contains(t.lower[i + 1])) {
            return false;
        }
        String prev = t.lower[i - 1];
        return !WordClasses.DETERMINER.contains(prev) && !WordClasses.CLAUSE_BOUNDARY.contains(prev)
                && !WordClasses.CUE_PREFIX.contains(prev) && !WordClasses.SUBJECT_PRONOUN.contains(prev)
                && !prev.endsWith("ing") && !prev.endsWith("ly");
    }

    /** '"...,” claiming': a quotation closed after its comma right before i. */
    boolean commaQuoteBefore(int i) {
        return i - 2 >= s && closesQuote(i - 1) && t.lower[i - 2].equals(",");
    }

    /** Whether a name ending at j follows a comma or a closing quote: "..., Mr. Reyes" / "...” Reyes". */
    private boolean nameAfterContent(int j) {
        int i = j;
        while (i > s && i > j - 4 && t.isWord(i) && t.isCapitalized(i)) {
            i--;
        }
        return i < j && (t.lower[i].equals(",") || closesQuote(i));
    }

    /** Whether the words from the sentence start up to i are all capitalised: a name as subject. */
    private boolean nameOpensSentence(int i) {
        int from = firstContentToken(s);
        if (i - from > 4 || headlineCase()) {
            return false;
        }
        for (int j = from; j < i; j++) {
            if (!t.isWord(j) || !t.isCapitalized(j) || WordClasses.DETERMINER.contains(t.lower[j])) {
                return false;
            }
        }
        return true;
    }

    /** "is confident", "were not sure", "remains hopeful", "’re eager": a copula (and adverbs) before i. */
    boolean afterCopula(int i) {
        int j = i - 1;
        while (j >= s && j >= i - 3 && (t.lower[j].equals("not") || t.lower[j].endsWith("ly") || t.lower[j].equals("so")
                || t.lower[j].equals("very") || t.lower[j].equals("still") || t.lower[j].equals("also"))) {
            j--;
        }
        return j >= s && WordClasses.COPULA.contains(t.lower[j]);
    }

    /** Last cue token: the verb with its tail ("said in a statement", "said Sunday", "said of", "said:"). */
    int cueTail(int c, CueLexicon.Verb v) {
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

    /**
     * "She seemed to waver", "he is widely expected to win", "it is believed that": an impression
     * or expectation held by no one named. PolNeAR gives it no source and splits the content
     * around the cue.
     */
    boolean raising(int c, CueLexicon.Verb v, int cueFrom) {
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
        // "was convinced that": a participle listed as an adjective is the subject's own state of mind
        return participle && passive && complement && !v.adjective() && (v.mental() || v.lemma().equals("say") || v.lemma().equals("report")
                || v.lemma().equals("expect") || v.lemma().equals("believe"));
    }
}
