package org.claimgraph.rdf;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.claimgraph.ingest.ArticleMetadata;
import org.claimgraph.rdf.Vocab.CG;

/**
 * A claim's chain of attribution: the speaker (depth 0), the agents that relayed the claim inside
 * the text ("The report quoted ..."), then the article's own provenance (original reporter, then the
 * publisher of the copy read, as translator or reprinter when the copy is one).
 */
final class AttributionChain {

    /** One step of a chain before it is numbered: who, doing what. */
    record Hop(Resource agent, Resource role) {
    }

    private AttributionChain() {
    }

    /** The hops every claim of an article shares after its own. */
    static List<Hop> articleTail(Model m, ArticleMetadata md, String hash) {
        List<Hop> chain = new ArrayList<>();
        Optional<Resource> reporter = md.originalReporterValue().map(r -> AgentNodes.outlet(m, r));
        Resource publisher = md.publisherValue()
                .map(p -> AgentNodes.outlet(m, p))
                .orElseGet(() -> AgentNodes.unknownPublisher(m, hash));
        reporter.filter(r -> !r.equals(publisher)).ifPresent(r -> chain.add(new Hop(r, CG.ReportedBy)));
        Resource role = copyKind(md).map(k -> k.equals(CG.Translation) ? CG.TranslatedBy : CG.ReprintedBy)
                .orElse(CG.PublishedBy);
        chain.add(new Hop(publisher, role));
        return chain;
    }

    /** The whole chain of one claim: speaker, in-text relays (nearest first), then the article's tail. */
    static List<Hop> of(Resource speaker, List<Resource> relays, List<Hop> articleTail) {
        List<Hop> hops = new ArrayList<>();
        hops.add(new Hop(speaker, CG.Said));
        relays.forEach(r -> hops.add(new Hop(r, CG.QuotedBy)));
        for (Hop h : articleTail) {
            // "The report quoted ..." already named the reporter: do not list it twice in a row
            if (!h.agent().equals(hops.get(hops.size() - 1).agent())) {
                hops.add(h);
            }
        }
        return hops;
    }

    static void write(Model m, Resource claim, List<Hop> hops) {
        for (int depth = 0; depth < hops.size(); depth++) {
            claim.addProperty(CG.hop, m.createResource(Iris.part(claim.getURI(), "hop-" + depth))
                    .addProperty(RDF.type, CG.RelayHop)
                    .addLiteral(CG.depth, m.createTypedLiteral(depth, XSDDatatype.XSDinteger))
                    .addProperty(CG.agent, hops.get(depth).agent())
                    .addProperty(CG.role, hops.get(depth).role()));
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
