package org.claimgraph.server;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.claimgraph.rdf.DatasetDescription;

/**
 * {@code GET /claims/void} (and {@code /.well-known/void}): the VoID/DCAT description of the served
 * dataset, counted once per committed state of the store ({@link StoreFigures}) so that it follows
 * updates without recounting for every request, with links under the URL the client used. Turtle by default; RDF/XML, JSON-LD and N-Triples by Accept header or {@code ?format=}.
 */
final class DatasetDescriptionServlet extends HttpServlet {

    private static final List<RdfRepresentation> OFFERS = List.of(RdfRepresentation.TURTLE,
            RdfRepresentation.RDFXML, RdfRepresentation.JSONLD, RdfRepresentation.NTRIPLES);

    private final DatasetGraph dataset;
    private final StoreFigures figures;

    DatasetDescriptionServlet(DatasetGraph dataset, StoreFigures figures) {
        this.dataset = dataset;
        this.figures = figures;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("Vary", "Accept");
        String format = request.getParameter("format");
        Optional<RdfRepresentation> chosen = format != null
                ? RdfRepresentation.named(format, OFFERS)
                : RdfRepresentation.negotiate(request.getHeader("Accept"), OFFERS);
        if (chosen.isEmpty()) {
            OntologyServlet.send(response, format != null ? 400 : 406, "text/plain", ("the dataset description is"
                    + " available as text/turtle, application/rdf+xml, application/ld+json and application/n-triples"
                    + " (?format=ttl|rdfxml|jsonld|nt)\n").getBytes(StandardCharsets.UTF_8));
            return;
        }
        String host = request.getServerName().contains(":") ? "[" + request.getServerName() + "]" : request.getServerName();
        String base = request.getScheme() + "://" + host + ":" + request.getServerPort();
        Model description = Txn.calculateRead(dataset, () -> DatasetDescription.of(figures.current(),
                DatasetDescription.Links.servedAt(base), Instant.now()));
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        RDFDataMgr.write(body, description, chosen.get().format());
        OntologyServlet.send(response, 200, chosen.get().mediaType(), body.toByteArray());
    }
}
