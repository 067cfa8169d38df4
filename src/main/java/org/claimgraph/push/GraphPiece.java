package org.claimgraph.push;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;

/**
 * A run of consecutive quads of one named graph in a shard: what one request sends. A scale-out job
 * writes each graph as one run, so a piece is normally a whole graph.
 *
 * @param shard   the shard's path below the pushed directory
 * @param ordinal the piece's position in its shard, counted from 0
 * @param name    the graph's name
 * @param triples the piece's triples
 * @param first   whether this is the graph's first piece in the whole directory: it replaces the graph
 *                at the endpoint, later pieces add to it
 */
public record GraphPiece(String shard, int ordinal, Node name, Graph triples, boolean first) {

    /** The piece's line in a push journal. */
    public String journalKey() {
        return shard + "\t" + ordinal + "\t" + name.getURI();
    }
}
