package org.claimgraph.provenance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The copy detector on a generated corpus streamed through it: planted copies are found, and only
 * pairs that share name-and-number shingles are aligned, not every pair.
 */
class CopyDetectorTest {

    private static final String[] WORDS = ("attack forces officials visit talks government security region groups "
            + "leader week report statement ceasefire border troops sources capital meeting agreement support "
            + "strike military parliament warned announced expected pressure negotiations").split(" ");

    /** A made-up name, as capitalised syllables: thousands of them, so chance shingles are rare. */
    private static String name(Random r) {
        String[] syllables = {"ka", "ri", "mo", "sa", "tel", "dun", "ber", "qa", "hu", "zan", "lo", "vek"};
        StringBuilder b = new StringBuilder();
        for (int i = 0, n = 2 + r.nextInt(2); i < n; i++) {
            b.append(syllables[r.nextInt(syllables.length)]);
        }
        return Character.toUpperCase(b.charAt(0)) + b.substring(1);
    }

    private static String article(Random r) {
        StringBuilder text = new StringBuilder();
        for (int s = 0; s < 12; s++) {
            text.append(name(r)).append(' ');
            for (int w = 0; w < 10; w++) {
                text.append(WORDS[r.nextInt(WORDS.length)]).append(' ');
                if (w == 4) {
                    text.append(name(r)).append(' ').append(10 + r.nextInt(5000)).append(' ');
                }
            }
            text.append("said.\n");
        }
        return text.toString();
    }

    /** A spun copy: every "said" becomes "mentioned", every third word a synonym-ish other word. */
    private static String spin(String text, Random r) {
        StringBuilder b = new StringBuilder();
        for (String w : text.split(" ")) {
            b.append(w.equals("said.\n") ? "mentioned.\n" : r.nextInt(3) == 0 && Character.isLowerCase(w.charAt(0))
                    ? WORDS[r.nextInt(WORDS.length)] : w).append(' ');
        }
        return b.toString();
    }

    @Test
    void plantedCopiesAreFoundAmongThousandsWithoutComparingEveryPair() {
        int n = 2000;
        Random r = new Random(42);
        List<String> texts = new ArrayList<>(IntStream.range(0, n).mapToObj(i -> article(r)).toList());
        Set<String> planted = new HashSet<>();
        for (int k = 0; k < 10; k++) {
            int original = k * 150;
            texts.add(spin(texts.get(original), r));
            planted.add("a" + original + "~a" + (texts.size() - 1));
        }
        Stream<StoryText> stream = IntStream.range(0, texts.size()).mapToObj(i -> new StoryText("a" + i, texts.get(i),
                Optional.empty(), Optional.empty(), Optional.empty()));
        long t0 = System.nanoTime();
        CopyDetector.Result found = CopyDetector.detect(stream);
        long ms = (System.nanoTime() - t0) / 1_000_000;
        Set<String> pairs = new HashSet<>();
        found.pairs().forEach(p -> pairs.add(p.a() + "~" + p.b()));
        long everyPair = (long) texts.size() * (texts.size() - 1) / 2;
        System.out.printf("copy detection, %d generated articles: %d pairs found, %d aligned of %d possible, %d ms%n",
                texts.size(), pairs.size(), found.alignedPairs(), everyPair, ms);
        assertEquals(planted, pairs);
        assertTrue(found.alignedPairs() < everyPair / 1000, found.alignedPairs() + " pairs aligned");
        assertEquals(texts.size() - planted.size(), found.groups().size());
    }
}
