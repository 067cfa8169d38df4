package org.claimgraph.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.claimgraph.bench.BenchReportJson;
import org.claimgraph.bench.BenchReportText;
import org.claimgraph.bench.BenchResult;
import org.claimgraph.bench.Benchmark;
import org.claimgraph.query.QueryCatalog;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code bench}: extraction, ingest and query speed on this machine, in one run (issue 7). */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Measure extraction words/s (one core, all cores, next to OpenNLP tokenize+POS),"
                + " ingest triples/s (next to Jena's TDB2 bulk loader), stored-query p50/p95 at several"
                + " store sizes, and peak heap.",
                "The corpus is PolNeAR train+dev (the seed articles when absent), replicated with fresh"
                        + " article IRIs up to N articles. Progress goes to stderr, the result to stdout."})
public final class BenchCommand implements Callable<Integer> {

    /** Lower-case constants so that {@code --format json} works whatever the root command's enum settings. */
    public enum Format { text, json }

    @Spec
    CommandSpec spec;

    @Option(names = "--articles", paramLabel = "N",
            description = "largest scale in articles (default: ten times the base corpus)")
    Long articles;

    @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE})")
    Format format;

    @Option(names = "--scales", split = ",", defaultValue = "1,10,N", paramLabel = "S,...",
            description = "store sizes at which queries are timed: multiples of the base corpus, and N"
                    + " (default: ${DEFAULT-VALUE})")
    List<String> scales;

    @Option(names = "--store", paramLabel = "DIR",
            description = "where to build the stores (must be new or empty; kept afterwards)."
                    + " Default: a temporary directory, deleted afterwards")
    Path store;

    @Option(names = "--queries-runs", paramLabel = "K", defaultValue = "20",
            description = "timed runs of each stored query at each scale (default: ${DEFAULT-VALUE})")
    int queryRuns;

    @Option(names = "--batch", paramLabel = "ARTICLES", defaultValue = "128",
            description = "articles per write transaction (default: ${DEFAULT-VALUE})")
    int batch;

    @Option(names = "--corpus", paramLabel = "DIR", defaultValue = "../shared/polnear",
            description = "PolNeAR root with train/text and dev/text (default: ${DEFAULT-VALUE})")
    Path polnear;

    @Option(names = "--seeds", paramLabel = "DIR", defaultValue = "data/articles",
            description = "articles used when there is no PolNeAR (default: ${DEFAULT-VALUE})")
    Path seeds;

    @Option(names = "--queries", paramLabel = "DIR",
            description = "stored-query directory (default: ./queries if present, else the packaged ones)")
    Path queries;

    @Override
    public Integer call() throws Exception {
        if (articles != null && articles < 1) {
            throw new UserError("--articles must be positive: " + articles);
        }
        if (queryRuns < 1 || batch < 1) {
            throw new UserError("--queries-runs and --batch must be positive");
        }
        PrintWriter out = spec.commandLine().getOut();
        Benchmark.Settings settings = new Benchmark.Settings(articles, scales, store, queryRuns, batch,
                polnear, seeds, QueryCatalog.load(queries));
        BenchResult result;
        try {
            result = new Benchmark(settings, spec.commandLine().getErr()).run();
        } catch (IllegalArgumentException e) {
            throw new UserError(e.getMessage());
        }
        out.print(format == Format.json ? BenchReportJson.render(result) + "\n" : BenchReportText.render(result));
        out.flush();
        return 0;
    }
}
