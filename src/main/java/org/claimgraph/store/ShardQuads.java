package org.claimgraph.store;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.Quad;
import org.claimgraph.rdf.ArticleGraph;

/**
 * One named graph as N-Quads text, the unit of a shard: a scale-out job writes each article's graph
 * this way, and {@link ShardLoader} or a push reads the shards back. Every line names its graph, so
 * shards can be concatenated, split at line ends and loaded in any order.
 */
public final class ShardQuads {

    private ShardQuads() {
    }

    public static String of(ArticleGraph article) {
        return of(NodeFactory.createURI(article.name()), article.model().getGraph());
    }

    public static String of(Node name, Graph graph) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        StreamRDF stream = StreamRDFWriter.getWriterStream(out, RDFFormat.NQUADS);
        stream.start();
        graph.find().forEachRemaining(t -> stream.quad(Quad.create(name, t)));
        stream.finish();
        return out.toString(StandardCharsets.UTF_8);
    }
}
