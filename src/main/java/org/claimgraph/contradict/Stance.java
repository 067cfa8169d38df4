package org.claimgraph.contradict;

/** A predicate of the predicates.txt lexicon as a claim takes it: asserted (positive) or opposed. */
public record Stance(String predicate, boolean positive) {
}
