package org.claimgraph.contradict;

/** What a claim says happened to an actor on an occasion: "Qaani was arrested at Baghdad airport". */
public record Fact(String actor, String factClass, String occasion, String phrase) {
}
