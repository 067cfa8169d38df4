package org.claimgraph.bench;

import java.util.Map;
import java.util.TreeMap;

/** The benchmark as a table for people, with the machine it ran on. */
public final class BenchReportText {

    private BenchReportText() {
    }

    public static String render(BenchResult r) {
        StringBuilder out = new StringBuilder();
        Machine m = r.machine();
        out.append(String.format("machine: %d cores, max heap %.0f MB, %s, %s; load average %.2f at start, %.2f at end%n",
                m.cores(), m.maxHeapMb(), m.jvm(), m.os(), m.loadAtStart(), m.loadAtEnd()));
        out.append(String.format("corpus:  %s: %d articles, %d words; one-core figures on the first %d words%n%n",
                r.corpus(), r.baseArticles(), r.baseWords(), r.sampleWords()));

        out.append(String.format("%-44s %14s%n", "measure", "value"));
        row(out, "extraction, one core (words/CPU-s)", r.extractPerCore().perCpuSecond());
        row(out, "  the same per wall-clock second", r.extractPerCore().perWallSecond());
        row(out, "extraction, all " + m.cores() + " cores (words/s, wall)", r.extractAllCores());
        row(out, "OpenNLP tokenize+POS, one core (words/CPU-s)", r.tokenizePos().perCpuSecond());
        row(out, "  the same per wall-clock second", r.tokenizePos().perWallSecond());
        out.append(String.format("%-44s %14s%n", "extraction vs tokenize+POS (CPU time)",
                String.format("%.2fx faster", r.extractPerCore().perCpuSecond() / r.tokenizePos().perCpuSecond())));
        row(out, "claimgraph BatchLoader (triples/s)", r.ingestTriplesPerSec());
        row(out, "Jena TDB2 phased bulk loader (triples/s)", r.jenaBulkTriplesPerSec());
        out.append(String.format("%-44s %14s%n", "  (both on the same " + r.compareArticles() + " articles)",
                r.compareTriples() + " triples"));
        out.append(String.format("%-44s %14.1f%n", "peak heap (MB)", r.peakHeapMb()));
        CorpusScaling c = r.scaling();
        out.append(String.format("%-44s %14s%n", "actor resolution (CPU ms/article) at " + c.resolutionArticlesSmall(),
                String.format("%.2f", c.resolutionMsSmall())));
        out.append(String.format("%-44s %14s%n", "  the same at " + c.resolutionArticles(),
                String.format("%.2f", c.resolutionMs())));
        out.append(String.format("%-44s %14s%n", "copy detection, " + c.copyArticles() + " articles (s)",
                String.format("%.1f (%d pairs)", c.copySeconds(), c.copyPairs())));

        out.append(String.format("%nstored-query latency, p50 / p95 ms (each run binds a different value)%n"));
        StringBuilder header = new StringBuilder(String.format("%-20s", "query"));
        for (ScaleResult s : r.scales()) {
            header.append(String.format(" %24s", s.articles() + " art. / " + s.triples() + " tr."));
        }
        out.append(header).append('\n');
        for (String name : new TreeMap<>(r.largest().queries()).keySet()) {
            out.append(String.format("%-20s", name));
            for (ScaleResult s : r.scales()) {
                Latency l = s.queries().get(name);
                out.append(String.format(" %24s", l == null ? "-" : String.format("%.1f / %.1f", l.p50(), l.p95())));
            }
            out.append('\n');
        }
        out.append(String.format("%-20s", "load time (s)"));
        for (ScaleResult s : r.scales()) {
            out.append(String.format(" %24.1f", s.loadSeconds()));
        }
        out.append('\n');
        out.append(String.format("%-20s", "live heap (MB)"));
        for (ScaleResult s : r.scales()) {
            out.append(String.format(" %24.1f", s.liveHeapMb()));
        }
        out.append('\n');
        out.append(String.format("%-20s", "store on disk (MB)"));
        for (ScaleResult s : r.scales()) {
            out.append(String.format(" %24.0f", s.storeMb()));
        }
        out.append('\n');
        out.append(String.format("%-20s", "  compacted (MB)"));
        for (ScaleResult s : r.scales()) {
            out.append(String.format(" %24s", s.storeMbCompacted() < 0 ? "no room"
                    : String.format("%.0f (%.1f s)", s.storeMbCompacted(), s.compactSeconds())));
        }
        out.append('\n');
        out.append(String.format("%-20s %24.0f%n", "Jena bulk store (MB)", r.jenaBulkStoreMb()));
        return out.toString();
    }

    private static void row(StringBuilder out, String name, double value) {
        out.append(String.format("%-44s %,14.0f%n", name, value));
    }

}
