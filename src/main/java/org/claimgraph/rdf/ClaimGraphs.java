package org.claimgraph.rdf;

import org.claimgraph.extract.AttributionExtractor;
import org.claimgraph.ingest.Article;

/**
 * The pure function at the heart of claimgraph: an article in, its named graph out. Holds no state
 * between articles, so it runs unchanged on any number of threads or machines.
 */
public final class ClaimGraphs {

    private final AttributionExtractor extractor;
    private final ArticleGraphBuilder builder = new ArticleGraphBuilder();

    public ClaimGraphs(AttributionExtractor extractor) {
        this.extractor = extractor;
    }

    public ArticleGraph of(Article article) {
        return builder.build(article, extractor.extract(article.text()));
    }
}
