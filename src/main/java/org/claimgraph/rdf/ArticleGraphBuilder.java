package org.claimgraph.rdf;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.claimgraph.extract.Attribution;
import org.claimgraph.extract.Span;
import org.claimgraph.ingest.Article;
import org.claimgraph.ingest.ArticleMetadata;
import org.claimgraph.rdf.Vocab.CG;
import org.claimgraph.rdf.Vocab.OA;
import org.claimgraph.rdf.Vocab.SDO;
import org.claimgraph.resolve.Speaker;
import org.claimgraph.resolve.SpeakerResolver;

/**
 * Maps one article and its attributions to RDF: the article node, one claim node per attribution with
 * Web Annotation evidence spans, the sources, and each claim's chain of attribution as relay hops from
 * the speaker (depth 0) to the publisher of the page.
 */
public final class ArticleGraphBuilder {

    private final SpeakerResolver speakers = new SpeakerResolver();

    public ArticleGraph build(Article article, List<Attribution> attributions) {
        String text = article.text();
        String hash = Iris.contentHash(text);
        Model m = ModelFactory.createDefaultModel();
        m.setNsPrefixes(Vocab.prefixes());
        CodePointOffsets offsets = new CodePointOffsets(text);

        Resource art = describeArticle(m, article, hash);
        List<Hop> tail = articleChain(m, article.metadata(), hash);
        int claims = 0;
        for (Attribution a : attributions) {
            describeClaim(m, art, text, hash, offsets, a, tail);
            claims++;
        }
        return new ArticleGraph(art.getURI(), article.origin(), m, claims);
    }

    private Resource describeArticle(Model m, Article article, String hash) {
        ArticleMetadata md = article.metadata();
        Resource art = m.createResource(Iris.article(hash))
                .addProperty(RDF.type, CG.Article)
                .addProperty(RDF.type, SDO.NewsArticle)
                .addProperty(CG.origin, article.origin())
                .addProperty(CG.contentHash, hash)
                .addProperty(CG.text, article.text());
        md.titleValue().ifPresent(t -> art.addProperty(SDO.headline, t));
        md.titleValue().ifPresent(t -> art.addProperty(RDFS.label, t));
        md.dateValue().ifPresent(d -> art.addProperty(SDO.datePublished, d.toString(), switch (d.precision()) {
            case YEAR -> XSDDatatype.XSDgYear;
            case MONTH -> XSDDatatype.XSDgYearMonth;
            case DAY -> XSDDatatype.XSDdate;
        }));
        md.languageValue().ifPresent(l -> art.addProperty(SDO.inLanguage, l));
        md.urlValue().ifPresent(u -> art.addProperty(SDO.url, m.createResource(u)));
        md.authors().forEach(a -> art.addProperty(SDO.author, a));
        md.publisherValue().ifPresent(p -> art.addProperty(SDO.publisher, outlet(m, p)));
        md.originalReporterValue().ifPresent(r -> art.addProperty(CG.originalReporter, outlet(m, r)));
        copyKind(md).ifPresent(k -> art.addProperty(CG.copyKind, k));
        return art;
    }

    /**
     * The hops every claim of this article shares after its own: the original reporter, then the
     * publisher of the copy we read, with the role the copy's derivation gives it.
     */
    private List<Hop> articleChain(Model m, ArticleMetadata md, String hash) {
        List<Hop> chain = new ArrayList<>();
        Optional<Resource> reporter = md.originalReporterValue().map(r -> outlet(m, r));
        Resource publisher = md.publisherValue()
                .map(p -> outlet(m, p))
                .orElseGet(() -> m.createResource(Iris.unknownPublisher(hash))
                        .addProperty(RDF.type, Vocab.PROV.Agent)
                        .addProperty(RDFS.label, "unknown publisher"));
        reporter.filter(r -> !r.equals(publisher)).ifPresent(r -> chain.add(new Hop(r, CG.ReportedBy)));
        Resource role = copyKind(md).map(k -> k.equals(CG.Translation) ? CG.TranslatedBy : CG.ReprintedBy)
                .orElse(CG.PublishedBy);
        chain.add(new Hop(publisher, role));
        return chain;
    }

    /** One step of a chain before it is numbered: who, doing what. */
    private record Hop(Resource agent, Resource role) {
    }

