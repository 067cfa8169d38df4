package org.claimgraph.resolve;

import java.util.List;

/**
 * One known actor or place from the gazetteer.
 *
 * @param iri       the node's IRI, shared by every article that mentions it
 * @param prefLabel its display name
 * @param type      what it is
 * @param labels    every spelling it may be written in, the preferred one first
 * @param demonyms  adjectives that point at it without naming it ("Iraqi"), from skos:hiddenLabel
 * @param sameAs    Wikidata (or other) IRIs of the same thing
 * @param within    for a place, the IRI of the country it lies in (schema:containedInPlace), else null
 * @param titles    for a person, roles the news gives them (cg:title "President"), so that "former
 *                  President Clinton" finds Bill Clinton when the article never writes his full name
 * @param stateBody an organ of a state (schema:GovernmentOrganization): a ministry, an army unit, the
 *                  Quds Force; never what "the group" or "the militia" refers to
 */
public record GazetteerEntry(String iri, String prefLabel, ActorType type, List<String> labels,
                             List<String> demonyms, List<String> sameAs, String within, List<String> titles,
                             boolean stateBody) {

    public GazetteerEntry {
        labels = List.copyOf(labels);
        demonyms = List.copyOf(demonyms);
        sameAs = List.copyOf(sameAs);
        titles = List.copyOf(titles);
    }

    /**
     * By IRI alone, which equal entries share: the record's own hash walks every label list, and
     * mentions holding an entry are hashed throughout resolution.
     */
    @Override
    public int hashCode() {
        return iri.hashCode();
    }

    /** An entry with no titles that is no state body. */
    public GazetteerEntry(String iri, String prefLabel, ActorType type, List<String> labels,
                          List<String> demonyms, List<String> sameAs, String within) {
        this(iri, prefLabel, type, labels, demonyms, sameAs, within, List.of(), false);
    }
}
