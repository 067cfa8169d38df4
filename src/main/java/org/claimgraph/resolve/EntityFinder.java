package org.claimgraph.resolve;

import java.util.List;
import java.util.Optional;
import org.claimgraph.ingest.PublicationDate;

/**
 * Mentions, actors and events of one article, from one tokenisation. Stateless and thread-safe: the
 * gazetteer is read-only, everything else is per call.
 */
public final class EntityFinder {

    private final MentionFinder mentions;
    private final ActorResolver resolver = new ActorResolver();
    private final EventFinder events;

    public EntityFinder(Gazetteer gazetteer) {
        this.mentions = new MentionFinder(gazetteer);
        this.events = new EventFinder(gazetteer);
    }

    /** With the standard gazetteer (see {@link Gazetteer#standard()}). */
    public static EntityFinder standard() {
        return new EntityFinder(Gazetteer.standard());
    }

    public ArticleEntities find(String text, Optional<PublicationDate> articleDate) {
        List<Tok> toks = TextTokens.of(text);
        ArticleActors actors = resolver.resolve(text, mentions.find(text, toks));
        return new ArticleEntities(actors, events.find(text, toks, actors, articleDate));
    }
}
