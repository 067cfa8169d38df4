package org.claimgraph.ontology;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.system.Txn;
import org.claimgraph.cli.Ingestion;
import org.claimgraph.store.ClaimStore;

/**
 * Builds the ontology's HTML documentation from ontology/claimgraph.ttl and the graph of the demo
 * articles. Run by the build (process-classes) into target/classes/ontology/index.html, which
 * `claimgraph serve` answers /ontology with; docs/ontology.html is a checked-in copy.
 *
 * <p>Usage: {@code OntologyDocs ONTOLOGY.ttl ARTICLES-DIR OUT.html}
 */
public final class OntologyDocs {

    private OntologyDocs() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            throw new IllegalArgumentException("usage: OntologyDocs ONTOLOGY.ttl ARTICLES-DIR OUT.html");
        }
        String html = build(Path.of(args[0]), Path.of(args[1]));
        Path out = Path.of(args[2]);
        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.writeString(out, html, StandardCharsets.UTF_8);
    }

    /** The documentation page, with examples extracted from {@code articles} as `claimgraph ingest` would store them. */
    public static String build(Path ontologyFile, Path articles) {
        Model ontology = RDFDataMgr.loadModel(ontologyFile.toString());
        try (ClaimStore store = ClaimStore.inMemory()) {
            ByteArrayOutputStream messages = new ByteArrayOutputStream();
            int skipped = Ingestion.ingest(store, List.of(articles), new PrintStream(messages, true, StandardCharsets.UTF_8));
            if (skipped != 0) {
                throw new IllegalStateException("demo articles skipped: " + messages.toString(StandardCharsets.UTF_8));
            }
            return Txn.calculateRead(store.dataset(), () -> new OntologyPage(ontology,
                    ClassExamples.from(store.datasetGraph().getUnionGraph(), OntologyPage.classes(ontology))).render());
        }
    }
}
