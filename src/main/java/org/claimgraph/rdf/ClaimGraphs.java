package org.claimgraph.rdf;

import java.util.List;
import org.claimgraph.extract.Attribution;
import org.claimgraph.extract.AttributionExtractor;
import org.claimgraph.extract.Span;
import org.claimgraph.ingest.Article;
import org.claimgraph.ingest.PagePart;
import org.claimgraph.provenance.SourceCoordination;

/**
 * The pure function at the heart of claimgraph: an article in, its named graph out. Holds no state
 * between articles, so it runs unchanged on any number of threads or machines.
 *
 * <p>The extractor sees the whole page text, so that its offsets point into the file; what it finds
 * outside the article's story or in page furniture (captions, bios, addresses) is dropped here.
 */
public final class ClaimGraphs {

    private final AttributionExtractor extractor;
    private final ArticleGraphBuilder builder = new ArticleGraphBuilder();

    public ClaimGraphs(AttributionExtractor extractor) {
        this.extractor = extractor;
    }

    public ArticleGraph of(Article article) {
        String text = article.text();
        List<Attribution> news = extractor.extract(text).stream()
                .filter(a -> isNews(article.part(), a))
                .map(a -> SourceCoordination.widen(text, a))
                .toList();
        return builder.build(article, news);
    }

    private static boolean isNews(PagePart part, Attribution a) {
        return a.content().stream().allMatch(part::isNews)
                && a.source().stream().allMatch(part::isNews)
                && a.cue().stream().allMatch(part::isNews);
    }

    static boolean isNews(PagePart part, Span span) {
        return part.isNews(span);
    }
}
