package org.claimgraph.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.claimgraph.cli.EvalCommand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The CLI's contract only: exit codes, output format, errors file. Scores depend on the extractor. */
class EvalCommandTest {

    @TempDir
    Path tmp;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cli = new CommandLine(new EvalCommand());
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        return cli.execute(args);
    }

    private Path tinyCorpus() throws IOException {
        return new TinyCorpus(tmp.resolve("split")).text("art", "Smith said the plan works.")
                .ann("art", "0001", "T1\tSource 0 5\tSmith", "T2\tCue 6 10\tsaid", "T3\tContent 11 25\tthe plan works",
                        "E1\tAttribution:T2 Source:T1 Cue:T2 Content:T3")
                .dir();
    }

    @Test
    void directoryThatIsNotPolnearExitsWithTwoNamingIt() {
        Path notCorpus = tmp.resolve("elsewhere");
        assertEquals(2, run("polnear", notCorpus.toString()));
        assertTrue(err.toString().contains("not a PolNeAR layout"), err.toString());
        assertTrue(err.toString().contains("elsewhere"), err.toString());
    }

    @Test
    void jsonOutputAndErrorsFile() throws IOException {
        Path errors = tmp.resolve("errors.tsv");
        assertEquals(0, run("polnear", tinyCorpus().toString(), "--format", "json", "--errors", errors.toString()));
        JsonObject json = JSON.parse(out.toString());
        assertEquals(1, json.get("articles").getAsNumber().value().intValue());
        assertTrue(Files.readString(errors).startsWith("# kind\trole\tarticle"));
    }

    @Test
    void textOutputByDefault() throws IOException {
        assertEquals(0, run("polnear", tinyCorpus().toString(), "--limit", "1"));
        assertTrue(out.toString().contains("== key figures =="), out.toString());
    }

    @Test
    void actorsAndEventsShareTheSampleOptions() throws IOException {
        Path articles = Files.createDirectories(tmp.resolve("articles"));
        Files.writeString(articles.resolve("a.txt"), "Hillary Clinton said the plan works. Later Clinton said it failed.\n");
        Files.writeString(articles.resolve("b.txt"), "Senator Bernie Sanders said that Clinton was right.\n");
        assertEquals(0, run("actors", articles.toString(), "--sample", "1", "--seed", "7"), err.toString());
        assertTrue(out.toString().startsWith("articles 2, "), out.toString());
        // one merge sampled ("Hillary Clinton" with "Clinton"), numbered 1 and no 2
        assertTrue(out.toString().contains(" 1. "), out.toString());
        assertTrue(!out.toString().contains(" 2. "), out.toString());
        out.getBuffer().setLength(0);
        assertEquals(0, run("events", articles.toString(), "--sample", "0"), err.toString());
        assertTrue(out.toString().startsWith("articles 2, events "), out.toString());
        assertEquals(2, run("events"), "DIR is required");
    }
}
