package org.claimgraph.rdf;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFFormat;

/**
 * The formats claimgraph writes dumps in, chosen by file extension. Formats that hold named graphs
 * keep one graph per article; Turtle and RDF/XML hold a single graph, so they get the union.
 */
public enum DumpFormat {
    TRIG("trig", RDFFormat.TRIG_BLOCKS, true),
    NQUADS("nq", RDFFormat.NQUADS, true),
    JSONLD("jsonld", RDFFormat.JSONLD11, true),
    TURTLE("ttl", RDFFormat.TURTLE_BLOCKS, false),
    RDFXML("rdf", RDFFormat.RDFXML_PLAIN, false);

    private final String extension;
    private final RDFFormat jena;
    private final boolean namedGraphs;

    DumpFormat(String extension, RDFFormat jena, boolean namedGraphs) {
        this.extension = extension;
        this.jena = jena;
        this.namedGraphs = namedGraphs;
    }

    public String extension() {
        return extension;
    }

    public RDFFormat jenaFormat() {
        return jena;
    }

    public Lang lang() {
        return jena.getLang();
    }

    /** Whether the format keeps named graphs (else the union of all graphs is written). */
    public boolean hasNamedGraphs() {
        return namedGraphs;
    }

    public static Optional<DumpFormat> forFile(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(f -> name.endsWith("." + f.extension)).findFirst();
    }

    public static Optional<DumpFormat> named(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(f -> f.extension.equals(n) || f.name().equalsIgnoreCase(n)).findFirst();
    }
}
