package org.claimgraph.bench;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.ToDoubleFunction;
import org.apache.jena.atlas.json.JsonNumber;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.system.Txn;
import org.claimgraph.query.QueryCatalog;
import org.claimgraph.query.QueryRunner;
import org.claimgraph.query.StoredQuery;
import org.claimgraph.store.ClaimStore;

/**
 * Times every stored query the way a user runs it: through {@link QueryRunner} with all rows read, each
 * run with its parameter bound to a different value drawn from the store (the claims of one article,
 * the chain of one claim, the names of one actor). A query without parameters runs as it is.
 *
 * <p>A random value is the typical case, not the worst: the most-quoted actor or the commonest word
 * has thousands of times more rows than a random one, and a listing without a parameter reads the
 * whole store. Each query with parameters is therefore also timed in its worst cases, reported beside
 * the query's own entry under {@code NAME@unbound} (no parameter), {@code NAME@most-quoted} (its actor or
 * source parameter bound to the actor with the most claims attributed to it) and
 * {@code NAME@commonest-word} (its term bound to the word with the most entries in the query index's
 * word index: texts of claims and names).
 */
final class QueryLatency {

    /** Which parameter to bind when a query declares several, most selective first. */
    private static final List<String> PREFERRED = List.of("claim", "article", "actor", "source");
    private static final Map<String, String> SAMPLE_CLASS = Map.of(
            "claim", "cg:Claim", "article", "cg:Article", "actor", "cg:Actor", "source", "cg:Source");
    private static final int SAMPLES = 1000;
    private static final int WARM_UP = 2;
    /** Long enough to see how slow a slow query is, rather than a time-out. */
    static final Duration LIMIT = Duration.ofSeconds(60);
    /** A worst case whose warm-up run takes longer is reported from that one run, so the bench ends. */
    private static final double SLOW_MS = 10_000;

    private final QueryCatalog catalog;
    private final QueryRunner runner = new QueryRunner(LIMIT);

    QueryLatency(QueryCatalog catalog) {
        this.catalog = catalog;
    }

    /** Latency of every stored query, by name, over {@code runs} runs each. */
    Map<String, Latency> measure(ClaimStore store, int runs) {
        Random random = new Random(7); // the same draws every run, so runs compare
        Map<String, List<String>> samples = new LinkedHashMap<>();
        Map<String, Latency> out = new LinkedHashMap<>();
        for (StoredQuery query : catalog.all()) {
            String parameter = PREFERRED.stream().filter(p -> query.parameter(p).isPresent()).findFirst().orElse(null);
            List<String> values = parameter == null ? List.of()
                    : samples.computeIfAbsent(parameter, p -> sample(store, SAMPLE_CLASS.get(p)));
            double[] millis = new double[runs];
            for (int i = -WARM_UP; i < runs; i++) {
                Map<String, String> bound = values.isEmpty() ? Map.of()
                        : Map.of(parameter, values.get(random.nextInt(values.size())));
                double t = time(query, bound, store);
                if (i >= 0) {
                    millis[i] = t;
                }
            }
            out.put(query.name(), Latency.of(millis));
        }
        out.putAll(worstCases(store, runs));
        return out;
    }

    /** Whether {@code key} of {@link #measure}'s answer names a worst case rather than a query. */
    static boolean isWorstCase(String key) {
        return key.contains("@");
    }

    /**
     * The worst cases of {@link #measure}'s answer as JSON: {@code {"actor-claims@most-quoted": ms, ...}},
     * in key order. The JSON keys {@code query_p50_ms}/{@code query_p95_ms} keep one entry per stored query.
     */
    static JsonObject worstCases(Map<String, Latency> measured, ToDoubleFunction<Latency> value) {
        JsonObject out = new JsonObject();
        new TreeMap<>(measured).forEach((key, latency) -> {
            if (isWorstCase(key)) {
                out.put(key, JsonNumber.value(BigDecimal.valueOf(value.applyAsDouble(latency))
                        .setScale(2, RoundingMode.HALF_UP)));
            }
        });
        return out;
    }

