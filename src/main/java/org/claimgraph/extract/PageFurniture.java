package org.claimgraph.extract;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Lines of a scraped page that are not news and must yield no claim: a headline or photo caption
 * repeated by the page template, captions credited to an agency "(Reuters)", bylines and credits
 * ("Reporting by ...", "Translated by: ..."). Judged per line, since page furniture is laid out
 * one item a line.
 */
final class PageFurniture {

    private static final Pattern CAPTION = Pattern.compile(
            "(?i).*\\((reuters|afp|ap|ap photo|getty images|file photo|photo|epa|xinhua|anadolu)[^)]*\\)\\s*$");
    private static final Pattern CREDIT = Pattern.compile(
            "(?i)^\\s*(by |reporting by|reporting was contributed|additional reporting|editing by|writing by|"
                    + "translated by|compiled by|photo:|source:|read more|related:|follow us).*");

    private PageFurniture() {
    }

    /** Headlines and captions rarely end like a sentence of running text; repeated quotes in a story do. */
    private static boolean looksLikeTitle(String line) {
        char last = line.charAt(line.length() - 1);
        return !(last == '.' || last == '"' || last == '”' || last == '’' || last == '!' || last == '?')
                || line.endsWith(")");
    }

    /** Words of a stripped line, as {@code line.split("\\s+").length} counts them, without a regex per line. */
    private static int wordCount(String line) {
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            boolean space = c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r'; // regex \s
            if (!space && !inWord) {
                words++;
            }
            inWord = !space;
        }
        return Math.max(words, 1);
    }

    /** skip[k] is true when sentence k lies on a furniture line. */
    static boolean[] sentencesToSkip(Document doc) {
        boolean[] skip = new boolean[doc.sentences.count];
        Set<String> seenLines = new HashSet<>();
        String text = doc.text;
        int lineStart = 0;
        int k = 0;
        while (lineStart <= text.length() && k < doc.sentences.count) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = text.length();
            }
            String line = text.substring(lineStart, lineEnd).strip();
            boolean shortLine = wordCount(line) <= 15; // bylines and credits are short; "By then, ..." is not
            boolean furniture = !line.isEmpty() && (CAPTION.matcher(line).matches()
                    || shortLine && CREDIT.matcher(line).matches()
                    || line.length() > 20 && !seenLines.add(line.toLowerCase(Locale.ROOT)) && looksLikeTitle(line));
            while (k < doc.sentences.count && doc.tokens.start[doc.sentences.start(k)] < lineEnd) {
                if (doc.tokens.start[doc.sentences.start(k)] >= lineStart) {
                    skip[k] = furniture;
                }
                k++;
            }
            lineStart = lineEnd + 1;
        }
        return skip;
    }
}
