package org.claimgraph.ingest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.claimgraph.extract.Span;
import org.claimgraph.ingest.PageFurniture.Line;
import org.claimgraph.provenance.ArticleCue.Kind;
import org.claimgraph.provenance.ArticleCues;

/**
 * Cuts a scraped page into its stories. A page template repeats each story's headline (with its
 * photo captions and a "TT" marker between the copies), so a headline is a line that comes back later
 * on the page, not right after itself as a doubled caption does. Each headline's first occurrence
 * starts a story; the text stays the whole page, and each story is a region of it.
 */
public final class PageStories {

    private static final int MAX_HEADLINE = 200;

    private PageStories() {
    }

    /** The stories of {@code page}: one article per story, each with its region and furniture. */
    public static List<Article> split(Article page) {
        String text = page.text();
        List<Span> furniture = PageFurniture.find(text);
        List<Line> headlines = headlines(text);
        if (headlines.size() < 2) {
            Span all = new Span(0, text.length());
            return List.of(new Article(page.origin(), text, page.metadata(),
                    new PagePart(all, furniture, List.of(all))));
        }
        List<Span> regions = new ArrayList<>();
        for (int i = 0; i < headlines.size(); i++) {
            int start = i == 0 ? 0 : headlines.get(i).span().start();
            int end = i + 1 < headlines.size() ? headlines.get(i + 1).span().start() : text.length();
            regions.add(new Span(start, trimEnd(text, start, end)));
        }
        List<Article> stories = new ArrayList<>();
        for (int i = 0; i < regions.size(); i++) {
            Span region = regions.get(i);
            List<Span> inside = furniture.stream().filter(region::contains).toList();
            PagePart part = new PagePart(region, inside, regions);
            stories.add(new Article(page.origin(), text,
                    metadata(page.metadata(), headlines.get(i).text(), i, text, part), part));
        }
        return stories;
    }

    /** First occurrences of lines repeated further down the page, but not doubled in place like captions. */
    static List<Line> headlines(String text) {
        List<Line> lines = PageFurniture.lines(text);
        List<Line> heads = new ArrayList<>();
        for (Map.Entry<String, List<Line>> e : PageFurniture.repeated(lines).entrySet()) {
            String line = e.getKey();
            Line first = e.getValue().get(0);
            int next = lines.indexOf(first) + 1;
            boolean doubledInPlace = next < lines.size() && lines.get(next).text().equals(line);
            if (!doubledInPlace && line.length() <= MAX_HEADLINE && !line.endsWith(".")
                    && !PageFurniture.isCaption(line) && !line.equals("TT")) {
                heads.add(first);
            }
        }
        heads.sort(Comparator.comparing(Line::span));
        return heads;
    }

    /**
     * The first story keeps what the sidecar says of the page. A later story has its own headline; its
     * original reporter comes from its own text ("told Reuters"), and of the page's date only the year
     * is kept, since a page can gather stories from months apart.
     */
    private static ArticleMetadata metadata(ArticleMetadata page, String headline, int index, String text,
                                            PagePart part) {
        if (index == 0) {
            return page.title() != null ? page : new ArticleMetadata(headline, page.publisher(),
                    page.originalReporter(), page.derivation(), page.date(), page.language(), page.url(),
                    page.authors());
        }
        var cues = ArticleCues.find(text, part.region()).stream()
                .filter(c -> part.isNews(c.span())).toList();
        String reporter = ArticleCues.first(cues, Kind.REPORTER).orElse(null);
        String derivation = reporter != null && !reporter.equals(page.publisher()) ? "reprint" : null;
        PublicationDate year = page.dateValue().map(PageStories::yearOf).orElse(null);
        return new ArticleMetadata(headline, page.publisher(), reporter, derivation, year, page.language(),
                page.url(), List.of());
    }

    private static PublicationDate yearOf(PublicationDate date) {
        return new PublicationDate(date.first().withDayOfYear(1), PublicationDate.Precision.YEAR);
    }

    private static int trimEnd(String text, int start, int end) {
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return end;
    }
}
