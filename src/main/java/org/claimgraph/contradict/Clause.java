package org.claimgraph.contradict;

/**
 * A claim's content reduced to who does what to what, in any domain: the subject (a resolved actor
 * IRI, else the lemma of its head noun), the main verb's lemma, the head of its object (an actor IRI
 * or a lemma), and whether the clause is negated ("Trump did not release his returns").
 */
public record Clause(String subject, String verb, String object, boolean negated) {

    /**
     * The index key: claims about the same subject and verb meet, whatever their polarity; whether
     * their objects agree is for the rule to judge ("release his returns" / "release the returns").
     */
    public String key() {
        return "g|" + subject + "|" + verb;
    }

    /** For explanations: "trump · release · return". */
    public String topic() {
        return short_(subject) + " " + verb + " " + short_(object);
    }

    private static String short_(String s) {
        return s.substring(s.lastIndexOf('/') + 1);
    }
}
