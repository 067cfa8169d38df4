package org.claimgraph.contradict;

/**
 * An actor mention inside a claim's content, as actor resolution left it in the graph: where it
 * stands in the content (char offsets), the resolved actor IRI, and a name to show for the actor.
 */
public record ActorMention(int start, int end, String actor, String label) {
}
