package org.claimgraph.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
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
        return out;
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
