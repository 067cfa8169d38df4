package org.claimgraph.query;

import java.io.OutputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.jena.query.Query;
import org.apache.jena.query.ResultSet;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSetMem;
import org.apache.jena.sparql.exec.RowSetStream;
import org.apache.jena.sparql.engine.binding.Binding;
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

    static {
        PageFunctions.register(); // the page functions some stored queries call
    }

    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);
    /** Far more than any question about a news corpus needs; a query past it is a mistake or an attack. */
    public static final long DEFAULT_MAX_ROWS = 100_000;

    private final Duration timeout;
    private final long maxRows;

    public QueryRunner(Duration timeout, long maxRows) {
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("the time limit must be positive, not " + timeout);
        }
        if (maxRows < 1) {
            throw new IllegalArgumentException("the row limit must be at least 1, not " + maxRows);
        }
        this.timeout = timeout;
        this.maxRows = maxRows;
    }

    public QueryRunner(Duration timeout) {
        this(timeout, DEFAULT_MAX_ROWS);
    }

    public long maxRows() {
        return maxRows;
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
        Query bound = limited(ParameterBinding.apply(query, parameters));
        RowSetRewindable rows = Txn.calculateRead(dataset, () -> {
            try (QueryExec exec = local(bound, dataset)) {
                // A TDB2 row holds node ids that resolve only inside the transaction: detach each
                // row so the caller can write it after the transaction has ended.
                RowSet live = exec.select();
                List<Binding> detached = new ArrayList<>();
                live.forEachRemaining(b -> detached.add(b.detach()));
                return RowSetMem.create(RowSetStream.create(live.getResultVars(), detached.iterator()));
            }
        });
        if (rows.size() > maxRows) {
            throw new TooManyRowsException("stored query '" + query.name() + "' gives more than " + maxRows
                    + " rows; narrow it with its parameters");
        }
        return rows;
    }

    /**
     * The query asking for one row more than the limit, so that going over is seen without reading (or
     * holding in memory) everything a runaway query would give. A smaller LIMIT of the query's own stays.
     */
    private Query limited(Query bound) {
        if (maxRows == Long.MAX_VALUE) {
            return bound; // no limit asked for
        }
        long wanted = maxRows + 1;
        if (bound.hasLimit() && bound.getLimit() <= wanted) {
            return bound;
        }
        Query copy = bound.cloneQuery();
        copy.setLimit(wanted);
        return copy;
    }

    /**
     * Runs against a local dataset (a TDB2 store). Rows are read (at most the limit) before any is
     * written, so that a query over the limit writes nothing rather than a cut-off table.
     */
    public void run(StoredQuery query, Map<String, String> parameters, DatasetGraph dataset,
                    ResultFormat format, OutputStream out) {
        write(query, select(query, parameters, dataset), format, out);
    }

    /** Runs against a SPARQL endpoint such as {@code http://localhost:3030/claims/sparql}, with the same limit. */
    public void run(StoredQuery query, Map<String, String> parameters, String endpoint,
                    ResultFormat format, OutputStream out) {
        Query bound = limited(ParameterBinding.apply(query, parameters));
        QueryExecBuilder builder = QueryExecHTTP.service(endpoint)
                .query(bound)
                .timeout(timeout.toMillis(), TimeUnit.MILLISECONDS);
        RowSetRewindable rows;
        try (QueryExec exec = builder.build()) {
            rows = exec.select().rewindable();
        }
        if (rows.size() > maxRows) {
            throw new TooManyRowsException("stored query '" + query.name() + "' gives more than " + maxRows
                    + " rows; narrow it with its parameters");
        }
        write(query, rows, format, out);
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
