package org.claimgraph.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** The extractor's contract on arbitrary input: never throw, spans inside the text, content present. */
class RobustnessTest {

    private static final String[] PIECES = {"said", "told", "according to", "“", "”", "\"", "''", "``", ",", ".",
        ":", ";", "—", "(", ")", "as saying", "quoted", "Mr.", "U.S.", "he", "The report", "that", "Asked",
        "In a poll", "\n", "\n\n", " ", "Reuters", "is expected to", "seemed", "’s", "'", "\uD83D\uDE00", "é", "\t"};

    @Test
    void randomTextsNeverBreakTheContract() {
        Random random = new Random(20240320L);
        for (AttributionExtractor extractor : List.of(Extractors.standard(), Extractors.withNested())) {
            for (int n = 0; n < 2000; n++) {
                StringBuilder b = new StringBuilder();
                int length = random.nextInt(40);
                for (int i = 0; i < length; i++) {
                    b.append(PIECES[random.nextInt(PIECES.length)]);
                    if (random.nextBoolean()) {
                        b.append(' ');
                    }
                }
                String text = b.toString();
                for (Attribution a : extractor.extract(text)) {
                    assertTrue(!a.content().isEmpty());
                    for (List<Span> role : List.of(a.source(), a.cue(), a.content(), a.relays())) {
                        for (Span s : role) {
                            assertTrue(s.end() <= text.length(), () -> "span outside: " + text);
                        }
                    }
                    a.sourceReferent().ifPresent(s -> assertTrue(s.end() <= text.length()));
                }
            }
        }
    }
}
