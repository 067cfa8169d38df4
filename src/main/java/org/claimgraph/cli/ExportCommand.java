package org.claimgraph.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.system.Txn;
import org.claimgraph.rdf.DatasetDescription;
import org.claimgraph.rdf.DatasetExport;
import org.claimgraph.rdf.DatasetFigures;
import org.claimgraph.rdf.DumpFormat;
import org.claimgraph.server.ServerSettings;
import org.claimgraph.store.ClaimStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Write the whole store as an RDF dump, with a VoID/DCAT description of the dataset.",
                "trig, nq and jsonld keep one named graph per article and put the description in a graph of its"
                        + " own (cgid:graph/void); ttl and rdfxml hold the union of all graphs."
                        + " trig, nq and ttl are streamed from the store; jsonld (compacted with"
                        + " ontology/context.jsonld) and rdfxml are built in memory."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the dump was written", "2:bad arguments, or no store at --store",
                "3:unexpected internal error (run with --debug for the stack trace)"})
public final class ExportCommand implements Callable<Integer> {

    @Mixin
    StoreOption store;

    @Option(names = "--format", paramLabel = "FORMAT", required = true,
            description = "trig, nq, ttl, jsonld or rdfxml.")
    String format;

    @Option(names = "--out", paramLabel = "FILE", description = "Output file (default: standard output).")
    Path out;

    @Option(names = "--base-url", paramLabel = "URL",
            defaultValue = "http://" + ServerSettings.DEFAULT_HOST + ":" + ServerSettings.DEFAULT_PORT,
            description = "Where the dataset is served, for the description's SPARQL endpoint and dump links"
                    + " (default: ${DEFAULT-VALUE}).")
    String baseUrl;

    @Option(names = "--web-annotation",
            description = "Also describe each evidence span (an article IRI with a #char=start,end fragment) as a"
                    + " Web Annotation oa:SpecificResource with a text position and a text quote selector,"
                    + " for annotation tools that do not read fragment IRIs.")
    boolean webAnnotation;

    @Override
    public Integer call() throws IOException {
        DumpFormat dump = DumpFormat.named(format).orElseThrow(() -> new UserError(
                "unknown format '" + format + "': use trig, nq, ttl, jsonld or rdfxml"));
        Path dir = store.directory();
        if (!Files.isDirectory(dir)) {
            throw new UserError("no store at " + dir + "; load articles with 'claimgraph ingest' or give --store");
        }
        Instant modified = lastWritten(dir);
        try (ClaimStore db = store.open();
             OutputStream os = out == null ? System.out : new BufferedOutputStream(Files.newOutputStream(out))) {
            Txn.executeRead(db.dataset(), () -> {
                Model description = DatasetDescription.of(DatasetFigures.of(db.datasetGraph()),
                        DatasetDescription.Links.servedAt(baseUrl), modified);
                DatasetExport.write(db.datasetGraph(), description, dump, os, webAnnotation);
            });
            os.flush();
        }
        return 0;
    }

    /** TDB2 keeps no date of change; its files' latest modification time is the store's. */
    private static Instant lastWritten(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.map(ExportCommand::modifiedTime).max(Instant::compareTo).orElse(Instant.now());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Instant modifiedTime(Path file) {
        try {
            FileTime time = Files.getLastModifiedTime(file);
            return time.toInstant();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
