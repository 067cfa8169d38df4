package org.claimgraph.query;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.irix.IRIException;
import org.apache.jena.irix.IRIx;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingBuilder;

/**
 * Turns the text values a caller gives for a stored query's parameters into RDF terms bound to the
 * query's variables. The values never become SPARQL text: they are nodes put into the query's syntax
 * tree as a VALUES block at the head of the WHERE clause, so a value such as {@code x> } ; DROP ALL #}
 * is only ever a string that matches nothing. When the query goes to a remote endpoint, Jena's own
 * serializer writes those nodes, escaping them as terms.
 *
 * <p>Why VALUES rather than Jena's {@code substitution}: substitution also rewrites sub-SELECTs that
 * project the variable into {@code SELECT (<iri> AS ?v) ... GROUP BY (<iri> AS ?v)}, which Jena
 * evaluates locally but which is not legal SPARQL once serialized, so remote execution failed with 400.
 * A VALUES block joins with the pattern instead and leaves the query's text valid; ARQ still evaluates
 * the pattern with the value substituted (an index join), so it costs no full scan.
 *
 * <p>Two parameters every stored query takes without declaring them page through its rows:
 * {@value #LIMIT} (default {@value #DEFAULT_LIMIT}) and {@value #OFFSET} (default 0), applied after the
 * query's ORDER BY. A listing of a large store (every event, every actor) then answers with its first
 * page instead of all of it, and a caller asks for the next page rather than for everything at once.
 * A query that cuts its page in a sub-select ({@link PageSelect}) gets its values and its paging there.
 */
public final class ParameterBinding {

    static {
        PageFunctions.register(); // the page functions some stored queries call
    }

    /** The paging parameter giving the most rows wanted. */
    public static final String LIMIT = "limit";
    /** The paging parameter giving how many rows to skip. */
    public static final String OFFSET = "offset";
    /** Rows of a page when the caller names no limit: a screenful for a person, a batch for a script. */
    public static final long DEFAULT_LIMIT = 1_000;

    /** A scheme, then a colon: what an absolute IRI starts with (RFC 3986). */
    private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:.+");

    private ParameterBinding() {
    }

    /**
     * The binding for {@code values}; every name must be a declared parameter of {@code query}, and every
     * required parameter must be given.
     *
     * @throws BadParameterException naming the unknown parameter and the declared ones, or the missing one
     */
    public static Binding bind(StoredQuery query, Map<String, String> values) {
        BindingBuilder builder = BindingBuilder.create();
        for (Map.Entry<String, String> e : new LinkedHashMap<>(values).entrySet()) {
            if (e.getKey().equals(LIMIT) || e.getKey().equals(OFFSET)) {
                continue; // paging, applied to the query itself
            }
            if (query.parameter(e.getKey()).isEmpty()) {
                throw new BadParameterException("stored query '" + query.name() + "' has no parameter '"
                        + e.getKey() + "'; its parameters: " + declared(query));
            }
            builder.add(Var.alloc(e.getKey()), node(e.getValue()));
        }
        for (StoredQuery.Parameter p : query.parameters()) {
            if (p.required() && !values.containsKey(p.name())) {
                throw new BadParameterException("stored query '" + query.name() + "' needs its parameter '"
                        + p.name() + "' (" + p.description() + ")");
            }
        }
        return builder.build();
    }

    /**
     * An absolute IRI, when the value is one Jena accepts as such, else a plain string literal. A value
     * that only half looks like an IRI (spaces, angle brackets, quotes) is a literal.
     */
    public static Node node(String value) {
        if (SCHEME.matcher(value).matches()) {
            try {
                IRIx iri = IRIx.create(value);
                if (iri.isAbsolute()) {
                    return NodeFactory.createURI(iri.str());
                }
            } catch (IRIException e) {
                // not an IRI after all: fall through to a literal
            }
        }
        return NodeFactory.createLiteralString(value);
    }

    /**
     * {@code query} with {@code values} bound; the stored query's own {@link Query} is left untouched.
     *
     * @throws BadParameterException for a parameter the query does not declare
     */
    public static Query apply(StoredQuery query, Map<String, String> values) {
        Binding binding = bind(query, values);
        long limit = count(query, values, LIMIT, DEFAULT_LIMIT);
        long offset = count(query, values, OFFSET, 0);
        if (PageSelect.of(query.query()).isPresent()) {
            return PageSelect.cut(query.query(), binding, limit, offset);
        }
        Query bound = query.query().cloneQuery();
        bound.setQueryPattern(PageSelect.withValues(bound.getQueryPattern(), binding));
        // The query's own LIMIT and OFFSET, if any, stay: paging applies within them.
        if (!bound.hasLimit() || bound.getLimit() > limit) {
            bound.setLimit(limit);
        }
        if (offset > 0) {
            bound.setOffset(bound.hasOffset() ? bound.getOffset() + offset : offset);
        }
        return bound;
    }

    /** A paging parameter's value: a whole number, at least 0. */
    private static long count(StoredQuery query, Map<String, String> values, String name, long otherwise) {
        String value = values.get(name);
        if (value == null) {
            return otherwise;
        }
        try {
            long n = Long.parseLong(value.strip());
            if (n >= 0) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new BadParameterException("stored query '" + query.name() + "': " + name
                + " must be a whole number, at least 0, not '" + value + "'");
    }

    private static String declared(StoredQuery query) {
        if (query.parameters().isEmpty()) {
            return "none";
        }
        return String.join(", ", query.parameters().stream().map(StoredQuery.Parameter::name).toList());
    }
}
