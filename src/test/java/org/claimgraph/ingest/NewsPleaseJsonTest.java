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

class NewsPleaseJsonTest {

    @Test
    void oneObjectInNewsPleaseShape(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("story.json"), """
                {
                  "title": "Kataib Hezbollah suspends attacks",
                  "maintext": "Kataib Hezbollah said on Tuesday it was suspending attacks.",
                  "date_publish": "2024-01-30 18:45:00",
                  "date_download": "2024-02-01 09:00:00",
                  "source_domain": "www.example-news.com",
                  "url": "https://www.example-news.com/kh-suspends",
                  "authors": ["Jane Doe", "John Roe"],
                  "language": "en",
                  "description": null
                }
                """);

        ReadReport report = new ArticleReader().read(dir.resolve("story.json"));

        assertEquals(List.of(), report.problems());
        Article article = report.articles().get(0);
        assertEquals("story.json", article.origin());
        assertEquals("Kataib Hezbollah said on Tuesday it was suspending attacks.", article.text());
        ArticleMetadata m = article.metadata();
        assertEquals("Kataib Hezbollah suspends attacks", m.title());
        assertEquals("www.example-news.com", m.publisher());
        assertEquals(PublicationDate.day(LocalDate.of(2024, 1, 30)), m.date());
        assertEquals("https://www.example-news.com/kh-suspends", m.url());
        assertEquals(List.of("Jane Doe", "John Roe"), m.authors());
        assertEquals("en", m.language());
        assertNull(m.derivation());
    }

    @Test
    void jsonLinesWithIsoDatesTextFieldAndBlankLines(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("feed.jsonl"),
                "{\"title\": \"First\", \"maintext\": \"First body.\", \"date_publish\": \"2024-02-13T10:00:00\"}\n"
                        + "\n"
                        + "{\"text\": \"2024-03-20 Shafaq News/ Second body.\", \"date_publish\": \"2024-03-20T23:30:00-05:00\", \"title\": \"\"}\n"
                        + "{\"maintext\": \"Third body.\", \"date_publish\": \"2024-02-14\", \"authors\": null}\r\n");

        ReadReport report = new ArticleReader().read(dir);

        assertEquals(List.of(), report.problems());
        assertEquals(List.of("feed.jsonl#1", "feed.jsonl#3", "feed.jsonl#4"),
                report.articles().stream().map(Article::origin).toList());
        Article first = report.articles().get(0);
        assertEquals("First", first.metadata().title());
        assertEquals(PublicationDate.day(LocalDate.of(2024, 2, 13)), first.metadata().date());
        Article second = report.articles().get(1);
        assertEquals("2024-03-20 Shafaq News/ Second body.", second.text());
        // The publisher's own date, not shifted to UTC.
        assertEquals(PublicationDate.day(LocalDate.of(2024, 3, 20)), second.metadata().date());
        // news-please left title and source_domain empty, so the dateline fills the publisher.
        assertEquals("Shafaq News", second.metadata().publisher());
        assertNull(second.metadata().title());
        Article third = report.articles().get(2);
        assertEquals("Third body.", third.text());
        assertEquals(PublicationDate.day(LocalDate.of(2024, 2, 14)), third.metadata().date());
        assertEquals(List.of(), third.metadata().authors());
    }
}
