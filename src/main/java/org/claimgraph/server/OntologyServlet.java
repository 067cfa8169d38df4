package org.claimgraph.server;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;

/**
 * {@code GET /ontology}: the claimgraph ontology, the page its IRI names. Browsers get the HTML
 * documentation built with the jar; RDF clients get Turtle (the file as written, comments included),
 * RDF/XML or JSON-LD by Accept header or {@code ?format=ttl|rdfxml|jsonld|html}; anything else 406.
 */
final class OntologyServlet extends HttpServlet {

    static final String ONTOLOGY_RESOURCE = "/ontology/claimgraph.ttl";
    /** Written by the build (org.claimgraph.ontology.OntologyDocs in process-classes). */
    static final String HTML_RESOURCE = "/ontology/index.html";
    private static final List<RdfRepresentation> OFFERS = List.of(RdfRepresentation.HTML,
            RdfRepresentation.TURTLE, RdfRepresentation.RDFXML, RdfRepresentation.JSONLD);

    private final Map<RdfRepresentation, byte[]> bodies = new EnumMap<>(RdfRepresentation.class);

    OntologyServlet() {
        byte[] turtle = resource(ONTOLOGY_RESOURCE).orElseThrow(() ->
                new IllegalStateException(ONTOLOGY_RESOURCE + " is not on the class path"));
        Model ontology = ModelFactory.createDefaultModel();
        RDFParser.source(new java.io.ByteArrayInputStream(turtle)).lang(Lang.TURTLE).parse(ontology);
        bodies.put(RdfRepresentation.TURTLE, turtle);
        for (RdfRepresentation r : List.of(RdfRepresentation.RDFXML, RdfRepresentation.JSONLD)) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            RDFDataMgr.write(out, ontology, r.format());
            bodies.put(r, out.toByteArray());
        }
        resource(HTML_RESOURCE).ifPresent(html -> bodies.put(RdfRepresentation.HTML, html));
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo();
        if (path != null && !path.equals("/")) {
            send(response, 404, "text/plain", ("no such page; the ontology is at /ontology\n").getBytes(StandardCharsets.UTF_8));
            return;
        }
        response.setHeader("Vary", "Accept");
        String format = request.getParameter("format");
        Optional<RdfRepresentation> chosen = format != null
                ? RdfRepresentation.named(format, OFFERS)
                : RdfRepresentation.negotiate(request.getHeader("Accept"), OFFERS);
        if (chosen.isEmpty()) {
            int status = format != null ? 400 : 406;
            send(response, status, "text/plain", ("the ontology is available as text/html, text/turtle,"
                    + " application/rdf+xml and application/ld+json (?format=html|ttl|rdfxml|jsonld)\n")
                    .getBytes(StandardCharsets.UTF_8));
            return;
        }
        byte[] body = bodies.get(chosen.get());
        if (body == null) {
            send(response, 503, "text/plain", ("the HTML documentation was not built into this class path;"
                    + " build with Maven, or ask for ?format=ttl\n").getBytes(StandardCharsets.UTF_8));
            return;
        }
        send(response, 200, chosen.get().mediaType(), body);
    }

    private static Optional<byte[]> resource(String name) {
        try (InputStream in = OntologyServlet.class.getResourceAsStream(name)) {
            return in == null ? Optional.empty() : Optional.of(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void send(HttpServletResponse response, int status, String contentType, byte[] body) throws IOException {
        response.setStatus(status);
        response.setContentType(contentType + ";charset=utf-8");
        response.setContentLength(body.length);
        try (OutputStream out = response.getOutputStream()) {
            out.write(body);
        }
    }
}
