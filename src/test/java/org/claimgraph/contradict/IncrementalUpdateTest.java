package org.claimgraph.contradict;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.claimgraph.cli.Ingestion;
import org.claimgraph.rdf.Vocab;
import org.claimgraph.rdf.Vocab.CG;
import org.claimgraph.store.ClaimStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Adding an article compares only its claims with indexed candidates, and finds what a rebuild finds. */
class IncrementalUpdateTest {

    @TempDir
    Path dir;

    @Test
    void addingAnArticleFindsItsContradictionsWithoutARescan() {
        DatasetGraph dsg = SeedCorpus.extract(SeedCorpus.ARTICLES, g -> !g.origin().contains("001_"));
        UpdateReport first = ContradictionFinder.rebuild(dsg);
        SeedCorpus.add(dsg, SeedCorpus.ARTICLES.resolve("001_6e7b28dd61abec0b.txt"), g -> true);
        // Seed 001 is one page holding two stories: two articles.
        Set<String> added = articlesFrom(dsg, "001_");
        UpdateReport update = ContradictionFinder.update(dsg, added);

        DatasetGraph all = SeedCorpus.extract();
        UpdateReport full = ContradictionFinder.rebuild(all);
        System.out.printf("incremental: %d claims read, %d comparisons; full rebuild: %d claims, %d comparisons%n",
                update.claimsRead(), update.comparisons(), full.claimsRead(), full.comparisons());

        assertTrue(update.claimsRead() < full.claimsRead() / 2, "only the new article's claims are read");
        assertTrue(update.comparisons() < full.comparisons(), "fewer comparisons than a rebuild");
        long naive = (long) update.claimsRead() * (full.claimsRead() - update.claimsRead())
                + (long) update.claimsRead() * (update.claimsRead() - 1) / 2;
        assertTrue(update.comparisons() * 10 < naive, update.comparisons() + " comparisons against " + naive
                + " for the new claims against all");
        assertEquals(nodes(all), nodes(dsg), "the same contradictions as a rebuild");
        assertTrue(update.contradictionsInGraph() > first.contradictionsInGraph());
        assertTrue(update.written().stream().allMatch(f -> added.contains(f.a().claim().article())
                || added.contains(f.b().claim().article())), "every new finding involves the new article");
    }

    @Test
    void numbersThatCannotBothHoldAreFoundAndADifferentPeriodIsNot() throws IOException {
        DatasetGraph dsg = SeedCorpus.extract();
        ContradictionFinder.rebuild(dsg);
        Path tally = dir.resolve("tally.txt");
        Files.writeString(tally, """
                Militia attack tally disputed
                A Pentagon official said there had been fewer than 100 attacks on U.S. forces since October.
                Iraqi officials said there were more than 20 attacks on U.S. forces in the two weeks before the visit.
                A U.S. military spokesman said there had been more than 150 attacks on U.S. forces since October.
                """, StandardCharsets.UTF_8);
        SeedCorpus.add(dsg, tally, g -> true);
        UpdateReport update = ContradictionFinder.update(dsg, articlesFrom(dsg, "tally.txt"));

        List<Finding> numeric = update.written().stream().filter(f -> f.kind().equals(CG.NumericConflict)).toList();
        numeric.forEach(f -> System.out.println(SeedContradictionsTest.describe(f)));
        assertTrue(numeric.stream().anyMatch(f -> texts(f).contains("fewer than 100") && texts(f).contains("160-plus")),
                "fewer than 100 against Ryder's 160-plus");
        assertFalse(numeric.stream().anyMatch(f -> texts(f).contains("more than 20")), "another period");
        assertFalse(numeric.stream().anyMatch(f -> texts(f).contains("more than 150") && texts(f).contains("160-plus")),
                "more than 150 and 160-plus agree");
    }

