package org.claimgraph.spark;

import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;

/** Lines of N-Quads shards read back: the graph a line belongs to, and a dataset from many lines. */
final class QuadLines {

    private QuadLines() {
    }

    /**
     * The graph IRI of a shard line, read off its end: in N-Quads the graph is the last term, and an
     * IRI holds no space or '<', so it starts after the last " <". Running a parser per line costs
     * more than the whole stories pass.
     */
    static String graphOf(String line) {
        String quad = line.strip();
        int start = quad.lastIndexOf(" <");
        if (!quad.endsWith("> .") || start < 0) {
            throw new IllegalArgumentException("not a quad in a named graph: " + line);
        }
        return quad.substring(start + 2, quad.length() - 3);
    }

    static DatasetGraph dataset(Iterable<String> lines) {
        StringBuilder text = new StringBuilder();
        lines.forEach(l -> text.append(l).append('\n'));
        DatasetGraph dsg = DatasetGraphFactory.createGeneral();
        RDFParser.fromString(text.toString(), Lang.NQUADS).parse(dsg);
        return dsg;
    }
}
