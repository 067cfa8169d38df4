package org.claimgraph.push;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.claimgraph.store.ShardFiles;

/**
 * Reads the shards of a directory as graph pieces, in a fixed order, holding one piece in memory at
 * a time. The order is the same on every run, so a journal of pieces done stays valid for a rerun.
 */
public final class ShardPieces {

    private final Path dir;
    /** Graphs met so far: a graph met again is added to, not replaced. */
    private final Set<Node> seen = new HashSet<>();

    public ShardPieces(Path dir) {
        this.dir = dir;
    }

    public void forEach(Consumer<GraphPiece> pieces) {
        for (Path shard : ShardFiles.under(dir)) {
            read(shard, ShardFiles.relative(dir, shard), pieces);
        }
    }

    private void read(Path shard, String name, Consumer<GraphPiece> pieces) {
        Lang lang = RDFLanguages.filenameToLang(shard.toString(), Lang.NQUADS);
        RDFParser.source(shard).lang(lang).parse(new StreamRDFBase() {
            private Node graph;
            private Graph triples;
            private int ordinal;

            @Override
            public void quad(Quad quad) {
                if (quad.isDefaultGraph()) {
                    throw new IllegalArgumentException(name + " holds a triple outside any named graph: " + quad);
                }
                if (!quad.getGraph().equals(graph)) {
                    flush();
                    graph = quad.getGraph();
                    triples = GraphFactory.createDefaultGraph();
                }
                triples.add(quad.asTriple());
            }

            @Override
            public void finish() {
                flush();
            }

            private void flush() {
                if (graph != null) {
                    pieces.accept(new GraphPiece(name, ordinal++, graph, triples, seen.add(graph)));
                    graph = null;
                }
            }
        });
    }
}