    /** The worst cases of every query with parameters, keyed {@code NAME@CASE}. */
    private Map<String, Latency> worstCases(ClaimStore store, int runs) {
        Map<String, Latency> out = new LinkedHashMap<>();
        String actor = top(store, "SELECT ?x (COUNT(?c) AS ?n) { GRAPH cgg:query-index { ?x a cg:Actor } "
                + "?c cg:attributedTo ?x } GROUP BY ?x ORDER BY DESC(?n) ?x LIMIT 1");
        String word = top(store, "SELECT ?x (COUNT(?c) AS ?n) { GRAPH cgg:query-index { ?c cg:searchWord ?x } } "
                + "GROUP BY ?x ORDER BY DESC(?n) ?x LIMIT 1");
        for (StoredQuery query : catalog.all()) {
            if (query.parameters().isEmpty()) {
                continue;
            }
            // A query that needs a parameter refuses to run without it: it has no unbound case.
            if (query.parameters().stream().noneMatch(StoredQuery.Parameter::required)) {
                out.put(query.name() + "@unbound", repeat(query, Map.of(), store, runs));
            }
            for (String p : List.of("actor", "source")) {
                if (actor != null && query.parameter(p).isPresent()) {
                    out.put(query.name() + "@most-quoted", repeat(query, Map.of(p, actor), store, runs));
                    break;
                }
            }
            if (word != null && query.parameter("term").isPresent()) {
                out.put(query.name() + "@commonest-word", repeat(query, Map.of("term", word), store, runs));
            }
        }
        return out;
    }

    /** {@code runs} runs after a warm-up, or the warm-up alone when it took over {@link #SLOW_MS}. */
    private Latency repeat(StoredQuery query, Map<String, String> parameters, ClaimStore store, int runs) {
        double first = time(query, parameters, store);
        if (first > SLOW_MS) {
            return Latency.of(new double[] {first});
        }
        double[] millis = new double[runs];
        for (int i = 0; i < runs; i++) {
            millis[i] = time(query, parameters, store);
        }
        return Latency.of(millis);
    }

    /** The first value of {@code ?x} in the answer of {@code select}, as text; null when it has none. */
    private static String top(ClaimStore store, String select) {
        String sparql = "PREFIX cg: <https://w3id.org/claimgraph/ontology#> "
                + "PREFIX cgg: <https://w3id.org/claimgraph/id/graph/> " + select;
        return Txn.calculateRead(store.dataset(), () -> {
            try (QueryExecution qe = QueryExecution.dataset(store.dataset()).query(sparql).build()) {
                ResultSet rs = qe.execSelect();
                if (!rs.hasNext()) {
                    return null;
                }
                var x = rs.next().get("x");
                return x == null ? null : x.isURIResource() ? x.asResource().getURI() : x.asLiteral().getLexicalForm();
            }
        });
    }

    private double time(StoredQuery query, Map<String, String> parameters, ClaimStore store) {
        long start = System.nanoTime();
        try {
            long rows = runner.select(query, parameters, store.datasetGraph()).size();
            if (rows < 0) {
                throw new AssertionError();
            }
        } catch (QueryCancelledException e) {
            return LIMIT.toMillis(); // reported as the limit: the query is at least this slow
        }
        return (System.nanoTime() - start) / 1e6;
    }

    /** Up to {@link #SAMPLES} IRIs of the class drawn evenly from the whole store (reservoir sampling). */
    private static List<String> sample(ClaimStore store, String cls) {
        String sparql = "PREFIX cg: <https://w3id.org/claimgraph/ontology#> SELECT ?x { ?x a " + cls + " }";
        Random random = new Random(11);
        return Txn.calculateRead(store.dataset(), () -> {
            List<String> reservoir = new ArrayList<>(SAMPLES);
            long seen = 0;
            try (QueryExecution qe = QueryExecution.dataset(store.dataset()).query(sparql).build()) {
                ResultSet rs = qe.execSelect();
                while (rs.hasNext()) {
                    QuerySolution s = rs.next();
                    if (!s.get("x").isURIResource()) {
                        continue;
                    }
                    seen++;
                    if (reservoir.size() < SAMPLES) {
                        reservoir.add(s.getResource("x").getURI());
                    } else {
                        long j = (long) (random.nextDouble() * seen);
                        if (j < SAMPLES) {
                            reservoir.set((int) j, s.getResource("x").getURI());
                        }
                    }
                }
            }
            return reservoir;
        });
    }
}
