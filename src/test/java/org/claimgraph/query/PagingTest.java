package org.claimgraph.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
        StoredQuery claims = catalog.get("claims");
        assertEquals(ParameterBinding.DEFAULT_LIMIT, ParameterBinding.apply(claims, Map.of()).getLimit());
        assertEquals(5, ParameterBinding.apply(claims, Map.of("limit", "5")).getLimit());
        assertEquals(false, claims.query().hasLimit(), "the stored query itself is left alone");
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
