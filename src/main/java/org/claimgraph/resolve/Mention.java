package org.claimgraph.resolve;

import java.util.Optional;
import org.claimgraph.extract.Span;

/**
 * One mention of an actor or place found in an article, before resolution.
 *
 * @param span     where it stands (UTF-16 offsets), title included ("Mr. Khani", "the prime minister")
 * @param name     for a name, the name without titles ("Khani"); for a description, its head ("prime
 *                 minister", "group"); for a pronoun, the pronoun
 * @param kind     name, description or pronoun
 * @param type     what it names, as far as the mention alone tells
 * @param entry    the gazetteer entry a name matched, if any
 * @param title    titles and roles written with the name ("Iraqi Prime Minister", "Quds Force commander")
 * @param sentence index of the sentence it stands in
 * @param weak     a name whose capitals may be only position (first word of a sentence, a headline):
 *                 kept only if it resolves to an actor named elsewhere
 */
public record Mention(Span span, String name, Kind kind, ActorType type, Optional<GazetteerEntry> entry,
                      Optional<String> title, int sentence, boolean weak) {

    public enum Kind { NAME, DESCRIPTION, PRONOUN }

    Mention withTitle(String t) {
        return new Mention(span, name, kind, type, entry, Optional.of(t), sentence, weak);
    }
}
