package org.claimgraph.reliability;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.function.Supplier;
import org.claimgraph.extract.AttributionExtractor;
import org.claimgraph.extract.Extractors;
import org.claimgraph.ingest.ChunkedExtractor;
import org.junit.jupiter.api.Test;

/**
 * Time grows linearly with the text: ten times the text may cost at most {@value #MAX_RATIO} times the
 * time (linear is 10, quadratic 100). The ratio is the median of several small/large pairs run after a
 * warm-up, so that one garbage collection or a busy CI core does not decide the outcome, and the
 * smaller text is large enough (tens of milliseconds) that timer noise does not dominate it.
 */
class ExtractionTimeTest {

    private static final double MAX_RATIO = 35;
    private static final int PAIRS = 3;

    /**
     * The bare extractor, without ingest's pieces. Finding which attribution encloses which once
     * compared every pair (10x the text took 80x the time); this test caught it.
     */
    @Test
    void standardExtractorIsLinearOnNewsText() {
        AttributionExtractor x = Extractors.standard();
        String small = NewsText.of(50_000, 7);
        String large = NewsText.of(500_000, 7);
        assertLinear("news text", () -> x.extract(small), () -> x.extract(large));
    }

    @Test
    void ingestExtractionIsLinearOnNewsText() {
        AttributionExtractor x = new ChunkedExtractor(Extractors.all());
        String small = NewsText.of(50_000, 7);
        String large = NewsText.of(500_000, 7);
        assertLinear("news text through ingest", () -> x.extract(small), () -> x.extract(large));
    }

    /**
     * Ingest's extraction stays linear on a degenerate text on which the bare extractor is not (a run
     * of straight quotation marks: about 100 times the time for 10 times the marks, measured 2026-11).
     */
    @Test
    void ingestExtractionIsLinearOnARunOfQuotationMarks() {
        AttributionExtractor x = new ChunkedExtractor(Extractors.all());
        String small = "\"".repeat(10_000);
        String large = "\"".repeat(100_000);
        assertLinear("quotation marks", () -> x.extract(small), () -> x.extract(large));
    }

    @Test
    void ingestExtractionIsLinearOnOneLongSentence() {
        AttributionExtractor x = new ChunkedExtractor(Extractors.all());
        String small = "A senior official said that " + "the convoy moved slowly and ".repeat(7_000) + "stopped.";
        String large = "A senior official said that " + "the convoy moved slowly and ".repeat(70_000) + "stopped.";
        assertLinear("one long sentence", () -> x.extract(small), () -> x.extract(large));
    }

    private static void assertLinear(String what, Supplier<?> small, Supplier<?> large) {
        for (int i = 0; i < 1; i++) { // warm-up: let the JIT compile the extractor first
            small.get();
            large.get();
        }
        double[] ratios = new double[PAIRS];
        for (int i = 0; i < PAIRS; i++) {
            ratios[i] = time(large) / time(small);
        }
        Arrays.sort(ratios);
        double median = ratios[PAIRS / 2];
        System.out.printf("extraction time, %s, 10x the text: %.1fx the time (median of %s)%n",
                what, median, Arrays.toString(ratios));
        assertTrue(median < MAX_RATIO, what + ": 10x the text took " + median + "x the time");
    }

    private static double time(Supplier<?> run) {
        long start = System.nanoTime();
        run.get();
        return Math.max(System.nanoTime() - start, 1);
    }
}
