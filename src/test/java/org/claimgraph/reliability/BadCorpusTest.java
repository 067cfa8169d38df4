package org.claimgraph.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A corpus of bad inputs, generated here (nothing binary is committed), ingested through the real
 * command line next to good files. Each bad input is either loaded with honest offsets or reported
 * with its file name and reason; every good file loads; the exit status says something was skipped;
 * and no stack trace reaches the user.
 */
class BadCorpusTest {

    private static final int FIFTY_MB = 50 * 1024 * 1024;

    @TempDir
    Path dir;

    /** Bad inputs expected to be reported: file name -> words the reason must contain. */
    private final Map<String, String> refused = new LinkedHashMap<>();
    /** Inputs expected to load (good files, and bad ones that can be read honestly). */
    private final Set<String> loaded = new TreeSet<>();

    @Test
    void badInputsAreLoadedOrReportedAndGoodOnesLoad() throws IOException {
        Path corpus = Files.createDirectories(dir.resolve("corpus"));
        generate(corpus);
        Path html = Files.writeString(dir.resolve("soup.html"), "<html><body><p>Not a format we read</p>");
        refused.put("soup.html", "not a .txt, .json or .jsonl file");
        Path db = dir.resolve("db");

        long start = System.nanoTime();
        CliRun run = CliRun.of("ingest", "--store", db.toString(), corpus.toString(), html.toString());
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        assertEquals(1, run.exit(), run.err());
        assertFalse(run.hasStackTrace(), run.err());
        for (Map.Entry<String, String> e : refused.entrySet()) {
            String line = run.err().lines().filter(l -> l.startsWith("claimgraph: skipped " + e.getKey() + ": "))
                    .findFirst().orElse(null);
            assertTrue(line != null && line.contains(e.getValue()),
                    e.getKey() + " should be reported with '" + e.getValue() + "' in:\n" + run.err());
        }
        assertEquals(refused.size(), run.err().lines().filter(l -> l.startsWith("claimgraph: skipped ")).count(),
                run.err());
        assertTrue(run.err().contains(refused.size() + " input(s) skipped"), run.err());
        assertEquals(loaded, StoreContents.origins(db));
        assertEquals(List.of(), StoreContents.dishonestSpans(db));
        // The UTF-16 files are stored as decoded, byte order mark (U+FEFF) included, so offsets count from it.
        assertEquals("\uFEFF" + CLAIM, StoreContents.text(db, "utf16le.txt"));
        assertEquals("\uFEFF" + CLAIM, StoreContents.text(db, "utf16be.txt"));
        // 50 MB refused unread, 100,000 quotation marks and a 100,000-char sentence cut to linear pieces.
        assertTrue(took.compareTo(Duration.ofSeconds(60)) < 0, "took " + took);

        // --debug shows stack traces for internal errors only: a user's bad input is still one line.
        CliRun again = CliRun.of("--debug", "ingest", "--store", db.toString(), corpus.resolve("empty.txt").toString());
        assertEquals(1, again.exit());
        assertFalse(again.hasStackTrace(), again.err());
    }

    private static final String CLAIM = "The minister said the talks would resume next week, officials said.\n";

