package org.claimgraph.server;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.atlas.web.AuthScheme;
import org.apache.jena.fuseki.auth.Auth;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.mod.admin.ActionServerStatus;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Endpoint;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.util.Context;
import org.claimgraph.query.QueryCatalog;
import org.claimgraph.query.QueryRunner;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.ServerConnector;

/**
 * The claim store over HTTP: an embedded Fuseki with one dataset, {@code /claims}, read-only unless
 * started with a password file.
 *
 * <ul>
 *   <li>{@code /claims/sparql}, {@code /claims/query} (and {@code /claims?query=}): SPARQL query, with a
 *       time limit;</li>
 *   <li>{@code /claims/get}, {@code /claims/data} (and {@code /claims?graph=}): Graph Store Protocol read ({@code /claims/data} also
 *       write, for the password file's users, when updates are enabled);</li>
 *   <li>{@code /claims/update}: SPARQL update, only when enabled and only for those users;</li>
 *   <li>{@code /claims/stored}, {@code /claims/stored/NAME}: the stored queries, with the time limit and a
 *       row limit (413 past it);</li>
 *   <li>{@code /ontology}: the ontology, as HTML documentation, Turtle, RDF/XML or JSON-LD;
 *       {@code /claims/void} (also {@code /.well-known/void}): the dataset's VoID/DCAT description;</li>
 *   <li>{@code /}: the claim explorer page (when the build bundled it), which reads only the two above;</li>
 *   <li>{@code /fuseki/}: the Fuseki UI, with the read-only {@code /$/ping} and {@code /$/server} it needs.
 *       The rest of {@code /$/} is refused.</li>
 * </ul>
 */
public final class ClaimServer implements AutoCloseable {

    public static final String DATASET = "/claims";
    /** The claim explorer's bundle, put on the class path by the build (src/main/explorer). */
    private static final String EXPLORER_FILES = "explorer";
    /** The Fuseki UI's files, packaged by jena-fuseki-ui. */
    private static final String FUSEKI_UI_FILES = "webapp";

    private final FusekiServer fuseki;
    private final String baseUrl;
    private final boolean updatable;

    private ClaimServer(FusekiServer fuseki, String host, boolean updatable) {
        this.fuseki = fuseki;
        String shownHost = host.contains(":") ? "[" + host + "]" : host;
        this.baseUrl = "http://" + shownHost + ":" + fuseki.getHttpPort();
        this.updatable = updatable;
    }

    /** Builds and starts the server; it runs until {@link #stop()}. */
    public static ClaimServer start(DatasetGraph dataset, QueryCatalog catalog, ServerSettings settings) {
        QueryRunner runner = new QueryRunner(settings.timeout(), settings.maxRows());
        StoreFigures figures = new StoreFigures(dataset);
        FusekiServer.Builder builder = FusekiServer.create()
                .port(settings.port())
                .enableCors(false)
                .add(DATASET, dataService(dataset, settings))
                .addServlet(DATASET + "/stored/*", new StoredQueryServlet(catalog, runner, dataset))
                .addServlet("/ontology/*", new OntologyServlet())
                .addServlet(DATASET + "/void", new DatasetDescriptionServlet(dataset, figures))
                .addServlet("/.well-known/void", new DatasetDescriptionServlet(dataset, figures))
                .enablePing(true)
                .addProcessor("/$/server", new ActionServerStatus())
                .addFilter("/$/*", new AdminPathGuard());
        if (ClasspathFiles.present(EXPLORER_FILES)) {
            // "/*", not "/": Fuseki keeps "/" for its own 404 servlet; longer mappings (the stored
            // queries, the UI, /$/ping) still win, and the dataset is dispatched by a filter before any servlet.
            builder.addServlet("/*", new ClasspathFiles(EXPLORER_FILES));
        }
        if (ClasspathFiles.present(FUSEKI_UI_FILES)) {
            builder.addServlet(FusekiUiRedirect.PREFIX + "/*", new ClasspathFiles(FUSEKI_UI_FILES))
                    .addFilter(FusekiUiRedirect.PREFIX + "/*", new FusekiUiRedirect());
        }
        settings.passwordFile().ifPresent(file -> builder
                .passwordFile(file.toString())
                .auth(AuthScheme.BASIC)
                // Reading stays open to all; the update endpoints carry their own policy.
                .serverAuthPolicy(Auth.ANY_ANON));
        FusekiServer fuseki = builder.build();
        bind(fuseki, settings.host());
        fuseki.start();
        return new ClaimServer(fuseki, settings.host(), settings.updatable());
    }

