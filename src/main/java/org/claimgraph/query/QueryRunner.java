package org.claimgraph.query;

import java.io.OutputStream;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.jena.query.Query;
import org.apache.jena.query.ResultSet;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecBuilder;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.RowSetRewindable;
import org.apache.jena.sparql.exec.http.QueryExecHTTP;
import org.apache.jena.system.Txn;

/**
 * Runs stored queries, against a local dataset or a remote SPARQL endpoint, always with a time limit.
 * Parameters are bound as RDF terms in the query's syntax tree ({@link ParameterBinding}); no value is
 * ever pasted into query text. A query that runs out of time ends with
 * Jena's {@link org.apache.jena.query.QueryCancelledException} (locally) or an HTTP error (remotely).
 */
public final class QueryRunner {

    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);

    private final Duration timeout;

    public QueryRunner(Duration timeout) {
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("the time limit must be positive, not " + timeout);
        }
        this.timeout = timeout;
    }

    public QueryRunner() {
        this(DEFAULT_TIMEOUT);
    }

    public Duration timeout() {
        return timeout;
    }

    /**
     * All result rows, read into memory before returning, so that a caller (the server) learns of a
     * timeout before it writes anything.
     */
    public RowSetRewindable select(StoredQuery query, Map<String, String> parameters, DatasetGraph dataset) {
        Query bound = ParameterBinding.apply(query, parameters);
        return Txn.calculateRead(dataset, () -> {
            try (QueryExec exec = local(bound, dataset)) {
                return exec.select().rewindable();
            }
        });
    }

    /** Runs against a local dataset (a TDB2 store), writing rows as they come. */
    public void run(StoredQuery query, Map<String, String> parameters, DatasetGraph dataset,
                    ResultFormat format, OutputStream out) {
        Query bound = ParameterBinding.apply(query, parameters);
        Txn.executeRead(dataset, () -> {
            try (QueryExec exec = local(bound, dataset)) {
                write(query, exec.select(), format, out);
            }
        });
    }

    /** Runs against a SPARQL endpoint such as {@code http://localhost:3030/claims/sparql}. */
    public void run(StoredQuery query, Map<String, String> parameters, String endpoint,
                    ResultFormat format, OutputStream out) {
        Query bound = ParameterBinding.apply(query, parameters);
        QueryExecBuilder builder = QueryExecHTTP.service(endpoint)
                .query(bound)
                .timeout(timeout.toMillis(), TimeUnit.MILLISECONDS);
        try (QueryExec exec = builder.build()) {
            write(query, exec.select(), format, out);
        }
    }

    private QueryExec local(Query bound, DatasetGraph dataset) {
        return QueryExec.dataset(dataset)
                .query(bound)
                .timeout(timeout.toMillis(), TimeUnit.MILLISECONDS)
                .build();
    }

    private static void write(StoredQuery query, RowSet rows, ResultFormat format, OutputStream out) {
        ResultSet results = ResultSet.adapt(rows);
        format.write(out, results, query.query());
    }
}
