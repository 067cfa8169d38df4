package org.claimgraph.contradict;

import org.apache.jena.rdf.model.Resource;

/**
 * One contradiction found: its kind (a cg:ContradictionKind), claim A (the earlier, or the one
 * denied), claim B (the later, or the denial), what both are about, why they conflict, how sure.
 */
public record Finding(Resource kind, Proposition a, Proposition b, String topic, String explanation,
                      double confidence) {

    /**
     * Findings with the same key are one contradiction told twice (a headline and its lead, two
     * copies of one story): one node is kept per kind, topic and pair of articles (and denier, for denials).
     */
    public String groupKey() {
        String arts = a.claim().article().compareTo(b.claim().article()) <= 0
                ? a.claim().article() + "|" + b.claim().article() : b.claim().article() + "|" + a.claim().article();
        // A denial is one contradiction per denier: the PM's office's headline and Mikati's statement.
        String denier = kind.equals(org.claimgraph.rdf.Vocab.CG.ExplicitDenial) ? "|" + b.claim().source() : "";
        return kind.getLocalName() + "|" + topic + "|" + arts + denier;
    }
}
