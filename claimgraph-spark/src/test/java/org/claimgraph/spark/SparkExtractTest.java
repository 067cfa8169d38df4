package org.claimgraph.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.claimgraph.cli.ClaimgraphCommand;
import org.claimgraph.rdf.Vocab;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Spark job on two local cores writes, graph for graph, what `claimgraph extract` writes for the
 * same input: every article graph and the stories graph isomorphic. (Contradictions are the store's
 * post-pass, run by `claimgraph load`; the job does not write them.)
 */
class SparkExtractTest {

    private static final Path HOME = Path.of(System.getProperty("claimgraph.home", ".."));
    private static final Path SEEDS = HOME.resolve("data/articles");
    /** The attribution corpus stays outside the repository, next to it. */
    private static final Path DEV_TEXTS = HOME.resolve("../shared/polnear/dev/text");

    private static JavaSparkContext sc;

    @TempDir
    Path dir;

    @BeforeAll
    static void start() {
        sc = new JavaSparkContext(new SparkConf().setMaster("local[2]").setAppName("claimgraph-spark-test")
                .set("spark.ui.enabled", "false"));
    }

    @AfterAll
    static void stop() {
        sc.close();
    }

    @Test
    void seedsAsExtractWritesThem() throws IOException {
        ExtractReport report = SparkExtract.run(sc, SEEDS, dir.resolve("out").toString());
        assertEquals(10, report.files(), "five articles and their sidecars");
        assertEquals(6, report.articles(), "one page holds two stories");
        assertTrue(report.problems().isEmpty(), report.problems().toString());
        assertTrue(report.storyTriples() > 0, "the seeds hold copies of one Reuters report");
        assertSameGraphs(extract(SEEDS), shards(dir.resolve("out")));
    }

    @Test
    void attributionCorpusDevAsExtractWritesIt() throws IOException {
        Assumptions.assumeTrue(Files.isDirectory(DEV_TEXTS),
                "skipped: no attribution corpus dev texts at " + DEV_TEXTS.normalize() + " (kept outside the repository)");
        ExtractReport report = SparkExtract.run(sc, DEV_TEXTS, dir.resolve("out").toString());
        assertTrue(report.articles() > 50, "articles: " + report.articles());
        assertSameGraphs(extract(DEV_TEXTS), shards(dir.resolve("out")));
    }

    private DatasetGraph extract(Path input) {
        Path dump = dir.resolve("extract.nq");
        int code = ClaimgraphCommand.commandLine(false).execute("extract", "--out", dump.toString(), input.toString());
        assertTrue(code == 0 || code == 1, "extract exit code " + code);
        DatasetGraph dsg = DatasetGraphFactory.createGeneral();
        RDFDataMgr.read(dsg, dump.toString(), Lang.NQUADS);
        dsg.removeGraph(NodeFactory.createURI(Vocab.CONTRADICTIONS_GRAPH.getURI()));
        return dsg;
    }

    private static DatasetGraph shards(Path out) throws IOException {
        DatasetGraph dsg = DatasetGraphFactory.createGeneral();
        try (Stream<Path> files = Files.walk(out)) {
            List<Path> parts = files.filter(f -> f.getFileName().toString().startsWith("part-")).toList();
            assertTrue(parts.size() >= 2, "article and stories shards: " + parts);
            for (Path part : parts) {
                RDFDataMgr.read(dsg, part.toString(), Lang.NQUADS);
            }
        }
        return dsg;
    }

    private static void assertSameGraphs(DatasetGraph expected, DatasetGraph actual) {
        Set<String> names = names(expected);
        assertTrue(names.contains(Vocab.STORIES_GRAPH.getURI()) || names.size() > 1, "graphs: " + names);
        assertEquals(names, names(actual), "graph names");
        for (String name : names) {
            Node n = NodeFactory.createURI(name);
            Graph e = expected.getGraph(n);
            Graph a = actual.getGraph(n);
            assertEquals(e.size(), a.size(), "triples in " + name);
            assertTrue(e.isIsomorphicWith(a), name + " differs");
        }
    }

    private static Set<String> names(DatasetGraph dsg) {
        Set<String> names = new TreeSet<>();
        dsg.listGraphNodes().forEachRemaining(n -> {
            if (!dsg.getGraph(n).isEmpty()) {
                names.add(n.getURI());
            }
        });
        return names;
    }
}
