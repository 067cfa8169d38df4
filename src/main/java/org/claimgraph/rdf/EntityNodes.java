package org.claimgraph.rdf;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.claimgraph.extract.Span;
import org.claimgraph.ingest.PublicationDate;
import org.claimgraph.rdf.Vocab.CG;
import org.claimgraph.rdf.Vocab.SDO;
import org.claimgraph.resolve.ActorType;
import org.claimgraph.resolve.ArticleActor;
import org.claimgraph.resolve.ArticleEntities;
import org.claimgraph.resolve.ArticleEvent;
import org.claimgraph.resolve.EntityRef;
import org.claimgraph.resolve.GazetteerEntry;
import org.claimgraph.resolve.Mention;
import org.claimgraph.resolve.NameKey;

/**
 * Writes an article's actors, places and events into its graph, each with its mentions as evidence.
 * Node IRIs come from the gazetteer or from folded names and event anchors, so every article that
 * mentions the same actor or event writes to the same node and the store's union graph holds one node
 * with every spelling: no corpus-wide pass, and re-loading an article replaces exactly its share.
 */
final class EntityNodes {

    /** The IRIs written for one article, kept without references to its model. */
    record Written(ArticleEntities entities, Map<ArticleActor, String> actorIris, Map<ArticleEvent, String> eventIris) {
    }

    private EntityNodes() {
    }

    static Written write(Model m, String hash, EvidenceSpans evidence, ArticleEntities entities) {
        // By identity: a record's hash walks all its mentions and their gazetteer entries, on every look-up.
        Map<ArticleActor, String> actorIris = new IdentityHashMap<>();
        for (ArticleActor a : entities.actors().actors()) {
            Resource node = node(m, a.known(), a.key(), a.prefLabel(), a.type());
            a.surfaceForms().forEach(f -> node.addProperty(SKOS.altLabel, f));
            if (a.type() == ActorType.PERSON) {
                a.titles().forEach(t -> node.addProperty(CG.title, t));
            }
            for (Mention mention : a.mentions()) {
                mention(m, hash, evidence, mention.span(), node);
            }
            actorIris.put(a, node.getURI());
        }
        Map<ArticleEvent, String> eventIris = new IdentityHashMap<>();
        for (ArticleEvent e : entities.events()) {
            eventIris.put(e, event(m, hash, evidence, e).getURI());
        }
        return new Written(entities, actorIris, eventIris);
    }

    /** The node of a known or minted actor or place, with its type and names. */
    static Resource node(Model m, Optional<GazetteerEntry> known, String key, String prefLabel, ActorType type) {
        String iri = known.map(GazetteerEntry::iri).orElseGet(() -> type == ActorType.PLACE
                ? Vocab.ID_NS + "place/" + Iris.slug(key) : Iris.actor(key));
        Resource node = m.createResource(iri)
                .addProperty(SKOS.prefLabel, prefLabel)
                .addProperty(RDFS.label, prefLabel);
        if (type.isActor()) {
            node.addProperty(RDF.type, CG.Actor);
        }
        switch (type) {
            case PERSON -> node.addProperty(RDF.type, CG.Person);
            case ORGANIZATION -> node.addProperty(RDF.type, CG.Organization);
            case OUTLET -> node.addProperty(RDF.type, CG.Outlet);
            case COUNTRY -> node.addProperty(RDF.type, CG.Country).addProperty(RDF.type, CG.Place);
            case PLACE -> node.addProperty(RDF.type, CG.Place);
            case UNKNOWN -> { }
        }
        known.ifPresent(e -> {
            e.sameAs().forEach(s -> node.addProperty(OWL.sameAs, m.createResource(s)));
            if (e.within() != null) {
                node.addProperty(SDO.containedInPlace, m.createResource(e.within()));
            }
        });
        return node;
    }

    static Resource node(Model m, EntityRef r) {
        return node(m, r.known(), r.key(), r.label(), r.type());
    }

    /** The node for a name met outside the mentions (metadata, a speaker the finder missed). */
    static Resource named(Model m, Optional<GazetteerEntry> known, String name, ActorType fallbackType) {
        return node(m, known, NameKey.mint(name), known.map(GazetteerEntry::prefLabel).orElse(name),
                known.map(GazetteerEntry::type).orElse(fallbackType));
    }

    private static void mention(Model m, String hash, EvidenceSpans evidence, Span span, Resource of) {
        Resource mention = m.createResource(Vocab.ID_NS + "mention/" + hash.substring(0, 16) + "-"
                        + span.start() + "-" + span.end())
                .addProperty(RDF.type, CG.Mention)
                .addProperty(CG.mentionOf, of);
        evidence.write(m, mention, CG.mentionSpan, List.of(span));
    }

    private static Resource event(Model m, String hash, EvidenceSpans evidence, ArticleEvent e) {
        Resource node = m.createResource(Vocab.ID_NS + "event/" + Iris.slug(readable(e.identity())))
                .addProperty(RDF.type, CG.Event)
                .addProperty(RDF.type, switch (e.type()) {
                    case ATTACK -> CG.Attack;
                    case VISIT -> CG.Visit;
                    case ANNOUNCEMENT -> CG.Announcement;
                    case KILLING -> CG.Killing;
                    case TALKS -> CG.Talks;
                    case SUSPENSION -> CG.Suspension;
                    case CEASEFIRE -> CG.Ceasefire;
                })
                .addProperty(RDFS.label, e.label());
        e.doneBy().ifPresent(r -> node.addProperty(CG.doneBy, node(m, r)).addProperty(CG.participant, node(m, r)));
        e.doneTo().ifPresent(r -> node.addProperty(CG.doneTo, node(m, r)).addProperty(CG.participant, node(m, r)));
        e.participants().forEach(r -> node.addProperty(CG.participant, node(m, r)));
        e.place().ifPresent(r -> node.addProperty(CG.place, node(m, r)));
        e.date().ifPresent(d -> node.addProperty(CG.date, d.date().toString(), datatype(d.date()))
                .addProperty(CG.dateText, d.text()));
        for (Span trigger : e.triggers()) {
            mention(m, hash, evidence, trigger, node);
        }
        return node;
    }

    static XSDDatatype datatype(PublicationDate d) {
        return switch (d.precision()) {
            case YEAR -> XSDDatatype.XSDgYear;
            case MONTH -> XSDDatatype.XSDgYearMonth;
            case DAY -> XSDDatatype.XSDdate;
        };
    }

    /** "visit|https://…/actor/esmail-qaani|https://…/actor/iraq|2024" gives "visit esmail-qaani iraq 2024". */
    private static String readable(String identity) {
        StringBuilder b = new StringBuilder();
        for (String part : identity.split("\\|")) {
            String p = part.startsWith("key:") ? part.substring(4) : part.substring(part.lastIndexOf('/') + 1);
            b.append(b.length() > 0 ? " " : "").append(p);
        }
        return b.toString();
    }
}
