package org.claimgraph.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.jena.query.QueryExecutionFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.sparql.exec.RowSetRewindable;
import org.apache.jena.system.Txn;
import org.claimgraph.rdf.TextSegment;
import org.claimgraph.query.QueryCatalog;
import org.claimgraph.query.QueryRunner;
import org.claimgraph.store.ClaimStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The chains issue 5 names, as the stored query attribution-chain returns them from the seeds loaded
 * into a TDB2 store: every hop from the speaker to the page, in order, with its role.
 */
class SeedChainsTest {

    @TempDir
    static Path dir;
    static ClaimStore store;

    @BeforeAll
    static void load() {
        store = ClaimStore.open(dir.resolve("db"));
        DemoCorpus.ingest(store);
    }

    @AfterAll
    static void close() {
        store.close();
    }

    /**
     * The chain of each claim whose content contains {@code fragment}, each hop as "agentName/Role". The
     * extractor may find the same words inside several overlapping attributions; the chain must
     * be the chain of one of them.
     */
    static List<List<String>> chains(ClaimStore store, String fragment) {
        List<List<String>> chains = new ArrayList<>();
        for (String claim : claimsWith(store, fragment)) {
            chains.add(chainOf(store, claim));
        }
        return chains;
    }

    static List<String> chainOf(ClaimStore store, String claim) {
        RowSetRewindable rows = new QueryRunner().select(QueryCatalog.load(Path.of("queries")).get("attribution-chain"),
                Map.of("claim", claim), store.datasetGraph());
        List<String> hops = new ArrayList<>();
        int expectedDepth = 0;
        while (rows.hasNext()) {
            var row = rows.next();
            assertEquals(expectedDepth++, Integer.parseInt(row.get("depth").getLiteralLexicalForm()),
                    "hops come ordered by depth from 0");
            hops.add(row.get("agentName").getLiteralLexicalForm() + "/" + row.get("role").getLocalName());
        }
        return hops;
    }

    /** The claims whose content contains {@code fragment}; the extractor must find one (issue 5 names it). */
    static List<String> claimsWith(ClaimStore store, String fragment) {
        String query = """
                PREFIX cg: <https://w3id.org/claimgraph/ontology#>
                SELECT ?claim ?text { ?claim cg:contentText ?text } ORDER BY STRLEN(?text) ?claim""";
        List<String> found = Txn.calculateRead(store.dataset(), () -> {
            List<String> claims = new ArrayList<>();
            try (var qe = QueryExecutionFactory.create(query, store.dataset())) {
                qe.execSelect().forEachRemaining((QuerySolution s) -> {
                    if (s.getLiteral("text").getString().contains(fragment)) {
                        claims.add(s.getResource("claim").getURI());
                    }
                });
            }
            return claims;
        });
        assertFalse(found.isEmpty(), "the extractor found no claim containing \"" + fragment
                + "\" in the seeds; issue 5's chains need it");
        return found;
    }

    private static void assertSomeChain(String fragment, java.util.function.Predicate<List<String>> expected,
                                        String description) {
        List<List<String>> chains = chains(store, fragment);
        assertTrue(chains.stream().anyMatch(expected),
                "no claim containing \"" + fragment + "\" has the chain " + description + "; chains found: " + chains);
    }

    @Test
    void secretTalksTravelledFromOfficialsThroughTheFinancialTimesAndTheNationalToShafaqNews() {
        assertSomeChain("the United States held secret talks with Iran last January",
                hops -> hops.size() == 4 && hops.get(0).matches("(American and )?Iranian officials/Said")
                        && hops.subList(1, 4).equals(List.of(
                                "Financial Times/ToldTo", "The National/ReportedBy", "Shafaq News/TranslatedBy")),
                "[American and Iranian officials/Said, Financial Times/ToldTo, The National/ReportedBy,"
                        + " Shafaq News/TranslatedBy]");
    }

    @Test
    void helpMeHelpYouTravelledFromHochsteinThroughADiplomatAndReutersToAsharqAlAwsat() {
        assertSomeChain("help me, help you",
                // the speaker is the whole actor: "Hochstein" resolves to Amos Hochstein (issue 4)
                hops -> hops.size() == 4 && hops.get(0).matches("(Amos )?Hochstein/Said")
                        && hops.get(1).matches("(?i).*diplomat/QuotedBy")
                        && hops.subList(2, 4).equals(List.of("Reuters/ToldTo", "Asharq Al-Awsat/ReprintedBy")),
                "[Hochstein/Said, the diplomat/QuotedBy, Reuters/ToldTo, Asharq Al-Awsat/ReprintedBy]");
    }

    @Test
    void clearAmericanEffortsTravelledFromAnInformedSourceThroughTheNationalToShafaqNews() {
        List<String> expected = List.of("an informed source/Said", "The National/QuotedBy", "Shafaq News/TranslatedBy");
        assertSomeChain("there are clear American efforts", expected::equals, expected.toString());
    }

    @Test
    void twoSourcesToldReuters() {
        List<String> expected = List.of("two sources/Said", "Reuters/ToldTo", "Asharq Al-Awsat/ReprintedBy");
        assertSomeChain("a US envoy had made the request", expected::equals, expected.toString());
    }

    @Test
    void hopsShownInTheTextCarryTheirEvidence() {
        String claim = claimsWith(store, "the United States held secret talks with Iran last January").stream()
                .filter(c -> chainOf(store, c).contains("Financial Times/ToldTo")).findFirst().orElseThrow();
        String query = """
                PREFIX cg: <https://w3id.org/claimgraph/ontology#>
                SELECT ?depth ?e ?text { <%s> cg:inArticle ?a ; cg:hop ?h . ?h cg:depth ?depth ; cg:evidence ?e .
                  ?a cg:text ?text }""".formatted(claim);
        List<String> evidence = Txn.calculateRead(store.dataset(), () -> {
            List<String> rows = new ArrayList<>();
            try (var qe = QueryExecutionFactory.create(query, store.dataset())) {
                qe.execSelect().forEachRemaining(s -> rows.add(s.getLiteral("depth").getInt() + ":"
                        + TextSegment.parse(s.getResource("e").getURI()).orElseThrow()
                                .quote(s.getLiteral("text").getString()).orElseThrow()));
            }
            return rows;
        });
        assertTrue(evidence.contains("1:told the Financial Times"), evidence.toString());
        assertTrue(evidence.contains("2:stated"), evidence.toString());
        assertTrue(evidence.stream().anyMatch(e -> e.startsWith("3:Translated by: Shafaq News")), evidence.toString());
    }
}
