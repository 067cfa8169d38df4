package org.claimgraph.provenance;

import java.util.List;
import java.util.Optional;
import org.claimgraph.extract.Attribution;
import org.claimgraph.extract.Span;

/**
 * A claim's chain as the text shows it, before the article's own provenance is added.
 *
 * @param attribution     the extractor's finding
 * @param originalSpeaker whose words the source passed on, when the content itself says so ("His exact
 *                        words were ..." makes Hochstein the speaker and the diplomat a relay); the
 *                        attribution's own source is then the first step
 * @param steps           the relays after the speaker, nearest first
 */
public record ClaimChain(Attribution attribution, Optional<Span> originalSpeaker, List<RelayStep> steps) {

    public ClaimChain {
        steps = List.copyOf(steps);
    }
}
