package org.claimgraph.resolve;

import java.util.List;
import java.util.Optional;

/**
 * One actor or place of one article, after resolution: the stage boundary between finding and RDF.
 *
 * @param known        the gazetteer entry it is, if any (its IRI is then the node's IRI)
 * @param key          the {@link NameKey} of its fullest name, from which an IRI is minted otherwise
 * @param prefLabel    display name: the gazetteer's, else the fullest name the article uses
 * @param type         what it is
 * @param surfaceForms every way the article names it, titles left off ("Esmail Qaani", "Khani")
 * @param titles       titles and roles the article gives it ("Quds Force commander")
 * @param mentions     every mention resolved to it: names, descriptions, pronouns
 */
public record ArticleActor(Optional<GazetteerEntry> known, String key, String prefLabel, ActorType type,
                           List<String> surfaceForms, List<String> titles, List<Mention> mentions) {

    public ArticleActor {
        surfaceForms = List.copyOf(surfaceForms);
        titles = List.copyOf(titles);
        mentions = List.copyOf(mentions);
    }
}