    @Test
    void theStoredQueryListsThemFromATdb2Store() {
        try (ClaimStore store = ClaimStore.inMemory()) {
            Ingestion.ingest(store, List.of(SeedCorpus.ARTICLES),
                    new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
            UpdateReport report = ContradictionFinder.rebuild(store);
            List<Map<String, String>> rows = Txn.calculateRead(store.dataset(), () -> {
                try (QueryExecution qe = QueryExecution.dataset(store.dataset())
                        .query(QueryFactory.read("queries/contradictions.rq")).build()) {
                    List<Map<String, String>> out = new java.util.ArrayList<>();
                    qe.execSelect().forEachRemaining((QuerySolution s) -> {
                        Map<String, String> row = new java.util.HashMap<>();
                        s.varNames().forEachRemaining(v -> row.put(v, s.get(v).toString()));
                        out.add(row);
                    });
                    return out;
                }
            });
            assertEquals(report.contradictionsInGraph(), rows.size());
            Map<String, String> top = rows.get(0);
            for (String column : List.of("claimA", "claimB", "textA", "textB", "sourceA", "sourceB", "kind", "topic",
                    "explanation", "confidence", "evidenceA", "evidenceB")) {
                assertTrue(top.containsKey(column), column + " in " + top.keySet());
            }
            assertTrue(rows.stream().anyMatch(r -> r.get("kind").equals(CG.ExplicitDenial.getURI())
                    && r.get("sourceB").endsWith("najib-mikati")));
        }
    }

    @Test
    void aDumpHoldsTheContradictionsButNotTheIndex() {
        DatasetGraph dsg = SeedCorpus.extract();
        UpdateReport report = ContradictionFinder.forDump(dsg);
        assertEquals(report.contradictionsInGraph(), nodes(dsg).size());
        assertFalse(Txn.calculateRead(dsg, () -> dsg.containsGraph(Vocab.PROPOSITION_INDEX_GRAPH.asNode())
                && dsg.getGraph(Vocab.PROPOSITION_INDEX_GRAPH.asNode()).size() > 0));
    }

    @Test
    void aPageReloadedWithNewTextTakesItsOldClaimsOutOfTheIndexAndTheContradictions() throws IOException {
        Path corpus = Files.createDirectories(dir.resolve("corpus"));
        try (var seeds = Files.list(SeedCorpus.ARTICLES)) {
            for (Path p : seeds.toList()) {
                Files.copy(p, corpus.resolve(p.getFileName()));
            }
        }
        PrintStream quiet = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        try (ClaimStore store = ClaimStore.open(dir.resolve("db"))) {
            Ingestion.ingest(store, List.of(corpus), quiet);
            DatasetGraph dsg = store.datasetGraph();
            // The seed with the most contradictions: its claims must leave when its text changes.
            Map<String, Set<String>> claimsByArticle = Txn.calculateRead(dsg, () -> claimsInContradictions(dsg));
            String article = claimsByArticle.entrySet().stream()
                    .max(Map.Entry.comparingByValue(java.util.Comparator.comparingInt(Set::size))).orElseThrow().getKey();
            Set<String> oldClaims = Txn.calculateRead(dsg, () -> claimsOf(dsg, article));
            Path file = corpus.resolve(Path.of(Txn.calculateRead(dsg, () -> originOf(dsg, article))).getFileName());
            Files.writeString(file, Files.readString(file) + "\nThe ceasefire held overnight, a spokesman said.\n");

            Ingestion.ingest(store, List.of(file), quiet);

            Txn.executeRead(dsg, () -> {
                assertFalse(dsg.containsGraph(org.apache.jena.graph.NodeFactory.createURI(article)),
                        "new text, new article IRI: the old graph is gone");
                for (String claim : oldClaims) {
                    Node c = org.apache.jena.graph.NodeFactory.createURI(claim);
                    assertFalse(dsg.contains(Vocab.PROPOSITION_INDEX_GRAPH.asNode(), c, Node.ANY, Node.ANY),
                            claim + " is still indexed");
                    for (Node side : List.of(CG.claimA.asNode(), CG.claimB.asNode())) {
                        assertFalse(dsg.contains(Vocab.CONTRADICTIONS_GRAPH.asNode(), Node.ANY, side, c),
                                claim + " is still in a contradiction");
                    }
                }
            });
            Set<String> updated = nodes(dsg);
            Set<String> indexed = Txn.calculateRead(dsg, () -> indexEntries(dsg));
            ContradictionFinder.rebuild(store);
            assertEquals(nodes(dsg), updated, "the same contradictions as a rebuild");
            assertEquals(Txn.calculateRead(dsg, () -> indexEntries(dsg)), indexed, "the same index as a rebuild");
        }
    }

    private static Map<String, Set<String>> claimsInContradictions(DatasetGraph dsg) {
        Map<String, Set<String>> out = new java.util.HashMap<>();
        for (Node side : List.of(CG.claimA.asNode(), CG.claimB.asNode())) {
            dsg.find(Vocab.CONTRADICTIONS_GRAPH.asNode(), Node.ANY, side, Node.ANY).forEachRemaining(q ->
                    dsg.find(Node.ANY, q.getObject(), CG.inArticle.asNode(), Node.ANY).forEachRemaining(a ->
                            out.computeIfAbsent(a.getObject().getURI(), k -> new HashSet<>()).add(q.getObject().getURI())));
        }
        assertFalse(out.isEmpty(), "the seeds hold contradictions");
        return out;
    }

    private static Set<String> claimsOf(DatasetGraph dsg, String article) {
        Set<String> out = new HashSet<>();
        dsg.find(Node.ANY, Node.ANY, CG.inArticle.asNode(), org.apache.jena.graph.NodeFactory.createURI(article))
                .forEachRemaining(q -> out.add(q.getSubject().getURI()));
        return out;
    }

    private static String originOf(DatasetGraph dsg, String article) {
        return dsg.find(Node.ANY, org.apache.jena.graph.NodeFactory.createURI(article), CG.origin.asNode(), Node.ANY)
                .next().getObject().getLiteralLexicalForm();
    }

    private static Set<String> indexEntries(DatasetGraph dsg) {
        Set<String> out = new HashSet<>();
        dsg.find(Vocab.PROPOSITION_INDEX_GRAPH.asNode(), Node.ANY, Node.ANY, Node.ANY)
                .forEachRemaining(q -> out.add(q.getSubject() + " " + q.getObject()));
        return out;
    }

    private static String texts(Finding f) {
        return f.a().claim().text() + " || " + f.b().claim().text();
    }

    private static Set<String> articlesFrom(DatasetGraph dsg, String origin) {
        return Txn.calculateRead(dsg, () -> {
            Set<String> out = new HashSet<>();
            dsg.find(Node.ANY, Node.ANY, CG.origin.asNode(), Node.ANY).forEachRemaining(q -> {
                if (q.getObject().getLiteralLexicalForm().contains(origin)) {
                    out.add(q.getSubject().getURI());
                }
            });
            assertFalse(out.isEmpty(), origin);
            return out;
        });
    }

    private static Set<String> nodes(DatasetGraph dsg) {
        return Txn.calculateRead(dsg, () -> {
            Set<String> out = new HashSet<>();
            dsg.find(Vocab.CONTRADICTIONS_GRAPH.asNode(), Node.ANY, RDF.type.asNode(), CG.Contradiction.asNode())
                    .forEachRemaining(q -> out.add(q.getSubject().getURI()));
            return out;
        });
    }
}
