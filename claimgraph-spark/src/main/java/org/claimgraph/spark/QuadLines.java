package org.claimgraph.spark;

import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;

/** Lines of N-Quads shards read back: the graph a line belongs to, and a dataset from many lines. */
final class QuadLines {

    private QuadLines() {
    }

    static String graphOf(String line) {
        Quad[] found = {null};
        RDFParser.fromString(line, Lang.NQUADS).parse(new StreamRDFBase() {
            @Override
            public void quad(Quad quad) {
                found[0] = quad;
            }
        });
        if (found[0] == null || found[0].isDefaultGraph()) {
            throw new IllegalArgumentException("not a quad in a named graph: " + line);
        }
        return found[0].getGraph().getURI();
    }

    static DatasetGraph dataset(Iterable<String> lines) {
        StringBuilder text = new StringBuilder();
        lines.forEach(l -> text.append(l).append('\n'));
        DatasetGraph dsg = DatasetGraphFactory.createGeneral();
        RDFParser.fromString(text.toString(), Lang.NQUADS).parse(dsg);
        return dsg;
    }
}
