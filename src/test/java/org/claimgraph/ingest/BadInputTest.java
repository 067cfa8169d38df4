package org.claimgraph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each bad input gives one problem naming it; the good files next to it still load. */
class BadInputTest {

    private static final String GOOD = "Militias Pause Attacks In Iraq\nThe factions said they would stop.\n";
    private static final String GOOD_RECORD = "{\"title\": \"Good\", \"maintext\": \"A good record.\"}";

    @Test
    void badFilesAreReportedAndGoodOnesLoad(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("a_good.txt"), GOOD);
        Files.write(dir.resolve("b_empty.txt"), new byte[0]);
        Files.writeString(dir.resolve("c_blank.txt"), " \n\t\r\n");
        // "Caf" then a lone continuation byte 0xA9 (the second half of é) at byte 3.
        Files.write(dir.resolve("d_latin.txt"), new byte[] {'C', 'a', 'f', (byte) 0xA9, '\n'});
        Files.write(dir.resolve("e_random.txt"), randomBytesStartingWithInvalidUtf8());
        Files.writeString(dir.resolve("f_feed.jsonl"),
                GOOD_RECORD + "\n{\"title\": \"broken\", \"maintext\": \n" + GOOD_RECORD + "\n");
        Files.writeString(dir.resolve("g_nobody.json"), "{\"title\": \"No body\", \"date_publish\": \"2024-02-13 10:00:00\"}");
        Files.writeString(dir.resolve("h_sidecar.txt"), GOOD);
        Files.writeString(dir.resolve("h_sidecar.meta.json"), "{\"publisher\": \"Shafaq News\",");
        Files.writeString(dir.resolve("i_two.json"), GOOD_RECORD + "\n" + GOOD_RECORD + "\n");
        Files.writeString(dir.resolve("j_typo.txt"), GOOD);
        Files.writeString(dir.resolve("j_typo.meta.json"), "{\"publsher\": \"Shafaq News\"}");
        Files.writeString(dir.resolve("k_orphan.meta.json"), "{\"publisher\": \"Nobody\"}");
        Files.writeString(dir.resolve("l_date.txt"), GOOD);
        Files.writeString(dir.resolve("l_date.meta.json"), "{\"date\": \"20 March 2024\"}");
        Files.writeString(dir.resolve("notes.md"), "not an article, ignored in a directory");
        Files.createDirectory(dir.resolve("sub"));
        Files.writeString(dir.resolve("sub/z_good.txt"), GOOD);

        ReadReport report = new ArticleReader().read(dir);

        assertEquals(List.of("a_good.txt", "f_feed.jsonl#1", "f_feed.jsonl#3", "sub/z_good.txt"),
                report.articles().stream().map(Article::origin).toList());
        assertEquals(GOOD, report.articles().get(0).text());
        assertEquals(List.of(
                        new IngestProblem("b_empty.txt", "empty file"),
                        new IngestProblem("c_blank.txt", "only whitespace, no text"),
                        new IngestProblem("d_latin.txt", "not valid UTF-8 at byte 3; " + TextEncoding.CONVERT_HINT),
                        new IngestProblem("e_random.txt", "not valid UTF-8 at byte 0; " + TextEncoding.CONVERT_HINT),
                        new IngestProblem("f_feed.jsonl#2",
                                "line 2: broken JSON at column 31: unexpected end of input"),
                        new IngestProblem("g_nobody.json", "record has no maintext"),
                        new IngestProblem("h_sidecar.txt",
                                "sidecar h_sidecar.meta.json: broken JSON at line 1, column 29: Not a key for a JSON object: [null]"),
                        new IngestProblem("i_two.json",
                                "broken JSON at line 2, column 2: more content after the JSON object: [LBRACE]"),
                        new IngestProblem("j_typo.txt", "sidecar j_typo.meta.json: unknown field \"publsher\" (known: "
                                + "authors, date, derivation, language, originalReporter, publisher, title, url)"),
                        new IngestProblem("k_orphan.meta.json", "sidecar without k_orphan.txt next to it"),
                        new IngestProblem("l_date.txt",
                                "sidecar l_date.meta.json: date \"20 March 2024\" is not yyyy-MM-dd, yyyy-MM or yyyy")),
                report.problems());
    }

    @Test
    void invalidUtf8InOneJsonLinesLineSparesTheOthers(@TempDir Path dir) throws IOException {
        byte[] good = (GOOD_RECORD + "\n").getBytes(StandardCharsets.UTF_8);
        byte[] bad = {'{', '"', 'm', 'a', 'i', 'n', 't', 'e', 'x', 't', '"', ':', '"', (byte) 0xFF, '"', '}', '\n'};
        byte[] file = new byte[good.length * 2 + bad.length];
        System.arraycopy(good, 0, file, 0, good.length);
        System.arraycopy(bad, 0, file, good.length, bad.length);
        System.arraycopy(good, 0, file, good.length + bad.length, good.length);
        Files.write(dir.resolve("mixed.jsonl"), file);

        ReadReport report = new ArticleReader().read(dir.resolve("mixed.jsonl"));

        assertEquals(List.of("mixed.jsonl#1", "mixed.jsonl#3"), report.articles().stream().map(Article::origin).toList());
        // Byte 13 of the second line, which starts after the first line's good.length bytes.
        assertEquals(List.of(new IngestProblem("mixed.jsonl#2", "line 2: not valid UTF-8 at byte " + (good.length + 13))),
                report.problems());
    }

    @Test
    void pathsThatAreNotArticles(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("good.txt"), GOOD);
        Files.writeString(dir.resolve("notes.md"), "# notes");
        Path missing = dir.resolve("missing.txt");

        ReadReport report = new ArticleReader().read(missing, dir.resolve("notes.md"), dir.resolve("good.txt"));

        assertEquals(List.of("good.txt"), report.articles().stream().map(Article::origin).toList());
        assertEquals(List.of(
                        new IngestProblem(missing.toString(), "no such file or directory"),
                        new IngestProblem("notes.md", "not a .txt, .json or .jsonl file")),
                report.problems());
    }

    @Test
    void wrongTypesInRecordsAndSidecars(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("a.jsonl"),
                "{\"maintext\": \"Body.\", \"authors\": \"Jane Doe\"}\n"
                        + "{\"maintext\": \"Body.\", \"date_publish\": \"yesterday\"}\n"
                        + "[\"not\", \"an\", \"object\"]\n");
        Files.writeString(dir.resolve("b.txt"), GOOD);
        Files.writeString(dir.resolve("b.meta.json"), "{\"derivation\": \"copy\"}");

        ReadReport report = new ArticleReader().read(dir);

        assertEquals(List.of(), report.articles());
        assertEquals(List.of(
                        new IngestProblem("a.jsonl#1", "line 1: field \"authors\" should be an array of strings, not \"Jane Doe\""),
                        new IngestProblem("a.jsonl#2",
                                "line 2: date_publish \"yesterday\" is not \"yyyy-MM-dd HH:mm:ss\" or an ISO date"),
                        new IngestProblem("a.jsonl#3", "line 3: broken JSON at column 2: Not a JSON object START: [LBRACKET]"),
                        new IngestProblem("b.txt", "sidecar b.meta.json: derivation \"copy\" is not one of "
                                + "machine-translation, reprint, spun-copy, translation")),
                report.problems());
    }

    /** Random bytes, seeded so the test is repeatable, with a first byte that cannot start UTF-8. */
    private static byte[] randomBytesStartingWithInvalidUtf8() {
        byte[] bytes = new byte[512];
        new Random(42).nextBytes(bytes);
        bytes[0] = (byte) 0xFF;
        return bytes;
    }
}
