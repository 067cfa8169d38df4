package org.claimgraph.contradict;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.sparql.core.DatasetGraph;
import org.claimgraph.rdf.Vocab.CG;
import org.junit.jupiter.api.Test;

/**
 * The detector on a corpus nobody here wrote: the attribution corpus's dev texts (2016 US politics,
 * several outlets on the same stories), read where they lie beside the project and never copied.
 * The floor is what the rules found when they were written (4 opposing evaluations, judged by
 * reading each pair); the invariants hold for any finding of the new rules.
 */
class DevCorpusContradictionsTest {

    @Test
    void opposingEvaluationsAreFoundOnTheDevTexts() {
        Path home = Path.of(System.getProperty("claimgraph.home", System.getProperty("user.dir")));
        Path dev = home.resolve("../shared/polnear/dev/text").normalize();
        assumeTrue(Files.isDirectory(dev), "dev texts not found at " + dev + "; skipping the run on the real corpus");
        DatasetGraph dsg = SeedCorpus.extract(dev, g -> true);
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        long t0 = cpu.getCurrentThreadCpuTime();
        UpdateReport report = ContradictionFinder.rebuild(dsg);
        long ms = (cpu.getCurrentThreadCpuTime() - t0) / 1_000_000;
        List<Finding> found = report.written();
        List<Finding> evaluations = found.stream()
                .filter(f -> f.kind().equals(CG.OpposingClaims) && !f.a().evaluations().isEmpty()).toList();
        System.out.printf("dev: %d claims, %d comparisons, %d contradictions (%d opposing evaluations), pass %d ms CPU%n",
                report.claimsRead(), report.comparisons(), found.size(), evaluations.size(), ms);
        found.forEach(f -> System.out.println("  " + f.kind().getLocalName() + " " + f.confidence() + " " + f.explanation()));
        assertTrue(evaluations.size() >= 4, "opposing evaluations found: " + evaluations.size());
        for (Finding f : evaluations) {
            assertTrue(!f.a().claim().source().equals(f.b().claim().source()), "two judges: " + f.explanation());
            assertTrue(f.confidence() <= EvaluationRule.CONFIDENCE, "an opinion is less sure than a denial");
        }
        // Different pollsters, populations or undated polls in two articles never make a poll conflict.
        for (Finding f : found) {
            if (!f.a().polls().isEmpty() && f.kind().equals(CG.NumericConflict)) {
                assertTrue(f.a().polls().stream().anyMatch(p -> f.b().polls().stream().anyMatch(p::conflictsWith)));
            }
        }
        assertTrue(report.comparisons() < (long) report.claimsRead() * report.claimsRead() / 100,
                "indexed, not all against all: " + report.comparisons() + " comparisons");
    }
}
