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
 */
public record GazetteerEntry(String iri, String prefLabel, ActorType type, List<String> labels,
                             List<String> demonyms, List<String> sameAs, String within) {

    public GazetteerEntry {
        labels = List.copyOf(labels);
        demonyms = List.copyOf(demonyms);
        sameAs = List.copyOf(sameAs);
    }
}
