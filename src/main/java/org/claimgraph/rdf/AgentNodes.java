package org.claimgraph.rdf;

import java.util.Locale;
import java.util.Optional;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.claimgraph.extract.Attribution;
import org.claimgraph.extract.Span;
import org.claimgraph.rdf.Vocab.CG;
import org.claimgraph.resolve.Speaker;
import org.claimgraph.resolve.SpeakerResolver;

/**
 * The agent nodes of an article's graph: named actors shared across articles, anonymous sources
 * local to one article, outlets, and the stand-in for a publisher nobody named.
 */
final class AgentNodes {

    private final SpeakerResolver speakers = new SpeakerResolver();

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
            return actor(m, speaker.name().orElseThrow()).addProperty(RDF.type, CG.Source);
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
        if (reporter != null && mention.matches("(the )?(report|newspaper|paper|agency|article)")) {
            return reporter;
        }
        Speaker speaker = speakers.resolve(relay.of(text));
        if (speaker.isNamed()) {
            return actor(m, speaker.name().orElseThrow());
        }
        return m.createResource(Iris.anonymousSource(hash, relay.start(), speaker.description()))
                .addProperty(RDF.type, Vocab.PROV.Agent)
                .addProperty(RDFS.label, speaker.description());
    }

    static Resource actor(Model m, String name) {
        return m.createResource(Iris.actor(name))
                .addProperty(RDF.type, CG.Actor)
                .addProperty(RDFS.label, name)
                .addProperty(SKOS.prefLabel, name);
    }

    static Resource outlet(Model m, String name) {
        return actor(m, name).addProperty(RDF.type, CG.Outlet).addProperty(RDF.type, CG.Source);
    }

    /** An article whose publisher is unknown still ends its chains with the page someone put up. */
    static Resource unknownPublisher(Model m, String hash) {
        return m.createResource(Iris.unknownPublisher(hash))
                .addProperty(RDF.type, Vocab.PROV.Agent)
                .addProperty(RDFS.label, "unknown publisher");
    }
}
