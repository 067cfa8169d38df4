package org.claimgraph.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.jena.query.Query;
import org.claimgraph.store.ClaimStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The limit and offset every stored query takes, on the fixture's claims in a real TDB2 store. */
class PagingTest {

    @TempDir
    Path dir;

    private final QueryCatalog catalog = QueryCatalog.fromDirectory(Path.of("queries"));
    private final QueryRunner runner = new QueryRunner();

    private List<String> claims(ClaimStore store, Map<String, String> params) {
        List<String> out = new ArrayList<>();
        runner.select(catalog.get("claims"), params, store.datasetGraph())
                .forEachRemaining(b -> out.add(b.get("claim").getURI()));
        return out;
    }

    @Test
    void pagesFollowTheQuerysOrder() {
        try (ClaimStore store = ClaimStore.open(dir.resolve("db"))) {
            new ClaimFixture().load(store);
            List<String> all = claims(store, Map.of());
            assertEquals(3, all.size());
            assertEquals(all.subList(0, 2), claims(store, Map.of("limit", "2")));
            assertEquals(all.subList(2, 3), claims(store, Map.of("limit", "2", "offset", "2")));
            assertEquals(all.subList(1, 3), claims(store, Map.of("offset", "1")));
            assertEquals(List.of(), claims(store, Map.of("limit", "0")));
            List<String> one = claims(store, Map.of("article", ClaimFixture.ARTICLE_ONE));
            assertEquals(2, one.size());
            assertEquals(one.subList(0, 1), claims(store, Map.of("article", ClaimFixture.ARTICLE_ONE, "limit", "1")));
        }
    }

    @Test
    void withoutALimitAPageHoldsTheDefault() {
        StoredQuery contradictions = catalog.get("contradictions");
        assertEquals(ParameterBinding.DEFAULT_LIMIT, ParameterBinding.apply(contradictions, Map.of()).getLimit());
        assertEquals(5, ParameterBinding.apply(contradictions, Map.of("limit", "5")).getLimit());
        assertEquals(false, contradictions.query().hasLimit(), "the stored query itself is left alone");
        // A query that cuts its page in a sub-select is paged there, and its parameters are bound there.
        StoredQuery claims = catalog.get("claims");
        Query bound = ParameterBinding.apply(claims, Map.of("limit", "5", "offset", "10", "source", "urn:x"));
        Query page = PageSelect.of(bound).orElseThrow();
        assertEquals(5, page.getLimit());
        assertEquals(10, page.getOffset());
        assertFalse(bound.hasOffset(), "the page is not skipped twice");
        // The page function learns how many rows the page needs (offset + limit) through ?pageRows.
        assertTrue(page.toString().contains("VALUES ( ?source ?pageRows )"), page.toString());
        assertTrue(page.toString().contains("( <urn:x> 15 )"), page.toString());
        assertEquals(false, PageSelect.of(claims.query()).orElseThrow().hasLimit(), "the stored query itself is left alone");
        assertEquals(ParameterBinding.DEFAULT_LIMIT, PageSelect.of(ParameterBinding.apply(claims, Map.of())).orElseThrow().getLimit());
    }

    @Test
    void aLimitOrOffsetThatIsNoCountIsRefused() {
        StoredQuery claims = catalog.get("claims");
        for (String bad : List.of("-1", "ten", "", "1.5", "} LIMIT 1 #")) {
            assertThrows(BadParameterException.class, () -> ParameterBinding.apply(claims, Map.of("limit", bad)), bad);
            assertThrows(BadParameterException.class, () -> ParameterBinding.apply(claims, Map.of("offset", bad)), bad);
        }
    }
}
