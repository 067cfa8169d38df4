package org.claimgraph.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.query.QueryExecutionFactory;
import org.apache.jena.sparql.exec.RowSetRewindable;
import org.apache.jena.system.Txn;
import org.claimgraph.provenance.CopyDetector;
import org.claimgraph.provenance.CopyPair;
import org.claimgraph.provenance.StoriesPass;
import org.claimgraph.query.QueryCatalog;
import org.claimgraph.query.QueryRunner;
import org.claimgraph.store.ClaimStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Copies of one story across the seeds, linked to a node for the original report in the stories graph. */
class StoryCopiesTest {

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

    /** origin of each article IRI (a split page's stories share one, told apart by "#headline"). */
    private static Map<String, String> origins() {
        String q = """
                PREFIX cg: <https://w3id.org/claimgraph/ontology#>
                PREFIX schema: <https://schema.org/>
                SELECT ?a ?o ?t { ?a cg:origin ?o OPTIONAL { ?a schema:headline ?t } }""";
        return Txn.calculateRead(store.dataset(), () -> {
            Map<String, String> origins = new HashMap<>();
            try (var qe = QueryExecutionFactory.create(q, store.dataset())) {
                qe.execSelect().forEachRemaining(s -> origins.put(s.getResource("a").getURI(),
                        s.getLiteral("o").getString().substring(0, 3)
                                + (s.contains("t") && s.getLiteral("t").getString().startsWith("Lebanese") ? "#2" : "")));
            }
            return origins;
        });
    }

    @Test
    void theSpunCopyAndTheMachineTranslationAreCopiesOfOneReutersReport() {
        RowSetRewindable rows = new QueryRunner().select(QueryCatalog.load(Path.of("queries")).get("story-copies"),
                Map.of(), store.datasetGraph());
        Map<String, String> origins = origins();
        Map<String, String> kindOf = new HashMap<>();
        Map<String, String> originalOf = new HashMap<>();
        List<String> figures = new ArrayList<>();
        while (rows.hasNext()) {
            var row = rows.next();
            String copy = origins.get(row.get("copy").getURI());
            kindOf.put(copy, row.get("kind").getLocalName());
            originalOf.put(copy, row.get("original").getURI());
            if (row.contains("alignedSentences")) {
                figures.add(copy + ": " + row.get("alignedSentences").getLiteralLexicalForm() + " of "
                        + row.get("copySentences").getLiteralLexicalForm() + " sentences aligned, similarity "
                        + row.get("similarity").getLiteralLexicalForm());
            }
        }
        System.out.println("story-copies: " + kindOf + "; " + figures);
        assertEquals(Map.of("000", "Translation", "001#2", "Reprint", "002", "SpunCopy",
                "003", "MachineTranslation", "004", "Reprint"), kindOf);
        assertEquals(originalOf.get("002"), originalOf.get("003"), "one Reuters report behind both");
        assertEquals(4, originalOf.values().stream().distinct().count(), "four original reports: "
                + "The National's, the Reuters report on Lebanon, the Reuters report on Iraq, the New York Times item");
        assertEquals(2, figures.size(), "alignment figures for the two aligned copies: " + figures);
    }

    @Test
    void alignmentFindsOnlyThePairThatTellsOneStory() {
        CopyDetector.Result found = StoriesPass.refresh(store);
        Map<String, String> origins = origins();
        List<String> pairs = found.pairs().stream()
                .map(p -> origins.get(p.a()) + "~" + origins.get(p.b())).sorted().toList();
        assertEquals(1, pairs.size(), "pairs found: " + pairs);
        CopyPair pair = found.pairs().get(0);
        assertTrue(List.of("002~003", "003~002").contains(pairs.get(0)), pairs.toString());
        int sentences002 = origins.get(pair.a()).equals("002") ? pair.sentencesA() : pair.sentencesB();
        System.out.printf("copy pairs found: %d; 002~003: %d sentences aligned (002 has %d, 003 has %d),"
                        + " %d shared shingles, similarity %.3f%n", pairs.size(), pair.aligned(), sentences002,
                pair.sentencesA() + pair.sentencesB() - sentences002, pair.sharedShingles(), pair.similarity());
        // 002 is the second half of the report 003 translates whole: most of 002 must find its sentence in 003
        assertTrue(pair.aligned() >= 0.6 * sentences002, pair.toString());
    }
}
