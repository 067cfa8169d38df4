package org.claimgraph.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.claimgraph.rdf.DumpFormat;
import org.claimgraph.rdf.DumpWriter;
import org.claimgraph.rdf.Vocab;
import org.claimgraph.provenance.StoriesPass;
import org.claimgraph.contradict.ContradictionFinder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "extract", mixinStandardHelpOptions = true,
        description = {"Extract claims from articles and write an RDF dump, without a store.",
                "The format follows the --out extension: .trig, .nq, .jsonld (one named graph per article),"
                        + " .ttl, .rdf (union of all graphs). Without --out, TriG goes to standard output."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every input extracted", "1:some inputs were skipped", "2:bad arguments"})
public final class ExtractCommand implements Callable<Integer> {

    @Option(names = "--out", paramLabel = "FILE", description = "Output file; its extension picks the format.")
    Path out;

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "Format when writing to standard output or overriding the extension: trig, nq, jsonld, ttl, rdf.")
    String format;

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "Files or directories to extract.")
    List<Path> paths;

    @Override
    public Integer call() throws IOException {
        DumpFormat dump = chosenFormat();
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        int problems = Ingestion.run(paths, System.err,
                graph -> dsg.addGraph(NodeFactory.createURI(graph.name()), graph.model().getGraph()));
        // The cross-article graphs a store would hold: story copies first, since contradictions use them.
        dsg.addGraph(NodeFactory.createURI(Vocab.STORIES_GRAPH.getURI()), StoriesPass.compute(dsg).getGraph());
        ContradictionFinder.forDump(dsg);
        try (OutputStream os = out == null ? System.out : new BufferedOutputStream(Files.newOutputStream(out))) {
            DumpWriter.write(dsg, dump, os);
        }
        return problems == 0 ? 0 : 1;
    }

    private DumpFormat chosenFormat() {
        if (format != null) {
            return DumpFormat.named(format).orElseThrow(() -> new UserError(
                    "unknown format '" + format + "': use trig, nq, jsonld, ttl or rdf"));
        }
        if (out == null) {
            return DumpFormat.TRIG;
        }
        return DumpFormat.forFile(out).orElseThrow(() -> new UserError(
                "cannot tell the format of " + out + ": name it .trig, .nq, .jsonld, .ttl or .rdf, or give --format"));
    }
}
