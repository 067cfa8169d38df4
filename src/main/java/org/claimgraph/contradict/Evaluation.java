package org.claimgraph.contradict;

/**
 * A verdict on an actor that a claim states: who judges (holder: an actor IRI, usually the claim's
 * source), whom (target: a resolved actor IRI), on which dimension (fitness, honesty, ...), for or
 * against, and the words that say it, from the verb on ("is not fit", "is a disgusting fraud", "has neither the temperament").
 */
public record Evaluation(String holder, String holderName, String target, String targetName, String dimension,
                         boolean positive, String phrase) {

    /** Filed under its own sign, looked up under the opposite one: only opposite verdicts meet. */
    String key(boolean sign) {
        return "e|" + target + "|" + dimension + "|" + (sign ? "+" : "-");
    }
}
