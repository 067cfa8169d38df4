package org.claimgraph.provenance;

import java.util.List;
import org.claimgraph.extract.Span;

/**
 * One in-text step of a claim's way to the page, after its speaker.
 *
 * @param role     what the agent did
 * @param agent    the agent's mention in the text ("The report", "the Financial Times")
 * @param evidence the words that show the step ("told Reuters", "quoted"), for cg:evidence
 */
public record RelayStep(RelayRole role, Span agent, List<Span> evidence) {

    public RelayStep {
        evidence = List.copyOf(evidence);
    }
}
