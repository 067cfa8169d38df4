package org.claimgraph.query;

import java.util.List;
import java.util.Optional;
import org.apache.jena.query.Query;
import org.claimgraph.rdf.Vocab;

/**
 * A named SPARQL query kept in a {@code .rq} file, with what its header comment promises: the question
 * it answers, the parameters a caller may bind, and the columns of its results (a contract for callers;
 * columns may be added at the end, never renamed).
 *
 * @param name        the file name without {@code .rq}, e.g. {@code attribution-chain}
 * @param description the question the query answers
 * @param parameters  variables a caller may bind to a value; those whose description ends in "(required)"
 *                    must be bound
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

        /**
         * Whether a caller must give it: the header says so with "(required)" at the end of its
         * description, for a query that would otherwise read the whole store to answer nothing useful.
         */
        public boolean required() {
            return description.endsWith("(required)");
        }
    }

    public Optional<Parameter> parameter(String parameterName) {
        return parameters.stream().filter(p -> p.name().equals(parameterName)).findFirst();
    }

    /**
     * Whether the query calls one of claimgraph's own property functions ({@link PageFunctions}), which
     * only claimgraph's engine (its {@code query} command and its server) evaluates: any other SPARQL
     * server reads such a call as a plain triple pattern that matches nothing.
     */
    public boolean needsClaimgraphEngine() {
        Query plain = query.cloneQuery();
        // Written without prefixes, every IRI appears in full whatever the query's prefix is named.
        plain.getPrefixMapping().clearNsPrefixMap();
        return plain.serialize().contains(Vocab.FUNCTION_NS);
    }
}
