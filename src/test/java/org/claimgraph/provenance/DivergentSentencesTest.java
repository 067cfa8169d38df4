package org.claimgraph.provenance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Sentences whose facts differ between copies: the seeds' spun copy and machine translation, and hand-made pairs. */
class DivergentSentencesTest {

    private static final Path SEEDS = Path.of("data/articles");

    @Test
    void theMachineTranslationArrestsQaaniWhereTheSpunCopyHasHimVisit() throws IOException {
        String spun = Files.readString(SEEDS.resolve("002_56520cda8067eaa6.txt"));
        String translated = Files.readString(SEEDS.resolve("003_9bc42388ead6401a.txt"));
        List<Divergence> found = DivergentSentences.find(spun, translated);
        found.forEach(d -> System.out.printf("divergent (%s, %s):%n  002: %s%n  003: %s%n", d.kind(), d.difference(),
                d.a().of(spun), d.b().of(translated)));
        Divergence arrest = found.stream().filter(d -> d.kind() == Divergence.Kind.FACTS).findFirst().orElseThrow();
        assertTrue(arrest.b().of(translated).contains("Esmail Qaani was arrested at the Baghdad airport"),
                arrest.b().of(translated));
        assertTrue(arrest.a().of(spun).startsWith("With Iran bracing for a US response"), arrest.a().of(spun));
        assertEquals(1, found.stream().filter(d -> d.kind() == Divergence.Kind.FACTS).count(), found.toString());
        // every other aligned pair of the two tellings states the same numbers and negations
        assertTrue(found.size() <= 2, "divergences found: " + found.size());
    }

    @Test
    void differentNumbersInAlignedSentencesDiverge() {
        String a = "The US has some 2,500 troops in Iraq and 900 in Syria, officials said on Monday. "
                + "Five of the sources said Baghdad asked Tehran for help.";
        String b = "The United States has about 3,500 troops in Iraq and 900 in Syria, officials said on Monday. "
                + "Five people said Baghdad asked Tehran to help.";
        List<Divergence> found = DivergentSentences.find(a, b);
        assertEquals(1, found.size(), found.toString());
        assertEquals(Divergence.Kind.NUMBERS, found.get(0).kind());
        assertEquals("2500, 900 / 3500, 900", found.get(0).difference());
        assertTrue(found.get(0).a().of(a).startsWith("The US has some 2,500"));
    }

    @Test
    void aNegationOnOneSideDiverges() {
        String a = "Kataib Hezbollah said on Tuesday it would suspend its attacks on US forces in Iraq. "
                + "Nujaba said it would continue attacks.";
        String b = "Kataib Hezbollah said on Tuesday it would not suspend its attacks on US forces in Iraq. "
                + "Nujaba said it would continue the attacks.";
        List<Divergence> found = DivergentSentences.find(a, b);
        assertEquals(1, found.size(), found.toString());
        assertEquals(Divergence.Kind.NEGATION, found.get(0).kind());
        assertEquals("(affirmed) / not", found.get(0).difference());
    }

    @Test
    void spellingsAndSynonymsAloneDoNotDiverge() {
        String a = "Qaani made the go to fast and didn't go away the airport, five of the sources mentioned.";
        String b = "Qani rushed the visit and did not leave the airport, 5 sources said.";
        assertEquals(List.of(), DivergentSentences.find(a, b));
    }
}
