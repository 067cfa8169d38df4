package org.claimgraph.resolve;

import java.util.List;

/** What an article says exists: its actors and places with their mentions, and its events. */
public record ArticleEntities(ArticleActors actors, List<ArticleEvent> events) {

    public ArticleEntities {
        events = List.copyOf(events);
    }

    public static ArticleEntities none() {
        return new ArticleEntities(ArticleActors.none(), List.of());
    }
}