    private void generate(Path c) throws IOException {
        for (int i = 0; i < 5; i++) {
            good(c, "good-" + i + ".txt", NewsText.article(i));
        }
        Files.writeString(c.resolve("good-record.json"),
                "{\"title\": \"Truce holds\", \"maintext\": \"The truce holds, Ahmed Kareem said.\"}");
        loaded.add("good-record.json");

        bad(c, "empty.txt", new byte[0], "empty file");
        bad(c, "blank.txt", " \n\t\n".getBytes(StandardCharsets.UTF_8), "only whitespace");
        byte[] random = new byte[64 * 1024];
        new Random(8).nextBytes(random);
        random[0] = (byte) 0xC3; // a lead byte followed by a non-continuation: invalid at byte 0 or 1
        random[1] = (byte) 'A';
        bad(c, "random.txt", random, "not valid UTF-8 at byte 0");
        bad(c, "random.json", random, "not valid UTF-8");

        try (Writer w = Files.newBufferedWriter(c.resolve("huge.txt"), StandardCharsets.UTF_8)) {
            String block = NewsText.of(1 << 20, 50);
            for (int i = 0; i < FIFTY_MB / block.length(); i++) {
                w.write(block);
            }
        }
        refused.put("huge.txt", "bytes cannot hold an article within the limit of 1,000,000 characters");

        bad(c, "latin1.txt", "Café owner José said the market was closed.\n".getBytes(StandardCharsets.ISO_8859_1),
                "not valid UTF-8 at byte 3; claimgraph reads UTF-8, or UTF-16 with a byte order mark");
        good(c, "utf16le.txt", bom(0xFF, 0xFE, CLAIM.getBytes(StandardCharsets.UTF_16LE)));
        good(c, "utf16be.txt", bom(0xFE, 0xFF, CLAIM.getBytes(StandardCharsets.UTF_16BE)));
        bad(c, "utf16-no-bom.txt", CLAIM.getBytes(StandardCharsets.UTF_16LE), "UTF-16 without a byte order mark");
        byte[] odd = bom(0xFF, 0xFE, CLAIM.getBytes(StandardCharsets.UTF_16LE));
        bad(c, "utf16-odd.txt", java.util.Arrays.copyOf(odd, odd.length - 1), "not valid UTF-16LE");
        bad(c, "utf16.jsonl", bom(0xFF, 0xFE, "{\"maintext\": \"x\"}".getBytes(StandardCharsets.UTF_16LE)),
                "JSON Lines files must be UTF-8");
        byte[] cut = "The talks, he said —".getBytes(StandardCharsets.UTF_8);
        bad(c, "cut-utf8.txt", java.util.Arrays.copyOf(cut, cut.length - 1), "not valid UTF-8 at byte 19");
        bad(c, "nul.txt", "The minister\u0000 said it.".getBytes(StandardCharsets.UTF_8), "NUL character at char 12");

        bad(c, "broken.json", "{\"title\": \"x\", \"maintext\": \"The truce".getBytes(StandardCharsets.UTF_8),
                "broken JSON");
        bad(c, "array.json", "[1, 2, 3]".getBytes(StandardCharsets.UTF_8), "broken JSON");
        bad(c, "no-maintext.json", "{\"title\": \"No body\", \"url\": \"https://example.org/a\"}"
                .getBytes(StandardCharsets.UTF_8), "record has no maintext");
        bad(c, "wrong-type.json", "{\"maintext\": 42}".getBytes(StandardCharsets.UTF_8), "should be a string");
        Files.writeString(c.resolve("feed.jsonl"), "{\"maintext\": \"Talks resumed, Sara Haddad said.\"}\n"
                + "{\"maintext\": \n" + "{\"title\": \"only a title\"}\n");
        loaded.add("feed.jsonl#1");
        refused.put("feed.jsonl#2", "line 2: broken JSON");
        refused.put("feed.jsonl#3", "line 3: record has no maintext");
        good(c, "sidecar-broken.txt", NewsText.article(99));
        loaded.remove("sidecar-broken.txt");
        Files.writeString(c.resolve("sidecar-broken.meta.json"), "{\"publisher\": ");
        refused.put("sidecar-broken.txt", "sidecar sidecar-broken.meta.json: broken JSON");

        // Read as text: whatever the extractor makes of it, with offsets into the markup as written.
        good(c, "html-soup.txt", "<html><head><script>var said = \"x\";</script></head><body><div class=\"a\">"
                + "<p>The minister <b>said</b> &quot;the talks will resume&quot;</p><p><i>unclosed <table><tr>"
                + "<td>Reuters reported that the border was closed.</td></table></body>".repeat(20));
        good(c, "only-quotes.txt", "\"".repeat(100_000) + "“”«»‘’'".repeat(1000));
        good(c, "long-sentence.txt", "A senior official said that " + "the convoy moved slowly and ".repeat(3_570)
                + "nobody stopped it.");
        good(c, "emoji.txt", "Officials 😀 said the 𝔱𝔯𝔲𝔠𝔢 holds, “a mixed 🇮🇶 flag,” Reuters reported.\r\n"
                + "Ahmed said: \"We 💥 will\nnot stop.\"\n");
    }

    private void good(Path dir, String name, String text) throws IOException {
        good(dir, name, text.getBytes(StandardCharsets.UTF_8));
    }

    private void good(Path dir, String name, byte[] bytes) throws IOException {
        Files.write(dir.resolve(name), bytes);
        loaded.add(name);
    }

    private void bad(Path dir, String name, byte[] bytes, String reason) throws IOException {
        Files.write(dir.resolve(name), bytes);
        refused.put(name, reason);
    }

    private static byte[] bom(int b0, int b1, byte[] rest) {
        byte[] all = new byte[rest.length + 2];
        all[0] = (byte) b0;
        all[1] = (byte) b1;
        System.arraycopy(rest, 0, all, 2, rest.length);
        return all;
    }

    /** How many inputs this test tries, for docs/reliability.md. */
    int tried() {
        return refused.size() + loaded.size();
    }
}
