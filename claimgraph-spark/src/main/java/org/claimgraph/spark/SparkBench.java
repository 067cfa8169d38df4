package org.claimgraph.spark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;

/**
 * How the job's throughput grows with cores: runs it with master local[N] for each N given, on the
 * same inputs, after one warm-up run (JIT, OpenNLP models) that is not counted, and prints articles/s
 * and words/s of the extraction pass and the time of the stories pass.
 *
 * <p>Usage: {@code SparkBench [--cores 1,2] [--warmup PATH] PATH...}
 */
public final class SparkBench {

    private SparkBench() {
    }

    public static void main(String[] args) throws IOException {
        List<Integer> cores = List.of(1, 2);
        Path warmup = null;
        List<Path> inputs = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--cores" -> cores = java.util.Arrays.stream(args[++i].split(",")).map(Integer::valueOf).toList();
                case "--warmup" -> warmup = Path.of(args[++i]);
                default -> inputs.add(Path.of(args[i]));
            }
        }
        if (inputs.isEmpty()) {
            System.err.println("usage: SparkBench [--cores 1,2] [--warmup PATH] PATH...");
            System.exit(2);
        }
        Path scratch = Files.createTempDirectory("claimgraph-spark-bench");
        if (warmup != null) {
            run(1, List.of(warmup), scratch.resolve("warmup"));
        }
        System.out.printf(Locale.ROOT, "%-10s %9s %10s %9s %12s %10s %9s%n",
                "master", "articles", "words", "extract s", "articles/s", "words/s", "stories s");
        for (int n : cores) {
            ExtractReport r = run(n, inputs, scratch.resolve("local-" + n));
            System.out.printf(Locale.ROOT, "%-10s %9d %10d %9.1f %12.1f %10.0f %9.1f%n", "local[" + n + "]",
                    r.articles(), r.words(), r.extractSeconds(), r.articles() / r.extractSeconds(),
                    r.words() / r.extractSeconds(), r.storiesSeconds());
        }
        System.out.printf(Locale.ROOT, "(%d processors, load average %.1f)%n", Runtime.getRuntime().availableProcessors(),
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    private static ExtractReport run(int cores, List<Path> inputs, Path out) {
        SparkConf conf = new SparkConf().setMaster("local[" + cores + "]").setAppName("claimgraph-spark-bench")
                .set("spark.ui.enabled", "false");
        try (JavaSparkContext sc = new JavaSparkContext(conf)) {
            return SparkExtract.run(sc, inputs, out.toString());
        }
    }
}
