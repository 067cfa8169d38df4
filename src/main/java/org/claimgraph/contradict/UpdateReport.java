package org.claimgraph.contradict;

import java.util.List;

/**
 * What one run of the detector did: claims read from the new articles, pairs of claims compared
 * (the cost an incremental update keeps small), and the findings written to the contradictions graph.
 */
public record UpdateReport(int claimsRead, long comparisons, List<Finding> written, int contradictionsInGraph) {
}
