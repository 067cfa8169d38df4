package org.claimgraph.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.storage.StorageLevel;
import org.claimgraph.spark.ArticleExtraction.InputFile;
import org.claimgraph.spark.ArticleExtraction.Output;

/**
 * claimgraph's extraction as a Spark job: input files are spread over the workers, each article
 * becomes its named graph with the core's own code, and the graphs are written as N-Quads shards in
 * OUTPUT/articles; a second pass writes the stories graph to OUTPUT/stories. The shards load with
 * `claimgraph load` or go to any Graph Store with `claimgraph push`.
 *
 * <p>Usage: {@code SparkExtract --input PATH --output DIR [--master URL]}. Input paths must be
 * readable by every worker under the same name (a shared file system); the output may be any
 * Hadoop file system URL.
 */
public final class SparkExtract {

    private SparkExtract() {
    }

    public static void main(String[] args) {
        String input = null;
        String output = null;
        String master = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--input" -> input = value(args, ++i);
                case "--output" -> output = value(args, ++i);
                case "--master" -> master = value(args, ++i);
                default -> usage("unknown argument " + args[i]);
            }
        }
        if (input == null || output == null) {
            usage("give --input and --output");
        }
        if (!output.contains("://") && Files.exists(Path.of(output))) {
            // Spark would refuse it too, with a stack trace; shards of two runs must not mix.
            usage("output " + output + " exists; give a directory that does not");
        }
        SparkConf conf = new SparkConf().setAppName("claimgraph-extract");
        if (master != null) {
            conf.setMaster(master);
        } else if (!conf.contains("spark.master")) {
            conf.setMaster("local[*]");
        }
        ExtractReport report;
        try (JavaSparkContext sc = new JavaSparkContext(conf)) {
            report = run(sc, Path.of(input), output);
        }
        report.problems().forEach(p -> System.err.println("claimgraph-spark: skipped " + p));
        System.err.printf(Locale.ROOT, "claimgraph-spark: %d article(s) from %d file(s) in %.1f s; stories graph %d"
                        + " triple(s) in %.1f s; %d input(s) skipped; shards in %s%n",
                report.articles(), report.files(), report.extractSeconds(), report.storyTriples(),
                report.storiesSeconds(), report.problems().size(), output);
        System.exit(report.problems().isEmpty() ? 0 : 1);
    }

    private static String value(String[] args, int i) {
        if (i >= args.length) {
            usage(args[i - 1] + " needs a value");
        }
        return args[i];
    }

    private static void usage(String problem) {
        System.err.println("claimgraph-spark: " + problem);
        System.err.println("usage: claimgraph-spark --input PATH --output DIR [--master local[*]]");
        System.exit(2);
    }

    /** Runs both passes on {@code sc}: articles of {@code input} to shards under {@code output}. */
    public static ExtractReport run(JavaSparkContext sc, Path input, String output) {
        return run(sc, List.of(input), output);
    }

    public static ExtractReport run(JavaSparkContext sc, List<Path> inputs, String output) {
        List<InputFile> files = new ArrayList<>();
        inputs.forEach(input -> files.addAll(inputFiles(input)));
        long start = System.nanoTime();
        int slices = Math.max(1, Math.min(files.size(), sc.defaultParallelism() * 4));
        JavaRDD<Output> outputs = sc.parallelize(files, slices)
                .flatMap(f -> ArticleExtraction.of(f).iterator())
                .persist(StorageLevel.MEMORY_AND_DISK());
        outputs.filter(o -> o.quads() != null).map(o -> o.quads().strip()).saveAsTextFile(output + "/articles");
        long articles = outputs.filter(o -> o.quads() != null).count();
        long words = outputs.map(o -> (long) o.words()).fold(0L, Long::sum);
        List<String> problems = outputs.filter(o -> o.problem() != null).map(Output::problem).collect();
        outputs.unpersist();
        double extractSeconds = (System.nanoTime() - start) / 1e9;
        start = System.nanoTime();
        long storyTriples = StoriesJob.run(sc, output + "/articles", output + "/stories");
        return new ExtractReport(files.size(), articles, words, problems, storyTriples, extractSeconds,
                (System.nanoTime() - start) / 1e9);
    }

    /** The files to read, as the core's reader would find them: a directory recursively, in sorted order. */
    static List<InputFile> inputFiles(Path input) {
        Path absolute = input.toAbsolutePath();
        if (!Files.isDirectory(absolute)) {
            Path parent = absolute.getParent();
            return List.of(new InputFile(parent.toString(), absolute.toString()));
        }
        try (Stream<Path> walk = Files.walk(absolute)) {
            List<InputFile> files = new ArrayList<>();
            walk.filter(Files::isRegularFile).sorted()
                    .forEach(f -> files.add(new InputFile(absolute.toString(), f.toString())));
            return files;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + input, e);
        }
    }
}
