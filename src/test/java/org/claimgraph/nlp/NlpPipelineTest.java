package org.claimgraph.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class NlpPipelineTest {

    private static final String TEXT = "Officials said the truce held. The factions denied it.\nA new line starts here";

    @Test
    void segmentsSentencesAndLinesWithOffsets() {
        List<Sentence> sentences = NlpPipeline.english().segment(TEXT);
        assertEquals(3, sentences.size());
        assertEquals("Officials said the truce held.", sentences.get(0).text(TEXT));
        assertEquals("The factions denied it.", sentences.get(1).text(TEXT));
        assertEquals("A new line starts here", sentences.get(2).text(TEXT));
        assertEquals("Officials", sentences.get(0).tokens().get(0).text(TEXT));
        assertFalse(sentences.get(0).tagged());
    }

    @Test
    void tagsWithPosAndLemma() {
        Sentence s = NlpPipeline.english().analyze(TEXT).get(1);
        assertTrue(s.tagged());
        Token denied = s.tokens().get(2);
        assertEquals("denied", denied.text(TEXT));
        assertTrue(denied.pos().startsWith("VB"), denied.pos());
        assertEquals("deny", denied.lemma());
    }
}
