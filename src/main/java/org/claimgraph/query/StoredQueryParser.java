package org.claimgraph.query;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.OpVars;
import org.apache.jena.sparql.core.Var;

/**
 * Reads one stored query: the header comment, then the SPARQL. The header is the leading block of
 * {@code #} lines:
 *
 * <pre>
 * # Question: Which claims ...?
 * # Parameters:
 * #   source  - IRI of a source: only its claims
 * # Columns: claim, article, source
 * </pre>
 *
 * {@code # Parameters: none} declares no parameter. The header is checked against the query itself
 * (columns equal to the projection, parameters mentioned in the query) so that a stale header fails
 * at load time rather than misleading a caller.
 */
final class StoredQueryParser {

    private static final Pattern FIELD = Pattern.compile("^(Question|Parameters|Columns):\\s*(.*)$");
    private static final Pattern PARAMETER = Pattern.compile("^([A-Za-z_][A-Za-z0-9_]*)\\s*(?:-+|:)\\s*(.*)$");

    StoredQuery parse(String name, String text) {
        String question = null;
        List<String> columns = null;
        List<StoredQuery.Parameter> parameters = new ArrayList<>();
        boolean inParameters = false;
        for (String raw : text.split("\\R")) {
            String line = raw.strip();
            if (!line.startsWith("#")) {
                break;
            }
            String body = line.substring(1).strip();
            Matcher field = FIELD.matcher(body);
            if (field.matches()) {
                inParameters = false;
                String value = field.group(2).strip();
                switch (field.group(1)) {
                    case "Question" -> question = value;
                    case "Columns" -> columns = splitColumns(value);
                    default -> inParameters = value.isEmpty();
                }
                continue;
            }
            Matcher param = PARAMETER.matcher(body);
            if (inParameters && raw.substring(raw.indexOf('#') + 1).startsWith("  ") && param.matches()) {
                parameters.add(new StoredQuery.Parameter(param.group(1), param.group(2).strip()));
            } else {
                inParameters = false;
            }
        }
        if (question == null || columns == null) {
            throw new IllegalArgumentException(
                    name + ".rq: the header comment needs '# Question:' and '# Columns:' lines");
        }
        Query query;
        try {
            query = QueryFactory.create(text);
        } catch (QueryParseException e) {
            throw new IllegalArgumentException(name + ".rq: " + e.getMessage(), e);
        }
        check(name, query, columns, parameters);
        return new StoredQuery(name, question, parameters, columns, query);
    }

    private static List<String> splitColumns(String value) {
        return Arrays.stream(value.split("[,\\s]+")).filter(s -> !s.isEmpty()).toList();
    }

    private static void check(String name, Query query, List<String> columns, List<StoredQuery.Parameter> params) {
        if (!query.isSelectType()) {
            throw new IllegalArgumentException(name + ".rq: stored queries are SELECT queries");
        }
        if (!query.getResultVars().equals(columns)) {
            throw new IllegalArgumentException(name + ".rq: header columns " + columns
                    + " differ from the query's projection " + query.getResultVars());
        }
        Set<String> mentioned = new HashSet<>(query.getResultVars());
        for (Var v : OpVars.mentionedVars(Algebra.compile(query))) {
            mentioned.add(v.getVarName());
        }
        for (StoredQuery.Parameter p : params) {
            if (!mentioned.contains(p.name())) {
                throw new IllegalArgumentException(name + ".rq: parameter '" + p.name()
                        + "' is not a variable of the query");
            }
        }
        PageSelect.of(query).ifPresent(page -> {
            Set<String> paged = new HashSet<>(page.getResultVars());
            for (Var v : OpVars.mentionedVars(Algebra.compile(page))) {
                paged.add(v.getVarName());
            }
            for (StoredQuery.Parameter p : params) {
                if (!paged.contains(p.name())) {
                    // It would be bound after the page is cut, filtering one page instead of choosing it.
                    throw new IllegalArgumentException(name + ".rq: parameter '" + p.name()
                            + "' is not a variable of the page sub-select");
                }
            }
        });
    }
}