    /**
     * The dataset's endpoints, built by hand rather than with Fuseki's standard set, which would
     * include update and GSP write for everyone.
     */
    private static DataService dataService(DatasetGraph dataset, ServerSettings settings) {
        // Fuseki merges an endpoint's context into each request's; a limit here cannot be raised by the
        // client's "timeout" parameter, only lowered. SERVICE is off so that anonymous users cannot make
        // the server fetch other URLs on their behalf.
        Context limited = new Context();
        limited.set(ARQ.queryTimeout, Long.toString(settings.timeout().toMillis()));
        limited.set(ARQ.httpServiceAllowed, false);
        Context limitedUpdate = new Context();
        limitedUpdate.set(ARQ.updateTimeout, Long.toString(settings.timeout().toMillis()));
        limitedUpdate.set(ARQ.httpServiceAllowed, false);
        RowCappedQuery capped = new RowCappedQuery(settings.maxRows());
        DataService.Builder service = DataService.newBuilder(dataset)
                .addEndpoint(endpoint(Operation.Query, "sparql").context(limited).processor(capped).build())
                .addEndpoint(endpoint(Operation.Query, "query").context(limited).processor(capped).build())
                // The dataset URL itself answers queries and GSP reads too, as clients such as
                // RDFConnection.connect(datasetUrl) expect.
                .addEndpoint(Endpoint.create().operation(Operation.Query).context(limited).processor(capped).build())
                .addEndpoint(Endpoint.create().operation(Operation.GSP_R).build())
                .addEndpoint(endpoint(Operation.GSP_R, "get").build());
        if (settings.updatable()) {
            service.addEndpoint(endpoint(Operation.Update, "update").context(limitedUpdate)
                            .authPolicy(Auth.ANY_USER).build())
                    .addEndpoint(endpoint(Operation.GSP_RW, "data").authPolicy(Auth.ANY_USER).build());
        } else {
            service.addEndpoint(endpoint(Operation.GSP_R, "data").build());
        }
        return service.build();
    }

    private static Endpoint.Builder endpoint(Operation operation, String name) {
        return Endpoint.create().operation(operation).endpointName(name);
    }

    /** FusekiServer only knows "loopback or all interfaces"; the connector takes any host. */
    private static void bind(FusekiServer fuseki, String host) {
        for (Connector c : fuseki.getJettyServer().getConnectors()) {
            if (c instanceof ServerConnector connector) {
                connector.setHost(host);
            }
        }
    }

    public int port() {
        return fuseki.getHttpPort();
    }

    /** {@code http://host:port}, without a trailing slash. */
    public String baseUrl() {
        return baseUrl;
    }

    public String datasetUrl() {
        return baseUrl + DATASET;
    }

    public String queryUrl() {
        return datasetUrl() + "/sparql";
    }

    /** What a user needs to know on start: one line per URL. */
    public List<String> describe() {
        List<String> lines = new ArrayList<>();
        if (ClasspathFiles.present(EXPLORER_FILES)) {
            lines.add("Claim explorer:   " + baseUrl + "/");
        }
        lines.add("Fuseki UI:        " + baseUrl + FusekiUiRedirect.PREFIX + "/");
        lines.add("SPARQL query:     " + queryUrl() + "  (also " + datasetUrl() + "/query)");
        lines.add("Graph Store read: " + datasetUrl() + "/get  (also " + datasetUrl() + "/data)");
        lines.add("Stored queries:   " + datasetUrl() + "/stored  (run one: " + datasetUrl() + "/stored/NAME?param=value)");
        lines.add("Ontology:         " + baseUrl + "/ontology  (HTML, Turtle, RDF/XML, JSON-LD)");
        lines.add("Dataset (VoID):   " + datasetUrl() + "/void");
        if (updatable) {
            lines.add("SPARQL update:    " + datasetUrl() + "/update  (HTTP Basic, users of the password file)");
            lines.add("Graph Store write: " + datasetUrl() + "/data  (HTTP Basic, users of the password file)");
        } else {
            lines.add("Updates:          refused (read-only server)");
        }
        return lines;
    }

    /** Blocks until the server stops. */
    public void join() {
        fuseki.join();
    }

    public void stop() {
        fuseki.stop();
    }

    @Override
    public void close() {
        stop();
    }
}
