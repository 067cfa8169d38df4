package org.claimgraph.resolve;

import java.util.List;
import java.util.Optional;
import org.claimgraph.extract.Span;

/**
 * One event of one article, with everything the article says of it.
 *
 * @param type         what happened
 * @param doneBy       who did it
 * @param doneTo       to whom (the target of an attack, the person killed)
 * @param participants others taking part ("talks with Iran")
 * @param place        where
 * @param date         when, resolved against the article's date
 * @param triggers     the words that mention it ("visit", "the Jordan attack"), one span each
 * @param identity     the same string in every article that mentions the same event: its type and
 *                     anchors (who, whom or where) and its year; the RDF stage mints the IRI from it
 * @param label        a readable name ("Attack: Jordan, 2024")
 */
public record ArticleEvent(EventType type, Optional<EntityRef> doneBy, Optional<EntityRef> doneTo,
                           List<EntityRef> participants, Optional<EntityRef> place, Optional<EventDate> date,
                           List<Span> triggers, String identity, String label) {

    public ArticleEvent {
        participants = List.copyOf(participants);
        triggers = List.copyOf(triggers);
    }
}
