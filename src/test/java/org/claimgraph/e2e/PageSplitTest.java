package org.claimgraph.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.query.QueryExecutionFactory;
import org.apache.jena.system.Txn;
import org.claimgraph.cli.Ingestion;
import org.claimgraph.extract.Span;
import org.claimgraph.ingest.Article;
import org.claimgraph.ingest.ArticleReader;
import org.claimgraph.store.ClaimStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Seed 001 holds two stories: two articles, each with its own title and metadata, offsets into the one file. */
class PageSplitTest {

    static final Path PAGE = DemoCorpus.ARTICLES.resolve("001_6e7b28dd61abec0b.txt");
    static final String SECOND = "Lebanese PM's Office Denies US Asked Lebanon to Declare Unilateral Ceasefire with Israel";

    @TempDir
    Path dir;

    private static List<Article> stories() {
        return new ArticleReader().read(PAGE).results().stream().map(Article.class::cast).toList();
    }

    @Test
    void seed001IsTwoStoriesWithTheirOwnTitlesAndMetadata() throws Exception {
        List<Article> stories = stories();
        assertEquals(2, stories.size());
        Article first = stories.get(0);
        Article second = stories.get(1);
        String file = Files.readString(PAGE);
        assertEquals(file, first.text(), "the text stays the whole file, so offsets point into it");
        assertEquals(file, second.text());
        assertEquals("Undeclared Truce in Iraq Allows Sudani to Mend Ties with Washington", first.metadata().title());
        assertEquals(SECOND, second.metadata().title());
        assertEquals("Asharq Al-Awsat", second.metadata().publisher());
        assertEquals("Reuters", second.metadata().originalReporter());
        assertEquals("2024", second.metadata().date().toString());
        assertEquals(file.indexOf(SECOND), second.part().region().start(), "story 2 starts at its headline");
        assertTrue(file.substring(first.part().region().end(), second.part().region().start()).isBlank(),
                "story 1 ends where story 2 begins, but for blank lines");
        assertTrue(first.part().region().of(file).endsWith("undisclosed reasons."));
    }

    @Test
    void furnitureIsRecognised() {
        Article second = stories().get(1);
        String text = second.text();
        List<String> furniture = second.part().furniture().stream().map(s -> s.of(text)).toList();
        assertTrue(furniture.contains("TT"), furniture.toString());
        assertTrue(furniture.stream().filter(SECOND::equals).count() == 2, "both copies of the headline");
        assertEquals(4, furniture.stream().filter(f -> f.startsWith("27 March 2023")).count(), "four caption copies");
        assertFalse(furniture.stream().anyMatch(f -> f.contains("two sources told Reuters")), "news is not furniture");
    }

    @Test
    void contentFarmFurnitureYieldsNoClaims() throws Exception {
        Path farm = DemoCorpus.ARTICLES.resolve("004_0e2771683f5781dd.txt");
        Article article = (Article) new ArticleReader().read(farm).results().get(0);
        String text = article.text();
        List<String> furniture = article.part().furniture().stream().map(s -> s.of(text)).toList();
        for (String expected : List.of("Physical Address", "304 North Cardinal St.", "Dorchester Center, MA 02124",
                "Source link", "Articles:\u00a01837")) {
            assertTrue(furniture.contains(expected), expected + " not in " + furniture);
        }
        assertTrue(furniture.stream().anyMatch(f -> f.startsWith("Nathan is an experienced journalist")), furniture.toString());
        for (Span f : article.part().furniture()) {
            assertTrue(article.part().region().contains(f));
        }
    }

    @Test
    void reloadingThePageReplacesBothStoriesAndKeepsEachOnce() {
        try (ClaimStore store = ClaimStore.open(dir.resolve("db"))) {
            PrintStream quiet = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
            assertEquals(0, Ingestion.ingest(store, List.of(PAGE), quiet));
            List<String> once = graphs(store);
            long size = store.size();
            assertEquals(2, once.size(), once.toString());
            assertEquals(0, Ingestion.ingest(store, List.of(PAGE), quiet));
            assertEquals(once, graphs(store));
            assertEquals(size, store.size());
        }
    }

    private static List<String> graphs(ClaimStore store) {
        String query = """
                PREFIX cg: <https://w3id.org/claimgraph/ontology#>
                SELECT DISTINCT ?g { GRAPH ?g { ?a cg:origin ?o } } ORDER BY ?g""";
        return Txn.calculateRead(store.dataset(), () -> {
            List<String> names = new ArrayList<>();
            try (var qe = QueryExecutionFactory.create(query, store.dataset())) {
                qe.execSelect().forEachRemaining(s -> names.add(s.getResource("g").getURI()));
            }
            return names;
        });
    }
}
