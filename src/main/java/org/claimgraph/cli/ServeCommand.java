package org.claimgraph.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.claimgraph.ingest.ReadLimits;
import org.claimgraph.query.QueryCatalog;
import org.claimgraph.query.QueryRunner;
import org.claimgraph.server.ClaimServer;
import org.claimgraph.server.ServerSettings;
import org.claimgraph.store.ClaimStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serve the store over HTTP: SPARQL, Graph Store reads, the stored queries and the Fuseki UI.",
                "Read-only and bound to localhost unless told otherwise; updates need --update with a password file,"
                        + " and then HTTP Basic credentials of a user in it. Administrative endpoints (/$/...) are"
                        + " never opened."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the server stopped",
                "2:bad options, the store cannot be opened (a file, or in use by another process), or the port is taken",
                "3:unexpected internal error (run with --debug for the stack trace)"})
public final class ServeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    StoreOption store;

    @Option(names = "--port", paramLabel = "N", defaultValue = "" + ServerSettings.DEFAULT_PORT,
            description = "Port; 0 picks a free one (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--host", paramLabel = "H", defaultValue = ServerSettings.DEFAULT_HOST,
            description = "Interface to listen on (default: ${DEFAULT-VALUE}, this machine only).")
    String host;

    @Option(names = "--update", description = "Allow SPARQL update and Graph Store writes, for the users of --passwd.")
    boolean update;

    @Option(names = "--passwd", paramLabel = "FILE",
            description = "Password file, one 'user: password' a line (Jetty format); required by --update.")
    Path passwd;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "10",
            description = "Time limit of every query (default: ${DEFAULT-VALUE}).")
    double timeoutSeconds;

    @Option(names = "--max-rows", paramLabel = "N", defaultValue = "" + QueryRunner.DEFAULT_MAX_ROWS,
            description = "Most rows a stored query may return; more is refused with 413 (default: ${DEFAULT-VALUE}).")
    long maxRows;

    @Option(names = "--queries", paramLabel = "DIR",
            description = "Stored queries directory (default: ./queries if present, else the packaged ones).")
    Path queries;

    @Parameters(paramLabel = "PATH", arity = "0..*", description = "Articles to ingest before serving.")
    List<Path> paths = new ArrayList<>();

    @Override
    public Integer call() {
        ServerSettings settings = settings();
        QueryCatalog catalog = catalog();
        ClaimStore db = store.open();
        if (!paths.isEmpty()) {
            // Hook for the ingest stage; problems are reported there and do not stop the server.
            Ingestion.ingest(db, paths, ReadLimits.DEFAULT, spec.commandLine().getErr());
        }
        settings.exposureWarning().ifPresent(w -> spec.commandLine().getErr().println("claimgraph: " + w));
        ClaimServer server = ClaimServer.start(db.datasetGraph(), catalog, settings);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.stop();
            db.close();
        }, "claimgraph-serve-shutdown"));
        announce(server, catalog, settings, System.out);
        server.join();
        return 0;
    }

    ServerSettings settings() {
        if (update && passwd == null) {
            throw new ParameterException(spec.commandLine(), "--update needs --passwd FILE");
        }
        if (passwd != null && !update) {
            throw new ParameterException(spec.commandLine(), "--passwd is only used with --update");
        }
        if (!(timeoutSeconds > 0)) {
            throw new ParameterException(spec.commandLine(), "--timeout must be a positive number of seconds");
        }
        Duration timeout = Duration.ofMillis(Math.max(1, Math.round(timeoutSeconds * 1000)));
        try {
            return new ServerSettings(host, port, timeout, Optional.ofNullable(passwd), maxRows);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
    }

    QueryCatalog catalog() {
        try {
            return QueryCatalog.load(queries);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
    }

    static void announce(ClaimServer server, QueryCatalog catalog, ServerSettings settings, PrintStream out) {
        out.println("claimgraph: serving on port " + server.port() + " (query time limit "
                + settings.timeout().toMillis() / 1000.0 + " s, stored queries from " + catalog.origin() + ")");
        server.describe().forEach(line -> out.println("  " + line));
        out.flush();
    }
}
