package org.claimgraph.ingest;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SeedArticlesTest {

    private static final Path ARTICLES =
            Path.of(System.getProperty("claimgraph.home", ".")).resolve("data/articles");

    private static ReadReport report;
    private static Map<String, Article> byOrigin;

    @BeforeAll
    static void readSeeds() {
        report = new ArticleReader().read(ARTICLES);
        byOrigin = report.articles().stream().collect(Collectors.toMap(Article::origin, Function.identity(),
                // seed 001 holds two stories with one origin: the first stands for the page here
                (first, second) -> first));
    }

    @Test
    void allFiveLoadInSortedOrderWithoutProblems() {
        assertEquals(List.of(), report.problems());
        assertEquals(List.of(
                        "000_942d9fafd13b8ea5.txt",
                        "001_6e7b28dd61abec0b.txt",
                        "001_6e7b28dd61abec0b.txt",
                        "002_56520cda8067eaa6.txt",
                        "003_9bc42388ead6401a.txt",
                        "004_0e2771683f5781dd.txt"),
                report.articles().stream().map(Article::origin).toList());
    }

    @Test
    void textIsByteIdenticalToTheFile() throws IOException {
        for (Article article : report.articles()) {
            byte[] file = Files.readAllBytes(ARTICLES.resolve(article.origin()));
            assertArrayEquals(file, article.text().getBytes(StandardCharsets.UTF_8), article.origin());
        }
        assertEquals(6867, byOrigin.get("000_942d9fafd13b8ea5.txt").text().getBytes(StandardCharsets.UTF_8).length);
    }

    @Test
    void shafaqTranslationOfTheNational() {
        ArticleMetadata m = byOrigin.get("000_942d9fafd13b8ea5.txt").metadata();
        assertEquals("To Generalize The \"Iraqi Truce\"... American-Iranian Talks To Prevent The Escalation Of The Conflict",
                m.title());
        assertEquals("Shafaq News", m.publisher());
        assertEquals("The National", m.originalReporter());
        assertEquals("translation", m.derivation());
        assertEquals(PublicationDate.parse("2024-03-20"), m.date());
        assertEquals("en", m.language());
        assertNull(m.url());
        assertEquals(List.of(), m.authors());
    }

    @Test
    void asharqAlAwsatPageIsAnOriginalReport() {
        ArticleMetadata m = byOrigin.get("001_6e7b28dd61abec0b.txt").metadata();
        assertEquals("Undeclared Truce in Iraq Allows Sudani to Mend Ties with Washington", m.title());
        assertEquals("Asharq Al-Awsat", m.publisher());
        assertNull(m.derivation());
        assertEquals(PublicationDate.parse("2024-02"), m.date());
    }

    @Test
    void spunCopyOfReutersHasNoTitleFromItsSubheading() {
        ArticleMetadata m = byOrigin.get("002_56520cda8067eaa6.txt").metadata();
        // The first line "IRAQ-US TALKS RESUME" would pass as a title; the sidecar's "title": null rules it out.
        assertNull(m.title());
        assertNull(m.publisher());
        assertEquals("Reuters", m.originalReporter());
        assertEquals("spun-copy", m.derivation());
        assertEquals(PublicationDate.parse("2024-02"), m.date());
    }

    @Test
    void machineTranslatedReuters() {
        ArticleMetadata m = byOrigin.get("003_9bc42388ead6401a.txt").metadata();
        assertNull(m.title());
        assertEquals("Reuters", m.originalReporter());
        assertEquals("machine-translation", m.derivation());
        assertEquals(PublicationDate.parse("2024-02"), m.date());
    }

    @Test
    void contentFarmReprintOfTheTimes() {
        ArticleMetadata m = byOrigin.get("004_0e2771683f5781dd.txt").metadata();
        assertEquals("Iran Suggests It Doesn\u2019t Want War After U.S. Warning: Middle East Crisis Latest News", m.title());
        assertNull(m.publisher());
        assertEquals("The New York Times", m.originalReporter());
        assertEquals("reprint", m.derivation());
        assertEquals(PublicationDate.parse("2024-01-30"), m.date());
    }
}
