package org.claimgraph.query;

import java.util.List;
import java.util.Optional;
import org.apache.jena.query.Query;

/**
 * A named SPARQL query kept in a {@code .rq} file, with what its header comment promises: the question
 * it answers, the parameters a caller may bind, and the columns of its results (a contract for callers;
 * columns may be added at the end, never renamed).
 *
 * @param name        the file name without {@code .rq}, e.g. {@code attribution-chain}
 * @param description the question the query answers
 * @param parameters  variables a caller may bind to a value, none required
 * @param columns     the result columns, in order
 * @param query       the parsed query, never modified: binding makes a new one
 */
public record StoredQuery(String name, String description, List<Parameter> parameters, List<String> columns,
                          Query query) {

    public StoredQuery {
        parameters = List.copyOf(parameters);
        columns = List.copyOf(columns);
    }

    /** A variable of the query that a caller may fix to one value. */
    public record Parameter(String name, String description) {
    }

    public Optional<Parameter> parameter(String parameterName) {
        return parameters.stream().filter(p -> p.name().equals(parameterName)).findFirst();
    }
}
