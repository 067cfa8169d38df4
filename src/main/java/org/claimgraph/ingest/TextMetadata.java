package org.claimgraph.ingest;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What an article's own text says about it, for whatever a sidecar or record leaves empty:
 * a dateline ("2024-03-20 Shafaq News/ The English newspaper ...") gives date and publisher, and a
 * short first line that does not read like a sentence is taken as the title. Credits inside the
 * text ("(Reuters)", "told Reuters") are the extractor's business, not this class's.
 */
final class TextMetadata {

    /** A dateline sits near the top; deeper down a date followed by a slash is something else. */
    private static final int DATELINE_LINES = 5;

    /** Date, a capitalised name without sentence punctuation, then the slash that ends the dateline. */
    private static final Pattern DATELINE = Pattern.compile(
            "^\\uFEFF?[ \\t]*(\\d{4}-\\d{2}-\\d{2})[ \\t]+(\\p{Lu}[\\p{L}\\p{N} &.'’-]{0,60}?)[ \\t]*/");

    private static final Pattern LINE_BREAK = Pattern.compile("\\R");

    /** Headlines are rarely longer; a longer first line is a paragraph that lost its period. */
    private static final int TITLE_MAX_CHARS = 200;
    private static final int TITLE_MAX_WORDS = 30;
    /** Fewer words is usually page furniture ("Baghdad:", "Physical Address"), not a headline. */
    private static final int TITLE_MIN_WORDS = 3;

    private TextMetadata() {
    }

    /** Date, publisher and title as far as the text shows them; other fields absent. */
    static ArticleMetadata of(String text) {
        List<String> lines = LINE_BREAK.splitAsStream(text).limit(DATELINE_LINES).toList();
        LocalDate date = null;
        String publisher = null;
        for (String line : lines) {
            Matcher m = DATELINE.matcher(line);
            if (m.find()) {
                date = date(m.group(1));
                if (date != null) {
                    publisher = m.group(2).strip();
                    break;
                }
            }
        }
        return new ArticleMetadata(title(lines), publisher, null, null,
                date == null ? null : PublicationDate.day(date), null, null, List.of());
    }

    private static String title(List<String> lines) {
        for (String line : lines) {
            String candidate = line.replace("\uFEFF", "").strip();
            if (candidate.isEmpty()) {
                continue;
            }
            return looksLikeTitle(candidate) ? candidate : null;
        }
        return null;
    }

    private static boolean looksLikeTitle(String line) {
        if (DATELINE.matcher(line).find() || line.length() > TITLE_MAX_CHARS) {
            return false;
        }
        char last = line.charAt(line.length() - 1);
        // A sentence or a label ("Baghdad:") ends like this; a headline does not. "..." inside is fine.
        if (last == '.' || last == ':' || last == ',' || last == ';') {
            return false;
        }
        int words = line.split("\\s+").length;
        return words >= TITLE_MIN_WORDS && words <= TITLE_MAX_WORDS;
    }

    /** The date {@code isoDate} (yyyy-MM-dd) names, or null when there is no such day. */
    static LocalDate date(String isoDate) {
        try {
            return LocalDate.parse(isoDate);
        } catch (DateTimeException e) {
            return null;
        }
    }
}
