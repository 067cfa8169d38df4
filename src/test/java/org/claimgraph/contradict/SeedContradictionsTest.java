package org.claimgraph.contradict;

import org.apache.jena.sparql.core.DatasetGraph;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SeedContradictionsTest {

    static DatasetGraph seeds;
    static UpdateReport report;

    @BeforeAll
    static void find() {
        seeds = SeedCorpus.extract();
        report = ContradictionFinder.rebuild(seeds);
    }

    @Test
    void lists() {
        System.out.println("claims " + report.claimsRead() + " comparisons " + report.comparisons());
        for (Finding f : report.written()) {
            System.out.println(f.kind().getLocalName() + " " + f.confidence() + " [" + f.topic() + "]\n   A "
                    + art(f.a()) + " " + f.a().claim().sourceName() + " | " + f.a().claim().text()
                    + "\n   B " + art(f.b()) + " " + f.b().claim().sourceName() + " | " + f.b().claim().text()
                    + "\n   = " + f.explanation());
        }
    }

    static String art(Proposition p) {
        return p.claim().article().substring(p.claim().article().length() - 6);
    }
}
