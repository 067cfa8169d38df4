package org.claimgraph.rdf;

import org.apache.jena.rdf.model.Model;

/**
 * What one article contributes to the store: a named graph, replaced whole when the article is loaded
 * again.
 *
 * @param name   the graph name, which is also the article's IRI
 * @param origin the input it was read from; a later load of the same origin replaces this graph
 * @param model  the triples
 * @param claims how many claims it holds, for reports
 */
public record ArticleGraph(String name, String origin, Model model, int claims) {
}
