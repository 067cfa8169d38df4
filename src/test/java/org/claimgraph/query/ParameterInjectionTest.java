package org.claimgraph.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.claimgraph.store.ClaimStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Values that would break out of a spliced query: closing braces, comments, line breaks, angle
 * brackets, quotes of both kinds, backslashes. Each stays one RDF term equal to what was given, the
 * bound query still parses after a round trip through its text (what goes to a remote endpoint),
 * finds nothing, and changes nothing.
 */
class ParameterInjectionTest {

    static final List<String> ATTACKS = List.of(
            "} ; DROP ALL #",
            "x\n} DELETE WHERE { ?s ?p ?o } #",
            "urn:x> } ; DROP ALL ; <urn:y",
            "http://example.org/a> . ?s ?p ?o } #",
            "http://example.org/a\n#",
            "\" } ; CLEAR ALL ; \"",
            "' } ; CLEAR ALL ; '",
            "\"\"\" } INSERT DATA { <urn:a> <urn:b> <urn:c> } \"\"\"",
            "\\\" ) } #",
            "<script>alert(1)</script>",
            "?s ?p ?o",
            "$source",
            "}}}}}}}}",
            "#",
            "");

    @TempDir
    Path dir;

    @Test
    void everyAttackIsOneTermThatMatchesNothing() {
        try (ClaimStore store = ClaimStore.open(dir.resolve("db"))) {
            new ClaimFixture().load(store);
            long before = store.size();
            QueryCatalog catalog = QueryCatalog.fromDirectory(Path.of("queries"));
            QueryRunner runner = new QueryRunner(Duration.ofSeconds(10));
            for (String attack : ATTACKS) {
                Node node = ParameterBinding.node(attack);
                assertEquals(attack, node.isURI() ? node.getURI() : node.getLiteralLexicalForm(), attack);
                for (String[] target : new String[][] {{"claims", "source"}, {"claims", "article"},
                        {"attribution-chain", "claim"}, {"actors", "actor"},
                        {"claims", "claim"}, {"actor-claims", "actor"}}) {
                    StoredQuery q = catalog.get(target[0]);
                    Map<String, String> params = Map.of(target[1], attack);
                    Query bound = ParameterBinding.apply(q, params);
                    Query reparsed = QueryFactory.create(bound.serialize());
                    assertEquals(bound, reparsed, "text round trip changes the query for " + attack);
                    assertEquals(0, runner.select(q, params, store.datasetGraph()).size(), target[0] + " " + attack);
                }
            }
            assertEquals(before, store.size());
            assertTrue(ATTACKS.size() >= 15);
            // The page size a page function reads is the runner's to bind, never a caller's.
            for (String query : List.of("claims", "actor-claims")) {
                assertThrows(BadParameterException.class, () -> ParameterBinding.apply(catalog.get(query),
                        Map.of(PageFunctions.PAGE_ROWS.getVarName(), "1")), query);
            }
        }
    }
}
