package org.claimgraph.rdf;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.claimgraph.extract.Attribution;
import org.claimgraph.extract.Span;
import org.claimgraph.ingest.Article;
import org.claimgraph.ingest.ArticleMetadata;
import org.claimgraph.ingest.PagePart;
import org.claimgraph.provenance.ArticleCue;
import org.claimgraph.provenance.ArticleCues;
import org.claimgraph.provenance.ClaimChain;
import org.claimgraph.provenance.RelayFinder;
import org.claimgraph.provenance.RelayRole;
import org.claimgraph.provenance.RelayStep;
import org.claimgraph.rdf.AttributionChain.Hop;
import org.claimgraph.rdf.Vocab.CG;
import org.claimgraph.rdf.Vocab.SDO;

/**
 * Maps one article and its attributions to RDF: the article node, one claim node per attribution with
 * Web Annotation evidence spans, the sources, and each claim's chain of attribution as relay hops from
 * the speaker (depth 0) to the publisher of the page.
 */
public final class ArticleGraphBuilder {

    private final AgentNodes agents = new AgentNodes();

    public ArticleGraph build(Article article, List<Attribution> attributions) {
        String text = article.text();
        String hash = Iris.contentHash(text);
        Model m = ModelFactory.createDefaultModel();
        m.setNsPrefixes(Vocab.prefixes());

        PagePart part = article.part();
        List<ArticleCue> cues = ArticleCues.find(text, part.region()).stream()
                // a "(Reuters)" photo credit in a caption says who took the picture, not who wrote the story
                .filter(c -> c.kind() != ArticleCue.Kind.REPORTER || part.isNews(c.span()))
                .toList();
        ArticleMetadata md = article.metadata().orElse(fromCues(cues));
        Resource art = describeArticle(m, article, md, hash);
        EvidenceSpans evidence = new EvidenceSpans(art, text);
        agents.describeEntities(m, article, hash, evidence);
        if (part.isSplit()) {
            describePage(m, art, evidence, part, hash);
        }
        List<Hop> tail = AttributionChain.articleTail(m, md, hash, cues, art, evidence);
        for (ClaimChain chain : RelayFinder.chains(text, attributions)) {
            describeClaim(m, art, text, hash, evidence, chain, tail);
        }
        return new ArticleGraph(art.getURI(), article.origin(), m, attributions.size());
    }

    /** What the article's own words say of its provenance, for whatever sidecar and dateline left open. */
    private static ArticleMetadata fromCues(List<ArticleCue> cues) {
        String translator = ArticleCues.first(cues, ArticleCue.Kind.TRANSLATOR).orElse(null);
        String publisher = ArticleCues.first(cues, ArticleCue.Kind.PUBLISHER).orElse(translator);
        return new ArticleMetadata(null, publisher, ArticleCues.first(cues, ArticleCue.Kind.REPORTER).orElse(null),
                translator != null ? "translation" : null, null, null, null, List.of());
    }

    /**
     * A story cut from a page holding several: its stretch of the page as evidence, and the page with
     * all its stories, which tells the store which graphs of the same input are this load's siblings.
     */
    private static void describePage(Model m, Resource art, EvidenceSpans evidence, PagePart part, String hash) {
        evidence.write(m, art, CG.storySpan, List.of(part.region()));
        Resource page = m.createResource(Iris.page(hash)).addProperty(RDF.type, CG.Page);
        art.addProperty(CG.onPage, page);
        for (Span story : part.pageStories()) {
            page.addProperty(CG.hasStory, m.createResource(articleIri(hash, part, story)));
        }
    }

    /** A whole-page article keeps the page's IRI; each story of a split page gets its own. */
    private static String articleIri(String hash, PagePart part, Span region) {
        return part.isSplit() ? Iris.story(hash, region.start(), region.end()) : Iris.article(hash);
    }

