package org.claimgraph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TextMetadataTest {

    private static final Path ARTICLES =
            Path.of(System.getProperty("claimgraph.home", ".")).resolve("data/articles");

    @Test
    void datelineOfShafaqSeedWithoutSidecar(@TempDir Path dir) throws IOException {
        Files.copy(ARTICLES.resolve("000_942d9fafd13b8ea5.txt"), dir.resolve("000_942d9fafd13b8ea5.txt"));

        ReadReport report = new ArticleReader().read(dir);

        assertEquals(List.of(), report.problems());
        ArticleMetadata m = report.articles().get(0).metadata();
        assertEquals(PublicationDate.day(LocalDate.of(2024, 3, 20)), m.date());
        assertEquals("Shafaq News", m.publisher());
        assertEquals("To Generalize The \"Iraqi Truce\"... American-Iranian Talks To Prevent The Escalation Of The Conflict",
                m.title());
        assertNull(m.originalReporter());
        assertNull(m.derivation());
    }

    @Test
    void sidecarWinsOverDatelineAndTextFillsTheRest(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("a.txt"), "Ceasefire Holds In The North\n2024-03-20 Shafaq News/ Calm returned.\n");
        Files.writeString(dir.resolve("a.meta.json"), "{\"publisher\": \"Other Agency\", \"date\": \"2024\"}");

        ArticleMetadata m = new ArticleReader().read(dir).articles().get(0).metadata();

        assertEquals("Other Agency", m.publisher());
        assertEquals(PublicationDate.parse("2024"), m.date(), "a sidecar year stays a year");
        assertEquals("Ceasefire Holds In The North", m.title());
    }

    @Test
    void labelsAndSentencesAreNotTitles() {
        assertNull(TextMetadata.of("Baghdad:\nA visit to Baghdad by the commander.\n").title());
        assertNull(TextMetadata.of("Physical Address\n\n304 North Cardinal St.\n").title());
        assertNull(TextMetadata.of("The militia said on Tuesday it would stop.\nMore text.").title());
        assertEquals("IRAQ-US TALKS RESUME", TextMetadata.of("IRAQ-US TALKS RESUME\nThe obvious success.").title());
    }

    @Test
    void datelineOnlyNearTheTopAndOnlyWithARealDate() {
        String deep = "One.\nTwo.\nThree.\nFour.\nFive.\n2024-03-20 Shafaq News/ late dateline\n";
        assertNull(TextMetadata.of(deep).date());
        ArticleMetadata impossible = TextMetadata.of("2024-02-30 Shafaq News/ text\n");
        assertNull(impossible.date());
        assertNull(impossible.publisher());
        ArticleMetadata withBom = TextMetadata.of("\uFEFF2024-01-30 Some Agency/ text\n");
        assertEquals(PublicationDate.day(LocalDate.of(2024, 1, 30)), withBom.date());
        assertEquals("Some Agency", withBom.publisher());
    }

    @Test
    void fileNameGivesTheDateWhenTextAndSidecarDoNot(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("cnn_2016-09-26_trump-rally.txt"), "Trump spoke on Monday. He said it went well.\n");

        ArticleMetadata m = new ArticleReader().read(dir).articles().get(0).metadata();

        assertEquals(PublicationDate.day(LocalDate.of(2016, 9, 26)), m.date());
    }

    @Test
    void datelineAndSidecarWinOverTheFileName(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("a_2016-09-26.txt"), "2024-03-20 Shafaq News/ Calm returned.\n");
        Files.writeString(dir.resolve("b_2016-09-26.txt"), "Calm returned.\n");
        Files.writeString(dir.resolve("b_2016-09-26.meta.json"), "{\"date\": \"2016-10-01\"}");

        List<Article> articles = new ArticleReader().read(dir).articles();

        assertEquals(2, articles.size());
        for (Article a : articles) {
            LocalDate expected = a.origin().contains("a_2016") ? LocalDate.of(2024, 3, 20) : LocalDate.of(2016, 10, 1);
            assertEquals(PublicationDate.day(expected), a.metadata().date(), a.origin());
        }
    }

    @Test
    void fileNameWithoutOneClearDateGivesNone() {
        assertEquals(java.util.Optional.empty(), FileNameDate.of("scan_20160926123456.txt"));
        assertEquals(java.util.Optional.empty(), FileNameDate.of("report_2016-02-30.txt"));
        assertEquals(java.util.Optional.empty(), FileNameDate.of("from_2016-09-26_to_2016-09-30.txt"));
        assertEquals(java.util.Optional.empty(), FileNameDate.of("id_12016-09-26.txt"));
        assertEquals(java.util.Optional.of(PublicationDate.day(LocalDate.of(2016, 9, 26))),
                FileNameDate.of("2016-09-26-a-2016-09-26.txt"));
    }
}
