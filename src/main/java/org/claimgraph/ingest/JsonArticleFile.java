package org.claimgraph.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** Articles in news-please's JSON shape: one object in a .json file, one object per line in .jsonl. */
final class JsonArticleFile {

    static final String JSON_SUFFIX = ".json";
    static final String JSON_LINES_SUFFIX = ".jsonl";

    private JsonArticleFile() {
    }

    static Article readObject(Path file, String origin, ReadLimits limits) throws BadInputException, IOException {
        long size = Files.size(file);
        if (size > limits.maxJsonFileBytes()) {
            throw new BadInputException(String.format(Locale.ROOT,
                    "too large: %,d bytes cannot hold an article within the limit of %,d characters (--max-chars)",
                    size, limits.maxChars()));
        }
        String json = TextEncoding.decode(Files.readAllBytes(file));
        if (json.replace("\uFEFF", "").isBlank()) {
            throw new BadInputException("empty file");
        }
        return NewsPleaseRecord.toArticle(JsonObjectText.parse(json), origin);
    }

    /**
     * One result per non-blank line, origin "file.jsonl#N" with N the 1-based line number, so a bad line
     * (broken JSON, invalid UTF-8, no maintext) is reported on its own and the other lines still load.
     */
    static List<IngestResult> readLines(Path file, String origin) throws BadInputException, IOException {
        long size = Files.size(file);
        if (size > ReadLimits.MAX_JSON_LINES_BYTES) {
            throw new BadInputException(String.format(Locale.ROOT,
                    "too large: %,d bytes; split JSON Lines files into pieces of at most %,d bytes",
                    size, ReadLimits.MAX_JSON_LINES_BYTES));
        }
        byte[] bytes = Files.readAllBytes(file);
        if (TextEncoding.startsAsUtf16(bytes)) {
            // Lines are split on the byte '\n', which UTF-16 text does not keep whole.
            throw new BadInputException("UTF-16; JSON Lines files must be UTF-8");
        }
        List<IngestResult> results = new ArrayList<>();
        int lineStart = 0;
        int lineNumber = 1;
        // Split on the byte '\n': in UTF-8 it never occurs inside a multi-byte character, so each line
        // can be decoded, and fail, on its own.
        while (lineStart < bytes.length) {
            int lineEnd = indexOf(bytes, (byte) '\n', lineStart);
            byte[] line = Arrays.copyOfRange(bytes, lineStart, lineEnd);
            String lineOrigin = origin + "#" + lineNumber;
            try {
                String json = StrictUtf8.decode(line, lineStart);
                if (!json.replace("\uFEFF", "").isBlank()) {
                    results.add(NewsPleaseRecord.toArticle(JsonObjectText.parseLine(json), lineOrigin));
                }
            } catch (BadInputException e) {
                results.add(new IngestProblem(lineOrigin, "line " + lineNumber + ": " + e.reason()));
            }
            lineStart = lineEnd + 1;
            lineNumber++;
        }
        if (results.isEmpty()) {
            throw new BadInputException("no JSON records");
        }
        return results;
    }

    private static int indexOf(byte[] bytes, byte b, int from) {
        for (int i = from; i < bytes.length; i++) {
            if (bytes[i] == b) {
                return i;
            }
        }
        return bytes.length;
    }
}
