package org.claimgraph.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimgraph.extract.Span;

/**
 * Recognises what a scraped page carries besides news: headlines and photo captions repeated by the
 * page template, "TT" markers, street addresses, author bios, "Source link", "Also read:" teasers and
 * translation credits. Found on lines of the unchanged text, so spans point into the file.
 */
final class PageFurniture {

    /** A non-blank line of the page: its span without the line break, and its trimmed text. */
    record Line(Span span, String text) {
    }

    private static final List<Pattern> WHOLE_LINE = List.of(
            Pattern.compile("TT"),
            Pattern.compile("Physical Address"),
            Pattern.compile("Source [Ll]ink"),
            Pattern.compile("Also read:.*"),
            Pattern.compile("Photo: ?\\S.{0,40}"),
            Pattern.compile("Articles:[\\s\\u00a0]+\\d+"),
            // street address lines: "304 North Cardinal St.", "Dorchester Center, MA 02124"
            Pattern.compile("\\d{1,5}( [A-Z][\\w.]*)+ (St|Street|Ave|Avenue|Rd|Road|Blvd|Lane|Ln|Drive|Dr)\\.?"),
            Pattern.compile("[A-Z][\\w ]+, [A-Z]{2} \\d{5}(-\\d{4})?"),
            // photo captions: a line ending in a credit such as "(Reuters)" or "(Dalati & Nohra)", or "...2024.Photo: Reuters"
            Pattern.compile(".{20,400}\\([A-Z][\\w&. ]{1,40}\\)"),
            Pattern.compile(".{20,400}\\.\\s?Photo: ?\\S.{0,40}"),
            // made-up author bios of content farms: "Nathan is an experienced journalist. ..."
            Pattern.compile("[A-Z][a-z]+ is an? (\\w+ ){0,3}(journalist|writer|reporter|editor|author)\\b.*"));

    /** A credit line glued to the end of a paragraph: "... anyway.” Translated by: Shafaq News LINK". */
    private static final Pattern TRAILING_CREDIT = Pattern.compile("Translated by:.*$", Pattern.MULTILINE);

    private PageFurniture() {
    }

    static List<Line> lines(String text) {
        List<Line> lines = new ArrayList<>();
        int start = 0;
        while (start <= text.length()) {
            int nl = text.indexOf('\n', start);
            int end = nl < 0 ? text.length() : nl;
            int s = start;
            int e = end;
            while (s < e && Character.isWhitespace(text.charAt(s))) {
                s++;
            }
            while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
                e--;
            }
            if (s < e) {
                lines.add(new Line(new Span(s, e), text.substring(s, e)));
            }
            if (nl < 0) {
                break;
            }
            start = nl + 1;
        }
        return lines;
    }

    /** Lines the page template repeats: every occurrence of a line seen more than once. */
    static Map<String, List<Line>> repeated(List<Line> lines) {
        Map<String, List<Line>> byText = new HashMap<>();
        lines.forEach(l -> byText.computeIfAbsent(l.text(), k -> new ArrayList<>()).add(l));
        byText.values().removeIf(ls -> ls.size() < 2);
        return byText;
    }

    /** Every furniture span of the page, in text order. */
    static List<Span> find(String text) {
        List<Line> lines = lines(text);
        List<Span> spans = new ArrayList<>();
        repeated(lines).values().forEach(ls -> ls.forEach(l -> spans.add(l.span())));
        for (Line line : lines) {
            if (WHOLE_LINE.stream().anyMatch(p -> p.matcher(line.text()).matches())) {
                spans.add(line.span());
            }
        }
        Matcher credit = TRAILING_CREDIT.matcher(text);
        while (credit.find()) {
            spans.add(new Span(credit.start(), credit.end()));
        }
        return spans.stream().distinct().sorted().toList();
    }

    static boolean isCaption(String line) {
        return line.matches(".{20,400}\\([A-Z][\\w&. ]{1,40}\\)") || line.contains("Photo:");
    }
}
