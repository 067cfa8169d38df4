package org.claimgraph.contradict;

import java.util.Set;

/**
 * Who a claim credits with an outcome: the outcome key of credit.txt, the credited actors and the
 * sides they stand on (sides.txt), and whether the credit is asserted or denied ("had the calm been
 * arranged by Qaani, it would have ...").
 */
public record Credit(String outcome, Set<String> actors, Set<String> sides, boolean denied) {
}
