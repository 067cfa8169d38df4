package org.claimgraph.resolve;

import java.util.List;
import java.util.Optional;
import org.claimgraph.extract.Span;
import org.claimgraph.ingest.PublicationDate;

/**
 * Mentions, actors and events of one article, from one tokenisation. Stateless and thread-safe: the
 * gazetteer is read-only, everything else is per call.
 */
public final class EntityFinder {

    private final MentionFinder mentions;
    private final ActorResolver resolver;
    private final EventFinder events;

    public EntityFinder(Gazetteer gazetteer) {
        this.mentions = new MentionFinder(gazetteer);
        this.resolver = new ActorResolver(gazetteer);
        this.events = new EventFinder(gazetteer);
    }

    /** With the standard gazetteer (see {@link Gazetteer#standard()}). */
    public static EntityFinder standard() {
        return new EntityFinder(Gazetteer.standard());
    }

    public ArticleEntities find(String text, Optional<PublicationDate> articleDate) {
        return find(text, TextTokens.of(text), articleDate);
    }

    /**
     * Only the story's stretch of a page holding several, and none of its furniture (an address on top,
     * a photo credit): those name no actor of the story.
     */
    public ArticleEntities find(String text, Span region, List<Span> furniture, Optional<PublicationDate> articleDate) {
        List<Tok> toks = TextTokens.of(text).stream()
                .filter(t -> region.contains(new Span(t.start(), t.end())))
                .filter(t -> furniture.stream().noneMatch(f -> f.start() <= t.start() && t.end() <= f.end()))
                .toList();
        return find(text, toks, articleDate);
    }

    private ArticleEntities find(String text, List<Tok> toks, Optional<PublicationDate> articleDate) {
        ArticleActors actors = resolver.resolve(text, mentions.find(text, toks));
        return new ArticleEntities(actors, events.find(text, toks, actors, articleDate));
    }
}
