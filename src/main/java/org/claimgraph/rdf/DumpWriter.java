package org.claimgraph.rdf;

import java.io.OutputStream;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;

/** Writes a claim dataset in a dump format, with claimgraph's prefixes. */
public final class DumpWriter {

    private DumpWriter() {
    }

    public static void write(DatasetGraph dsg, DumpFormat format, OutputStream out) {
        dsg.prefixes().putAll(Vocab.prefixes());
        if (format.hasNamedGraphs()) {
            RDFDataMgr.write(out, dsg, format.jenaFormat());
        } else {
            var union = dsg.getUnionGraph();
            union.getPrefixMapping().setNsPrefixes(Vocab.prefixes());
            RDFDataMgr.write(out, union, format.jenaFormat());
        }
    }
}
