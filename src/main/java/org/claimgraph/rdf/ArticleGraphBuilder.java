package org.claimgraph.rdf;

import java.util.List;
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

        Resource art = describeArticle(m, article, hash);
        EvidenceSpans evidence = new EvidenceSpans(art, text);
        agents.describeEntities(m, article, hash, evidence);
        List<Hop> tail = AttributionChain.articleTail(m, article.metadata(), hash);
        for (Attribution a : attributions) {
            describeClaim(m, art, text, hash, evidence, a, tail);
        }
        return new ArticleGraph(art.getURI(), article.origin(), m, attributions.size());
    }

    private Resource describeArticle(Model m, Article article, String hash) {
        ArticleMetadata md = article.metadata();
        Resource art = m.createResource(Iris.article(hash))
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
                               Attribution a, List<Hop> articleTail) {
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
        evidence.write(m, claim, "content", CG.contentSpan, a.content());
        evidence.write(m, claim, "cue", CG.cueSpan, a.cue());
        evidence.write(m, claim, "source", CG.sourceSpan, a.source());
        agents.about(m, claim, a);

        Resource source = agents.source(m, text, hash, a);
        claim.addProperty(CG.attributedTo, source);
        List<Resource> relays = a.relays().stream().map(r -> agents.relayAgent(m, text, hash, r, art)).toList();
        AttributionChain.write(m, claim, AttributionChain.of(source, relays, articleTail));
    }

    private static String roleOffsets(Attribution a) {
        return render(a.source()) + "/" + render(a.cue()) + "/" + render(a.content());
    }

    private static String render(List<Span> spans) {
        return spans.stream().map(s -> s.start() + "-" + s.end()).collect(Collectors.joining(","));
    }
}
