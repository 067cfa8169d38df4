package org.claimgraph.ingest;

import java.util.List;

/**
 * Everything one {@link ArticleReader#read} call produced, in input order (paths as given,
 * directory contents sorted), so that a command can report problems next to what loaded.
 */
public record ReadReport(List<IngestResult> results) {

    public ReadReport {
        results = List.copyOf(results);
    }

    public List<Article> articles() {
        return results.stream().filter(Article.class::isInstance).map(Article.class::cast).toList();
    }

    public List<IngestProblem> problems() {
        return results.stream().filter(IngestProblem.class::isInstance).map(IngestProblem.class::cast).toList();
    }
}
