package org.claimgraph.bench;

import java.nio.file.Path;
import java.util.Iterator;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.claimgraph.rdf.ArticleGraph;

/**
 * The yardstick for claimgraph's loader: Jena's TDB2 phased bulk loader (the one behind
 * {@code tdb2.tdbloader --loader=phased}) fed the same quads, from the same in-memory graphs, into a
 * fresh store. It writes in one exclusive transaction with no replacement of earlier loads, which is
 * what makes it the upper bound.
 */
final class BulkLoadSpeed {

    private BulkLoadSpeed() {
    }

    /** Triples per second loading {@code graphs} into a new TDB2 store at {@code directory}. */
    static double triplesPerSecond(Path directory, Iterator<ArticleGraph> graphs) {
        DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(directory.toString());
        try {
            DataLoader loader = LoaderFactory.phasedLoader(dsg, (format, args) -> { });
            long start = System.nanoTime();
            loader.startBulk();
            try {
                StreamRDF stream = loader.stream();
                while (graphs.hasNext()) {
                    ArticleGraph g = graphs.next();
                    Node name = NodeFactory.createURI(g.name());
                    g.model().getGraph().find().forEachRemaining(t -> stream.quad(Quad.create(name, t)));
                }
                loader.finishBulk();
            } catch (RuntimeException e) {
                loader.finishException(e);
                throw e;
            }
            long quads = loader.countQuads() + loader.countTriples();
            return quads / ((System.nanoTime() - start) / 1e9);
        } finally {
            dsg.close();
        }
    }
}
