package org.claimgraph.store;

/**
 * What one {@link BatchLoader} run did.
 *
 * @param articles     articles now in the store
 * @param claims       claims in those articles
 * @param triples      triples in those articles' graphs
 * @param problems     inputs reported and skipped (unreadable, failed extraction, refused by the store)
 * @param transactions write transactions committed
 */
public record LoadReport(int articles, int claims, long triples, int problems, int transactions) {
}
