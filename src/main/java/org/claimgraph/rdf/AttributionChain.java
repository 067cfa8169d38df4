package org.claimgraph.rdf;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.claimgraph.extract.Span;
import org.claimgraph.ingest.ArticleMetadata;
import org.claimgraph.provenance.ArticleCue;
import org.claimgraph.provenance.ArticleCue.Kind;
import org.claimgraph.provenance.RelayRole;
import org.claimgraph.provenance.RelayStep;
import org.claimgraph.rdf.Vocab.CG;

/**
 * A claim's chain of attribution: the speaker (depth 0), the agents that passed the claim on inside
 * the text (the addressee told, the report that quoted), then the article's own provenance (original
 * reporter, then the publisher of the copy read, as translator or reprinter when the copy is one).
 * Each hop carries the words that show it as cg:evidence where the text has them.
 */
final class AttributionChain {

    /**
     * One step of a chain before it is numbered: who, doing what, shown by which words.
     *
     * @param spans  evidence in this claim's own sentence, written per claim
     * @param shared evidence resources several claims' hops point at (the article's own cues)
     */
    record Hop(Resource agent, Resource role, List<Span> spans, List<Resource> shared) {

        Hop(Resource agent, Resource role) {
            this(agent, role, List.of(), List.of());
        }
    }

    // Compiled once: String.matches and replaceFirst compiled them for every addressee.
    private static final Pattern LEADING_THE = Pattern.compile("^(?i:the)\\s+");
    private static final Pattern OUTLET_WORDS = Pattern.compile(
            ".*\\b(reuters|afp|associated press|times|news|post|journal|agency|press|television|tv"
                    + "|radio|al-awsat|national|guardian|telegraph|herald|gazette|tribune|al jazeera|bbc|cnn)\\b.*");

    private AttributionChain() {
    }

    /** The hops every claim of an article shares after its own, with the article's cues as evidence. */
    static List<Hop> articleTail(Model m, ArticleMetadata md, String hash, List<ArticleCue> cues,
                                 Resource article, EvidenceSpans evidence) {
        List<Hop> chain = new ArrayList<>();
        Optional<Resource> reporter = md.originalReporterValue().map(r -> AgentNodes.outlet(m, r));
        Resource publisher = md.publisherValue()
                .map(p -> AgentNodes.outlet(m, p))
                .orElseGet(() -> AgentNodes.unknownPublisher(m, hash));
        Optional<Resource> kind = copyKind(md);
        List<Resource> reporterCues = shared(evidence, m, cues,
                c -> c.kind() == Kind.REPORTER && c.agent().equals(md.originalReporterValue())
                        || c.kind() == Kind.CONTRIBUTORS);
        reporter.filter(r -> !r.equals(publisher))
                .ifPresent(r -> chain.add(new Hop(r, CG.ReportedBy, List.of(), reporterCues)));
        Resource role = kind.map(k -> k.equals(CG.Translation) ? CG.TranslatedBy : CG.ReprintedBy)
                .orElse(CG.PublishedBy);
        List<Resource> publisherCues = shared(evidence, m, cues,
                c -> c.kind() == Kind.TRANSLATOR && role.equals(CG.TranslatedBy)
                        || c.kind() == Kind.PUBLISHER
                        || c.kind() == Kind.SOURCE_LINK);
        chain.add(new Hop(publisher, role, List.of(), publisherCues));
        return chain;
    }

    private static List<Resource> shared(EvidenceSpans evidence, Model m, List<ArticleCue> cues,
                                          java.util.function.Predicate<ArticleCue> which) {
        List<Span> spans = cues.stream().filter(which).map(ArticleCue::span).toList();
        return evidence.create(m, spans);
    }

    /**
     * The whole chain of one claim: speaker, in-text steps (nearest first), then the article's tail.
     * An agent named twice in a row ("told Reuters", then Reuters as the article's reporter) is one hop:
     * the first, more specific, role stays.
     */
    static List<Hop> of(Resource speaker, List<Hop> inText, List<Hop> articleTail) {
        List<Hop> hops = new ArrayList<>();
        hops.add(new Hop(speaker, CG.Said));
        List<Hop> rest = new ArrayList<>(inText);
        rest.addAll(articleTail);
        for (Hop h : rest) {
            if (!h.agent().equals(hops.get(hops.size() - 1).agent())) {
                hops.add(h);
            }
        }
        return hops;
    }

    static Resource role(RelayRole role) {
        return switch (role) {
            case TOLD_TO -> CG.ToldTo;
            case QUOTED_BY -> CG.QuotedBy;
            case REPORTED_BY -> CG.ReportedBy;
            case CITED_BY -> CG.CitedBy;
        };
    }

    /** The addressee of "told the Financial Times" as an actor named without its article. */
    static Resource addressee(Model m, String text, RelayStep step) {
        String name = LEADING_THE.matcher(step.agent().of(text)).replaceFirst("");
        return looksLikeOutlet(name) ? AgentNodes.outlet(m, name) : AgentNodes.actor(m, name);
    }

    private static boolean looksLikeOutlet(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return OUTLET_WORDS.matcher(n).matches();
    }

    static void write(Model m, EvidenceSpans evidence, Resource claim, List<Hop> hops) {
        for (int depth = 0; depth < hops.size(); depth++) {
            Hop h = hops.get(depth);
            Resource hop = m.createResource(Iris.part(claim.getURI(), "hop-" + depth))
                    .addProperty(RDF.type, CG.RelayHop)
                    .addLiteral(CG.depth, m.createTypedLiteral(depth, XSDDatatype.XSDinteger))
                    .addProperty(CG.agent, h.agent())
                    .addProperty(CG.role, h.role());
            claim.addProperty(CG.hop, hop);
            evidence.create(m, h.spans())
                    .forEach(e -> hop.addProperty(CG.evidence, e));
            h.shared().forEach(e -> hop.addProperty(CG.evidence, e));
        }
    }

    static Optional<Resource> copyKind(ArticleMetadata md) {
        return md.derivationValue().map(d -> switch (d) {
            case "translation" -> CG.Translation;
            case "machine-translation" -> CG.MachineTranslation;
            case "spun-copy" -> CG.SpunCopy;
            default -> CG.Reprint;
        });
    }
}
