package org.claimgraph.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.sparql.exec.RowSetRewindable;
import org.claimgraph.cli.Ingestion;
import org.claimgraph.query.QueryCatalog;
import org.claimgraph.query.QueryRunner;
import org.claimgraph.store.ClaimStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Seeds 002, 003 and 004 without their sidecars: nothing says who reported them or how they were
 * copied, and the stories pass still finds the kinds (spun copy, machine translation, reprint) and,
 * for 002 and 003, Reuters, from the text alone.
 */
class CopyKindWithoutMetadataTest {

    @TempDir
    Path dir;

    @Test
    void theKindsOfTheSeedsCopiesComeFromTheirText() throws IOException {
        Path articles = Files.createDirectories(dir.resolve("articles"));
        for (String seed : List.of("002_56520cda8067eaa6", "003_9bc42388ead6401a", "004_0e2771683f5781dd")) {
            Files.copy(DemoCorpus.ARTICLES.resolve(seed + ".txt"), articles.resolve(seed + ".txt"));
        }
        try (ClaimStore store = ClaimStore.open(dir.resolve("db"))) {
            ByteArrayOutputStream messages = new ByteArrayOutputStream();
            int problems = Ingestion.ingest(store, List.of(articles), new PrintStream(messages, true, StandardCharsets.UTF_8));
            assertEquals(0, problems, messages.toString(StandardCharsets.UTF_8));

            RowSetRewindable rows = new QueryRunner().select(QueryCatalog.load(Path.of("queries")).get("story-copies"),
                    Map.of(), store.datasetGraph());
            Map<String, String> kinds = new HashMap<>();
            Map<String, String> reporters = new HashMap<>();
            Map<String, String> originals = new HashMap<>();
            Map<String, String> seedOf = origins(store);
            rows.forEachRemaining(row -> {
                String seed = seedOf.get(row.get("copy").getURI());
                kinds.put(seed, row.get("kind").getLocalName());
                originals.put(seed, row.get("original").getURI());
                if (row.contains("originalReporter")) {
                    reporters.put(seed, row.get("originalReporter").getURI());
                }
            });
            assertEquals(Map.of("002", "SpunCopy", "003", "MachineTranslation", "004", "Reprint"), kinds);
            assertEquals(Map.of("002", "https://w3id.org/claimgraph/id/actor/reuters",
                    "003", "https://w3id.org/claimgraph/id/actor/reuters"), reporters,
                    "004 names no reporter of its own: only its 'Source link' shows it is a copy");
            assertEquals(originals.get("002"), originals.get("003"));
        }
    }

    private static Map<String, String> origins(ClaimStore store) {
        String q = "PREFIX cg: <https://w3id.org/claimgraph/ontology#> SELECT ?a ?o { ?a cg:origin ?o }";
        return org.apache.jena.system.Txn.calculateRead(store.dataset(), () -> {
            Map<String, String> origins = new HashMap<>();
            try (var qe = org.apache.jena.query.QueryExecutionFactory.create(q, store.dataset())) {
                qe.execSelect().forEachRemaining(s -> origins.put(s.getResource("a").getURI(),
                        Path.of(s.getLiteral("o").getString()).getFileName().toString().substring(0, 3)));
            }
            return origins;
        });
    }
}