    private void describeClaim(Model m, Resource art, String text, String hash, CodePointOffsets offsets,
                               Attribution a, List<Hop> articleTail) {
        Resource claim = m.createResource(Iris.claim(hash, roleOffsets(a)))
                .addProperty(RDF.type, CG.Claim)
                .addProperty(CG.inArticle, art)
                .addProperty(CG.contentText, Span.textOf(text, a.content()))
                .addProperty(CG.quoteKind, quoteKind(a));
        if (!a.cue().isEmpty()) {
            claim.addProperty(CG.cueText, Span.textOf(text, a.cue()));
        }
        if (!a.source().isEmpty()) {
            claim.addProperty(CG.sourceText, Span.textOf(text, a.source()));
        }
        spans(m, claim, art, text, offsets, "content", CG.contentSpan, a.content());
        spans(m, claim, art, text, offsets, "cue", CG.cueSpan, a.cue());
        spans(m, claim, art, text, offsets, "source", CG.sourceSpan, a.source());

        Resource source = source(m, text, hash, a);
        claim.addProperty(CG.attributedTo, source);

        List<Hop> hops = new ArrayList<>();
        hops.add(new Hop(source, CG.Said));
        for (Span relay : a.relays()) {
            hops.add(new Hop(relayAgent(m, text, hash, relay, art), CG.QuotedBy));
        }
        for (Hop h : articleTail) {
            // "The report quoted ..." already named the reporter: do not list it twice in a row
            if (!h.agent().equals(hops.get(hops.size() - 1).agent())) {
                hops.add(h);
            }
        }
        for (int depth = 0; depth < hops.size(); depth++) {
            claim.addProperty(CG.hop, m.createResource(Iris.part(claim.getURI(), "hop-" + depth))
                    .addProperty(RDF.type, CG.RelayHop)
                    .addLiteral(CG.depth, m.createTypedLiteral(depth, XSDDatatype.XSDinteger))
                    .addProperty(CG.agent, hops.get(depth).agent())
                    .addProperty(CG.role, hops.get(depth).role()));
        }
    }

    /** The claim's source: a named actor, or an anonymous source local to this article. */
    private Resource source(Model m, String text, String hash, Attribution a) {
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
            Resource actor = actor(m, speaker.name().orElseThrow());
            actor.addProperty(RDF.type, CG.Source);
            return actor;
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
    private Resource relayAgent(Model m, String text, String hash, Span relay, Resource art) {
        String mention = relay.of(text).toLowerCase(Locale.ROOT);
        Resource reporter = art.getPropertyResourceValue(CG.originalReporter);
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

    private static Resource actor(Model m, String name) {
        return m.createResource(Iris.actor(name))
                .addProperty(RDF.type, CG.Actor)
                .addProperty(RDFS.label, name)
                .addProperty(SKOS.prefLabel, name);
    }

    private static Resource outlet(Model m, String name) {
        return actor(m, name).addProperty(RDF.type, CG.Outlet).addProperty(RDF.type, CG.Source);
    }

    private static void spans(Model m, Resource claim, Resource art, String text, CodePointOffsets offsets,
                              String role, org.apache.jena.rdf.model.Property property, List<Span> spans) {
        for (int i = 0; i < spans.size(); i++) {
            Span s = spans.get(i);
            if (s.length() == 0) {
                continue;
            }
            String part = role + "-" + i;
            Resource position = m.createResource(Iris.part(claim.getURI(), part + "-position"))
                    .addProperty(RDF.type, OA.TextPositionSelector)
                    .addLiteral(OA.start, m.createTypedLiteral(offsets.toCodePoints(s.start()),
                            XSDDatatype.XSDnonNegativeInteger))
                    .addLiteral(OA.end, m.createTypedLiteral(offsets.toCodePoints(s.end()),
                            XSDDatatype.XSDnonNegativeInteger));
            Resource quote = m.createResource(Iris.part(claim.getURI(), part + "-quote"))
                    .addProperty(RDF.type, OA.TextQuoteSelector)
                    .addProperty(OA.exact, s.of(text));
            claim.addProperty(property, m.createResource(Iris.part(claim.getURI(), part))
                    .addProperty(RDF.type, OA.SpecificResource)
                    .addProperty(OA.hasSource, art)
                    .addProperty(OA.hasSelector, position)
                    .addProperty(OA.hasSelector, quote));
        }
    }

    private static Resource quoteKind(Attribution a) {
        return switch (a.kind()) {
            case DIRECT -> CG.DirectQuote;
            case INDIRECT -> CG.IndirectQuote;
            case MIXED -> CG.MixedQuote;
        };
    }

    private static Optional<Resource> copyKind(ArticleMetadata md) {
        return md.derivationValue().map(d -> switch (d) {
            case "translation" -> CG.Translation;
            case "machine-translation" -> CG.MachineTranslation;
            case "spun-copy" -> CG.SpunCopy;
            default -> CG.Reprint;
        });
    }

    private static String roleOffsets(Attribution a) {
        return render(a.source()) + "/" + render(a.cue()) + "/" + render(a.content());
    }

    private static String render(List<Span> spans) {
        return spans.stream().map(s -> s.start() + "-" + s.end()).collect(Collectors.joining(","));
    }
}
