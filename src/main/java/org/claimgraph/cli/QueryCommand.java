package org.claimgraph.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.apache.jena.query.QueryCancelledException;
import org.claimgraph.query.ParameterBinding;
import org.claimgraph.query.QueryCatalog;
import org.claimgraph.query.QueryRunner;
import org.claimgraph.query.ResultFormat;
import org.claimgraph.query.StoredQuery;
import org.claimgraph.query.TooManyRowsException;
import org.claimgraph.store.ClaimStore;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "query", mixinStandardHelpOptions = true,
        description = {"Run a stored query against the local store or a SPARQL endpoint.",
                "Without NAME, list the stored queries with their parameters and columns.",
                "Parameter values that are absolute IRIs are bound as IRIs, anything else as a plain string."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:results written", "1:the query ran out of time or returned more rows than allowed",
                "2:bad name, parameter or option, or the store cannot be opened",
                "3:unexpected internal error, e.g. the endpoint cannot be reached (run with --debug for the stack trace)"})
public final class QueryCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "NAME", description = "Stored query, e.g. claims.")
    String name;

    @ArgGroup(exclusive = true)
    Target target = new Target();

    /** Where the query runs: one or the other, never both. */
    static final class Target {
        @Option(names = "--store", paramLabel = "DIR", description = "TDB2 store directory (default: claimgraph-db).")
        Path store;

        @Option(names = "--endpoint", paramLabel = "URL",
                description = "SPARQL query endpoint, e.g. http://localhost:3030/claims/sparql.")
        String endpoint;
    }

    @Option(names = {"-p", "--param"}, paramLabel = "NAME=VALUE", description = "Bind a parameter; repeatable.")
    Map<String, String> params = new LinkedHashMap<>();

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
            description = "table, csv, tsv or json (SPARQL results JSON) (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--queries", paramLabel = "DIR",
            description = "Stored queries directory (default: ./queries if present, else the packaged ones).")
    Path queries;

    @Option(names = "--max-rows", paramLabel = "N", defaultValue = "" + QueryRunner.DEFAULT_MAX_ROWS,
            description = "Most rows to accept; a query giving more writes nothing and exits 1 (default: ${DEFAULT-VALUE}).")
    long maxRows;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "10",
            description = "Time limit (default: ${DEFAULT-VALUE}).")
    double timeoutSeconds;

    @Override
    public Integer call() {
        QueryCatalog catalog = userError(() -> QueryCatalog.load(queries));
        PrintStream out = System.out;
        if (name == null) {
            list(catalog, out);
            return 0;
        }
        StoredQuery query = userError(() -> catalog.get(name));
        ResultFormat resultFormat = userError(() -> ResultFormat.named(format));
        if (!(timeoutSeconds > 0)) {
            throw new ParameterException(spec.commandLine(), "--timeout must be a positive number of seconds");
        }
        if (maxRows < 1) {
            throw new ParameterException(spec.commandLine(), "--max-rows must be at least 1");
        }
        QueryRunner runner = new QueryRunner(Duration.ofMillis(Math.max(1, Math.round(timeoutSeconds * 1000))), maxRows);
        // Check the parameters before opening anything, so a typo costs nothing.
        userError(() -> ParameterBinding.apply(query, params));
        try {
            if (target.endpoint != null) {
                if (query.needsClaimgraphEngine()) {
                    spec.commandLine().getErr().println("claimgraph: note: '" + name + "' reads its page with"
                            + " claimgraph's own property functions; an endpoint other than 'claimgraph serve'"
                            + " answers it with no rows (run it with --store on a claimgraph store instead)");
                }
                runner.run(query, params, target.endpoint, resultFormat, out);
            } else {
                Path dir = target.store != null ? target.store : Path.of("claimgraph-db");
                if (!Files.isDirectory(dir)) {
                    throw new ParameterException(spec.commandLine(),
                            "no store at " + dir + " (load articles with 'claimgraph ingest' first, or give --store)");
                }
                try (ClaimStore db = StoreOption.open(dir)) {
                    runner.run(query, params, db.datasetGraph(), resultFormat, out);
                }
            }
        } catch (TooManyRowsException e) {
            out.flush();
            spec.commandLine().getErr().println("claimgraph: " + e.getMessage() + " (or raise --max-rows)");
            return 1;
        } catch (QueryCancelledException e) {
            out.flush();
            spec.commandLine().getErr().println("claimgraph: query '" + name + "' exceeded the time limit of " + timeoutSeconds + " s");
            return 1;
        }
        out.flush();
        return 0;
    }

    private static void list(QueryCatalog catalog, PrintStream out) {
        for (StoredQuery q : catalog.all()) {
            out.println(q.name() + ": " + q.description());
            for (StoredQuery.Parameter p : q.parameters()) {
                out.println("    --param " + p.name() + "=...   " + p.description());
            }
            out.println("    columns: " + String.join(", ", q.columns()));
        }
    }

    /** Runs {@code step}, turning a bad name, parameter or format into picocli's usage error. */
    private <T> T userError(Supplier<T> step) {
        try {
            return step.get();
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
    }
}
