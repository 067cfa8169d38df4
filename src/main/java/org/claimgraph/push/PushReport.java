package org.claimgraph.push;

/**
 * What a push did.
 *
 * @param sent    pieces sent in this run
 * @param skipped pieces an earlier run had sent, per the journal
 * @param triples triples sent in this run
 */
public record PushReport(int sent, int skipped, long triples) {
}
