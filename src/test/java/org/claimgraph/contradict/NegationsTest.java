package org.claimgraph.contradict;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class NegationsTest {

    @Test
    void everyReaderSharesTheCoreNegations() {
        for (Set<String> words : List.of(Negations.clause(), Negations.verdict(), Negations.phrase())) {
            assertTrue(words.containsAll(Set.of("not", "never", "no", "neither", "nor")), words.toString());
        }
    }

    @Test
    void eachReaderKeepsItsOwnWords() {
        assertTrue(Negations.clause().contains("cannot"));
        assertFalse(Negations.verdict().contains("cannot"));
        assertTrue(Negations.verdict().contains("far from"));
        assertFalse(Negations.clause().contains("far from"));
        assertTrue(Negations.phrase().contains("didn't"));
    }

    @Test
    void aContractedNegationDeniesAPredicatePhrase() {
        // "hasn't" is one word in raw text; the core's "n't" cannot match inside it.
        List<Stance> read = new StanceReader().read(Text.normalise("Iran hasn't asked Lebanon to declare a truce"));
        List<Stance> plain = new StanceReader().read(Text.normalise("Iran asked Lebanon to declare a truce"));
        assertTrue(!read.isEmpty() && !plain.isEmpty(), read + " / " + plain);
        assertTrue(read.get(0).predicate().equals(plain.get(0).predicate()) && read.get(0).positive() != plain.get(0).positive(),
                read + " / " + plain);
    }
}
