package org.claimgraph.ingest;

import java.util.List;
import org.claimgraph.extract.Span;

/**
 * Where one story stands on a scraped page. Offsets are char offsets into the unchanged page text,
 * so a story cut out of a page still points into the file a user opens.
 *
 * @param region      the story's stretch of the page
 * @param furniture   stretches inside the region that are not news (repeated headlines, captions,
 *                    addresses, author bios, "Source link"): no claims come from them
 * @param pageStories the regions of every story on the page, this one included, in page order
 */
public record PagePart(Span region, List<Span> furniture, List<Span> pageStories) {

    public PagePart {
        furniture = List.copyOf(furniture);
        pageStories = List.copyOf(pageStories);
    }

    /** The whole text as one story with no furniture: what an article is unless a page was split. */
    public static PagePart whole(String text) {
        Span all = new Span(0, text.length());
        return new PagePart(all, List.of(), List.of(all));
    }

    /** Whether the page holds other stories besides this one. */
    public boolean isSplit() {
        return pageStories.size() > 1;
    }

    /** Whether {@code span} lies in this story and outside its furniture. */
    public boolean isNews(Span span) {
        return region.contains(span) && furniture.stream().noneMatch(f -> f.overlaps(span));
    }
}
