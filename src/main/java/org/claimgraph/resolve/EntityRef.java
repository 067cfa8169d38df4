package org.claimgraph.resolve;

import java.util.Optional;

/**
 * A participant or place of an event: an actor of the article, or a place named only by a demonym
 * ("the Jordanian-Syrian border").
 *
 * @param known the gazetteer entry, if any
 * @param key   the folded name, for actors the gazetteer does not know
 * @param label display name
 * @param type  what it is
 */
public record EntityRef(Optional<GazetteerEntry> known, String key, String label, ActorType type) {

    static EntityRef of(ArticleActor a) {
        return new EntityRef(a.known(), a.key(), a.prefLabel(), a.type());
    }

    static EntityRef of(GazetteerEntry e) {
        return new EntityRef(Optional.of(e), NameKey.of(e.prefLabel()), e.prefLabel(), e.type());
    }

    /** What makes two references the same thing, in every article. */
    public String identity() {
        return known.map(GazetteerEntry::iri).orElse("key:" + key);
    }
}
