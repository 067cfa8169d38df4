package org.claimgraph.provenance;

/**
 * Two articles found to tell one story.
 *
 * @param a              IRI of one article
 * @param b              IRI of the other
 * @param sharedShingles name-and-number shingles both contain
 * @param similarity     shared shingles over the smaller article's shingles, 0 to 1
 * @param aligned        sentences aligned in order between the two
 * @param sentencesA     sentences of {@code a}
 * @param sentencesB     sentences of {@code b}
 */
public record CopyPair(String a, String b, int sharedShingles, double similarity, int aligned,
                       int sentencesA, int sentencesB) {
}
