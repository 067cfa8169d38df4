package org.claimgraph.rdf;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.regex.Pattern;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.claimgraph.extract.Attribution;
import org.claimgraph.extract.Span;
import org.claimgraph.ingest.Article;
import org.claimgraph.rdf.Vocab.CG;
import org.claimgraph.resolve.ActorType;
import org.claimgraph.resolve.ArticleActor;
import org.claimgraph.resolve.ArticleEntities;
import org.claimgraph.resolve.ArticleEvent;
import org.claimgraph.resolve.EntityFinder;
import org.claimgraph.resolve.Gazetteer;
import org.claimgraph.resolve.Speaker;
import org.claimgraph.resolve.SpeakerResolver;

/**
 * The agent nodes of an article's graph: named actors shared across articles (resolved through the
 * article's mentions and the gazetteer), anonymous sources local to one article, outlets, and the
 * stand-in for a publisher nobody named; and what each claim is about.
 */
final class AgentNodes {

    /** Compiled once: String.matches compiled it for every relay of every claim. */
    private static final Pattern REPORT = Pattern.compile("(the )?(report|newspaper|paper|agency|article)");

    private final SpeakerResolver speakers = new SpeakerResolver();
    private final EntityFinder finder;
    /**
     * The entities of each article being built, by its model. The builder is shared by threads, so
     * per-article state cannot live in fields; the map holds IRIs only (no Jena objects that would keep
     * the model reachable), and its weak keys let finished models go.
     */
    private final Map<Model, EntityNodes.Written> articles = Collections.synchronizedMap(new WeakHashMap<>());

    AgentNodes() {
        this(EntityFinder.standard());
    }

    AgentNodes(EntityFinder finder) {
        this.finder = finder;
    }

    /** Finds the article's actors and events and writes them; call before its claims. */
    void describeEntities(Model m, Article article, String hash, EvidenceSpans evidence) {
        ArticleEntities entities = finder.find(article.text(), article.part().region(), article.part().furniture(),
                article.metadata().dateValue());
        articles.put(m, EntityNodes.write(m, hash, evidence, entities));
    }

    private EntityNodes.Written written(Model m) {
        EntityNodes.Written w = articles.get(m);
        return w != null ? w : new EntityNodes.Written(ArticleEntities.none(), Map.of(), Map.of());
    }

    /** The claim's source: a named actor, or an anonymous source local to this article. */
    Resource source(Model m, String text, String hash, Attribution a) {
        Optional<Span> mention = a.speakerMention();
        if (mention.isEmpty()) {
            return m.createResource(Iris.anonymousSource(hash, a.content().get(0).start(), "unattributed"))
                    .addProperty(RDF.type, CG.Source)
                    .addProperty(RDF.type, CG.AnonymousSource)
                    .addProperty(RDFS.label, "unattributed")
                    .addProperty(CG.description, "no source given");
        }
        Speaker speaker = speakers.resolve(mention.get().of(text));
        if (speaker.isNamed()) {
            return namedAgent(m, text, mention.get(), speaker.name().orElseThrow()).addProperty(RDF.type, CG.Source);
        }
        Resource anon = m.createResource(Iris.anonymousSource(hash, mention.get().start(), speaker.description()))
                .addProperty(RDF.type, CG.Source)
                .addProperty(RDF.type, CG.AnonymousSource)
                .addProperty(RDFS.label, speaker.description())
                .addProperty(CG.description, speaker.description());
        speaker.count().ifPresent(n -> anon.addLiteral(CG.sourceCount,
                m.createTypedLiteral(n, XSDDatatype.XSDinteger)));
        return anon;
    }

    /**
     * Who relayed a nested attribution. "The report" or "the newspaper" in a translated article is the
     * original reporter's report, so it resolves to that outlet when the metadata names one.
     */
    Resource relayAgent(Model m, String text, String hash, Span relay, Resource article) {
        String mention = relay.of(text).toLowerCase(Locale.ROOT);
        Resource reporter = article.getPropertyResourceValue(CG.originalReporter);
        if (reporter != null && REPORT.matcher(mention).matches()) {
            return reporter;
        }
        Speaker speaker = speakers.resolve(relay.of(text));
        if (speaker.isNamed()) {
            return namedAgent(m, text, relay, speaker.name().orElseThrow());
        }
        return m.createResource(Iris.anonymousSource(hash, relay.start(), speaker.description()))
                .addProperty(RDF.type, Vocab.PROV.Agent)
                .addProperty(RDFS.label, speaker.description());
    }

    /**
     * The actor a named speaker stands for: the one the article's mention of that name resolved to
     * ("Mr. Khani" is Esmail Qaani), else the gazetteer's, else one minted from the name.
     */
    private Resource namedAgent(Model m, String text, Span mention, String name) {
        int at = mention.of(text).lastIndexOf(name);
        EntityNodes.Written w = written(m);
        if (at >= 0) {
            Span nameSpan = new Span(mention.start() + at, mention.start() + at + name.length());
            Optional<ArticleActor> actor = w.entities().actors().named(nameSpan);
            if (actor.isPresent() && w.actorIris().containsKey(actor.get())) {
                return m.createResource(w.actorIris().get(actor.get())).addProperty(RDF.type, CG.Actor);
            }
        }
        return actor(m, name);
    }

    /** Links a claim to the actors and events its content mentions. */
    void about(Model m, Resource claim, Attribution a) {
        EntityNodes.Written w = written(m);
        for (ArticleActor actor : w.entities().actors().within(a.content())) {
            if (actor.type().isActor()) {
                claim.addProperty(CG.about, m.createResource(w.actorIris().get(actor)));
            }
        }
        Set<String> events = new LinkedHashSet<>();
        for (ArticleEvent e : w.entities().events()) {
            for (Span trigger : e.triggers()) {
                if (a.content().stream().anyMatch(c -> c.contains(trigger))) {
                    events.add(w.eventIris().get(e));
                }
            }
        }
        events.forEach(iri -> claim.addProperty(CG.about, m.createResource(iri)));
    }

    /** A named actor outside the article's mentions: the gazetteer's node if it knows the name. */
    static Resource actor(Model m, String name) {
        Resource node = EntityNodes.named(m, Gazetteer.standard().lookup(name), name, ActorType.UNKNOWN);
        return node.addProperty(RDF.type, CG.Actor);
    }

    static Resource outlet(Model m, String name) {
        return EntityNodes.named(m, Gazetteer.standard().lookup(name), name, ActorType.OUTLET)
                .addProperty(RDF.type, CG.Actor).addProperty(RDF.type, CG.Outlet).addProperty(RDF.type, CG.Source);
    }

    /** An article whose publisher is unknown still ends its chains with the page someone put up. */
    static Resource unknownPublisher(Model m, String hash) {
        return m.createResource(Iris.unknownPublisher(hash))
                .addProperty(RDF.type, Vocab.PROV.Agent)
                .addProperty(RDFS.label, "unknown publisher");
    }
}