    private Resource describeArticle(Model m, Article article, ArticleMetadata md, String hash) {
        Resource art = m.createResource(articleIri(hash, article.part(), article.part().region()))
                .addProperty(RDF.type, CG.Article)
                .addProperty(RDF.type, SDO.NewsArticle)
                .addProperty(CG.origin, article.origin())
                .addProperty(CG.contentHash, hash)
                .addProperty(CG.text, article.text());
        md.titleValue().ifPresent(t -> art.addProperty(SDO.headline, t).addProperty(RDFS.label, t));
        md.dateValue().ifPresent(d -> art.addProperty(SDO.datePublished, d.toString(), switch (d.precision()) {
            case YEAR -> XSDDatatype.XSDgYear;
            case MONTH -> XSDDatatype.XSDgYearMonth;
            case DAY -> XSDDatatype.XSDdate;
        }));
        md.languageValue().ifPresent(l -> art.addProperty(SDO.inLanguage, l));
        md.urlValue().ifPresent(u -> art.addProperty(SDO.url, m.createResource(u)));
        md.authors().forEach(a -> art.addProperty(SDO.author, a));
        md.publisherValue().ifPresent(p -> art.addProperty(SDO.publisher, AgentNodes.outlet(m, p)));
        md.originalReporterValue().ifPresent(r -> art.addProperty(CG.originalReporter, AgentNodes.outlet(m, r)));
        AttributionChain.copyKind(md).ifPresent(k -> art.addProperty(CG.copyKind, k));
        return art;
    }

    private void describeClaim(Model m, Resource art, String text, String hash, EvidenceSpans evidence,
                               ClaimChain chain, List<Hop> articleTail) {
        Attribution a = chain.attribution();
        Resource claim = m.createResource(Iris.claim(hash, roleOffsets(a)))
                .addProperty(RDF.type, CG.Claim)
                .addProperty(CG.inArticle, art)
                .addProperty(CG.contentText, Span.textOf(text, a.content()))
                .addProperty(CG.quoteKind, switch (a.kind()) {
                    case DIRECT -> CG.DirectQuote;
                    case INDIRECT -> CG.IndirectQuote;
                    case MIXED -> CG.MixedQuote;
                });
        if (!a.cue().isEmpty()) {
            claim.addProperty(CG.cueText, Span.textOf(text, a.cue()));
        }
        if (!a.source().isEmpty()) {
            claim.addProperty(CG.sourceText, Span.textOf(text, a.source()));
        }
        evidence.write(m, claim, CG.contentSpan, a.content());
        evidence.write(m, claim, CG.cueSpan, a.cue());
        evidence.write(m, claim, CG.sourceSpan, a.source());
        agents.about(m, claim, a);

        Resource source = agents.source(m, text, hash, a);
        claim.addProperty(CG.attributedTo, source);
        Resource speaker = chain.originalSpeaker()
                .map(s -> agents.relayAgent(m, text, hash, s, art))
                .orElse(reportAsReporter(m, text, hash, a, art).orElse(source));
        List<Hop> inText = new ArrayList<>();
        for (RelayStep step : chain.steps()) {
            Resource agent = step.role() == RelayRole.TOLD_TO
                    ? AttributionChain.addressee(m, text, step)
                    : step.agent().equals(a.speakerMention().orElse(null)) ? source
                    : agents.relayAgent(m, text, hash, step.agent(), art);
            inText.add(new Hop(agent, AttributionChain.role(step.role()), step.evidence(), List.of()));
        }
        AttributionChain.write(m, evidence, claim, AttributionChain.of(speaker, inText, articleTail));
    }

    /**
     * "The report stated ..." in a translated article: the report is the original reporter's, so its
     * chain starts at that outlet rather than at a nameless "The report" followed by the outlet again.
     */
    private Optional<Resource> reportAsReporter(Model m, String text, String hash, Attribution a, Resource art) {
        Resource reporter = art.getPropertyResourceValue(CG.originalReporter);
        if (reporter == null || a.source().isEmpty()) {
            return Optional.empty();
        }
        // the source as written: "The report", whatever earlier mention the extractor took it to refer to
        Resource relay = agents.relayAgent(m, text, hash, Span.cover(a.source()), art);
        return relay.equals(reporter) ? Optional.of(reporter) : Optional.empty();
    }

    private static String roleOffsets(Attribution a) {
        return render(a.source()) + "/" + render(a.cue()) + "/" + render(a.content());
    }

    private static String render(List<Span> spans) {
        return spans.stream().map(s -> s.start() + "-" + s.end()).collect(Collectors.joining(","));
    }
}
