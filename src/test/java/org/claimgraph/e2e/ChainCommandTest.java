package org.claimgraph.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.claimgraph.cli.ClaimgraphCommand;
import org.claimgraph.store.ClaimStore;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** `claimgraph chain CLAIM` draws the chain of a seed claim as DOT, and as SVG through Graphviz. */
class ChainCommandTest {

    @TempDir
    static Path dir;
    static Path db;
    static String claim;

    @BeforeAll
    static void load() {
        db = dir.resolve("db");
        try (ClaimStore store = ClaimStore.open(db)) {
            DemoCorpus.ingest(store);
            claim = SeedChainsTest.claimsWith(store, "there are clear American efforts").stream()
                    .filter(c -> SeedChainsTest.chainOf(store, c).get(0).equals("an informed source/Said"))
                    .findFirst().orElseThrow();
        }
    }

    private static int run(StringWriter err, String... args) {
        CommandLine cli = ClaimgraphCommand.commandLine(false);
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    @Test
    void drawsTheChainAsDot() throws IOException {
        Path out = dir.resolve("chain.dot");
        StringWriter err = new StringWriter();
        assertEquals(0, run(err, "chain", claim, "--store", db.toString(), "--format", "dot", "--out", out.toString()),
                err.toString());
        String dot = Files.readString(out);
        assertTrue(dot.startsWith("digraph chain {"), dot);
        assertTrue(dot.contains("h0 [label=\"an informed source\"]"), dot);
        assertTrue(dot.contains("h0 -> h1 [label=\"quoted by\"]"), dot);
        assertTrue(dot.contains("h1 -> h2 [label=\"translated by\"]"), dot);
        assertTrue(dot.contains("Shafaq News"), dot);
    }

    @Test
    void drawsTheChainAsSvgWhenGraphvizIsInstalled() throws IOException {
        Path out = dir.resolve("chain.svg");
        StringWriter err = new StringWriter();
        int code = run(err, "chain", claim, "--store", db.toString(), "--format", "svg", "--out", out.toString());
        if (graphvizInstalled()) {
            assertEquals(0, code, err.toString());
            String svg = Files.readString(out);
            assertTrue(svg.contains("<svg") && svg.contains("an informed source"), svg);
        } else {
            assertEquals(2, code);
            assertTrue(err.toString().contains("apt-get install graphviz"), err.toString());
        }
    }

    @Test
    void anUnknownClaimIsAOneLineError() {
        StringWriter err = new StringWriter();
        assertEquals(2, run(err, "chain", "no-such-claim", "--store", db.toString()));
        assertTrue(err.toString().startsWith("claimgraph: no claim"), err.toString());
    }

    private static boolean graphvizInstalled() {
        try {
            return new ProcessBuilder("dot", "-V").redirectErrorStream(true).start().waitFor() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }
}
