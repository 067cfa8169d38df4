package org.claimgraph.reliability;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.claimgraph.cli.ClaimgraphCommand;
import picocli.CommandLine;

/**
 * The real {@code claimgraph} entry point run in this JVM, as {@code main} would run it (same error
 * handler, --debug read from the arguments), with standard output and error captured.
 */
record CliRun(int exit, String out, String err) {

    static CliRun of(String... args) {
        PrintStream oldOut = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        StringWriter err = new StringWriter();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            CommandLine cli = ClaimgraphCommand.commandLine(Arrays.asList(args).contains("--debug"));
            cli.setErr(new PrintWriter(err, true));
            int exit = cli.execute(args);
            return new CliRun(exit, out.toString(StandardCharsets.UTF_8), err.toString());
        } finally {
            System.setOut(oldOut);
        }
    }

    /** A Java stack trace: frames ("\tat pkg.Class.method(") or a cause chain. */
    boolean hasStackTrace() {
        String all = out + "\n" + err;
        return all.matches("(?s).*\\n\\s+at [\\w$.]+\\(.*") || all.contains("Caused by:");
    }
}
