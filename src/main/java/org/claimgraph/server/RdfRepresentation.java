package org.claimgraph.server;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.atlas.web.MediaType;
import org.apache.jena.riot.RDFFormat;

/**
 * The representations /ontology and /claims/void answer in, and the choice among them: a
 * {@code ?format=} parameter wins, then the Accept header (with its q-values); no header at all gets
 * the first offer.
 */
enum RdfRepresentation {
    HTML("text/html", null, "html"),
    TURTLE("text/turtle", RDFFormat.TURTLE_PRETTY, "ttl", "turtle"),
    RDFXML("application/rdf+xml", RDFFormat.RDFXML_ABBREV, "rdfxml", "rdf", "xml"),
    JSONLD("application/ld+json", RDFFormat.JSONLD11_PRETTY, "jsonld", "json-ld", "json"),
    NTRIPLES("application/n-triples", RDFFormat.NTRIPLES, "nt", "ntriples");

    private final String mediaType;
    private final RDFFormat format;
    private final List<String> names;

    RdfRepresentation(String mediaType, RDFFormat format, String... names) {
        this.mediaType = mediaType;
        this.format = format;
        this.names = List.of(names);
    }

    String mediaType() {
        return mediaType;
    }

    /** The Jena writer format, for the RDF representations. */
    RDFFormat format() {
        return format;
    }

    /** A {@code ?format=} value: a short name such as {@code ttl}, or a media type. */
    static Optional<RdfRepresentation> named(String name, List<RdfRepresentation> offers) {
        String n = name.strip().toLowerCase(Locale.ROOT);
        return offers.stream().filter(r -> r.names.contains(n) || r.mediaType.equals(n)).findFirst();
    }

    /** The best of {@code offers} (in order of preference) for an Accept header; empty means 406. */
    static Optional<RdfRepresentation> negotiate(String accept, List<RdfRepresentation> offers) {
        if (accept == null || accept.isBlank()) {
            return Optional.of(offers.get(0));
        }
        AcceptList offered = AcceptList.create(offers.stream().map(RdfRepresentation::mediaType).toArray(String[]::new));
        MediaType chosen;
        try {
            chosen = AcceptList.match(new AcceptList(accept), offered);
        } catch (RuntimeException e) {
            // A header Jena cannot parse is treated as asking for nothing we have.
            return Optional.empty();
        }
        if (chosen == null) {
            return Optional.empty();
        }
        String type = (chosen.getType() + "/" + chosen.getSubType()).toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(offers::contains).filter(r -> r.mediaType.equals(type)).findFirst();
    }
}
