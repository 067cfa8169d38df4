package org.claimgraph.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.apache.jena.atlas.web.HttpException;
import org.claimgraph.push.GraphStorePush;
import org.claimgraph.push.PushReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "push", mixinStandardHelpOptions = true,
        description = {"Send N-Quads shards to a SPARQL 1.1 Graph Store Protocol endpoint (Fuseki, GraphDB, Virtuoso...).",
                "One request per named graph: PUT, so sending again replaces. A journal in DIR (.push-*.journal)"
                        + " records what the endpoint accepted; after a failure, run the same command again to resume."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:everything sent", "1:the endpoint refused or failed; rerun to resume",
                "2:bad arguments", "3:unexpected internal error (run with --debug)"})
public final class PushCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--endpoint", paramLabel = "URL", required = true,
            description = "Graph Store endpoint, e.g. http://127.0.0.1:3030/claims/data")
    String endpoint;

    @Option(names = "--user", paramLabel = "U", description = "User for HTTP authentication.")
    String user;

    @Option(names = "--passwd-file", paramLabel = "F",
            description = "File whose first line is the password of --user (kept off the command line).")
    Path passwdFile;

    @Parameters(paramLabel = "DIR", description = "Directory of shards, searched recursively.")
    Path dir;

    @Override
    public Integer call() {
        if (!Files.isDirectory(dir)) {
            throw new UserError(dir + " is not a directory of shards");
        }
        if ((user == null) != (passwdFile == null)) {
            throw new UserError("give --user and --passwd-file together");
        }
        PrintWriter err = spec.commandLine().getErr();
        GraphStorePush push = new GraphStorePush(endpoint, credentials());
        try {
            PushReport report = push.push(dir);
            err.printf("claimgraph: sent %d graph(s), %d triple(s) to %s; %d already sent before%n",
                    report.sent(), report.triples(), endpoint, report.skipped());
            return 0;
        } catch (HttpException e) {
            err.println("claimgraph: push stopped: " + endpoint + " answered " + e.getMessage()
                    + "; what it accepted is journalled, run the same command again to resume");
            return 1;
        } finally {
            err.flush();
        }
    }

    private Optional<GraphStorePush.Credentials> credentials() {
        if (user == null) {
            return Optional.empty();
        }
        try {
            String password = Files.readAllLines(passwdFile, StandardCharsets.UTF_8).stream().findFirst().orElse("");
            return Optional.of(new GraphStorePush.Credentials(user, password.strip()));
        } catch (IOException e) {
            throw new UserError("cannot read --passwd-file " + passwdFile + ": " + e.getMessage());
        }
    }
}
