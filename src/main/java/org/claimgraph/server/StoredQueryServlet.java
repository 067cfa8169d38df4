package org.claimgraph.server;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.ResultSet;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.RowSetRewindable;
import org.claimgraph.query.BadParameterException;
import org.claimgraph.query.QueryCatalog;
import org.claimgraph.query.QueryRunner;
import org.claimgraph.query.ResultFormat;
import org.claimgraph.query.StoredQuery;
import org.claimgraph.query.TooManyRowsException;
import org.claimgraph.query.UnknownQueryException;

/**
 * {@code GET /claims/stored} lists the stored queries; {@code GET /claims/stored/NAME?param=value} runs
 * one. Results are SPARQL JSON unless the Accept header asks for CSV or TSV. Rows are read in full
 * before anything is written so that a query that runs out of time gets a clean 503, not a cut-off body.
 */
final class StoredQueryServlet extends HttpServlet {

    private final QueryCatalog catalog;
    private final QueryRunner runner;
    private final DatasetGraph dataset;

    StoredQueryServlet(QueryCatalog catalog, QueryRunner runner, DatasetGraph dataset) {
        this.catalog = catalog;
        this.runner = runner;
        this.dataset = dataset;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String name = request.getPathInfo() == null ? "" : request.getPathInfo().replaceFirst("^/", "");
        if (name.isEmpty()) {
            send(response, 200, "application/json", listing().getBytes(StandardCharsets.UTF_8));
            return;
        }
        try {
            StoredQuery query = catalog.get(name);
            Map<String, String> parameters = parameters(request);
            ResultFormat format = negotiate(request.getHeader("Accept"));
            RowSetRewindable rows = runner.select(query, parameters, dataset);
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            format.write(body, ResultSet.adapt(rows), query.query());
            send(response, 200, format.contentType(), body.toByteArray());
        } catch (UnknownQueryException e) {
            error(response, 404, e.getMessage());
        } catch (BadParameterException e) {
            error(response, 400, e.getMessage());
        } catch (TooManyRowsException e) {
            error(response, 413, e.getMessage());
        } catch (QueryCancelledException e) {
            error(response, 503, "query '" + name + "' exceeded the time limit of "
                    + runner.timeout().toMillis() + " ms");
        }
    }

    private static Map<String, String> parameters(HttpServletRequest request) {
        Map<String, String> values = new LinkedHashMap<>();
        for (Map.Entry<String, String[]> e : request.getParameterMap().entrySet()) {
            if (e.getValue().length != 1) {
                throw new BadParameterException("parameter '" + e.getKey() + "' is given more than once");
            }
            values.put(e.getKey(), e.getValue()[0]);
        }
        return values;
    }

    /** The first of CSV, TSV or SPARQL JSON named in the Accept header, in its order; JSON by default. */
    static ResultFormat negotiate(String accept) {
        if (accept == null) {
            return ResultFormat.JSON;
        }
        for (String range : accept.split(",")) {
            String type = range.split(";")[0].strip().toLowerCase(Locale.ROOT);
            switch (type) {
                case "text/csv":
                    return ResultFormat.CSV;
                case "text/tab-separated-values":
                    return ResultFormat.TSV;
                case "application/sparql-results+json", "application/json", "*/*":
                    return ResultFormat.JSON;
                default:
                    break;
            }
        }
        return ResultFormat.JSON;
    }

    private String listing() {
        JsonArray queries = new JsonArray();
        for (StoredQuery q : catalog.all()) {
            JsonObject entry = new JsonObject();
            entry.put("name", q.name());
            entry.put("description", q.description());
            JsonArray params = new JsonArray();
            for (StoredQuery.Parameter p : q.parameters()) {
                JsonObject param = new JsonObject();
                param.put("name", p.name());
                param.put("description", p.description());
                param.put("required", p.required());
                params.add(param);
            }
            entry.put("parameters", params);
            JsonArray columns = new JsonArray();
            q.columns().forEach(columns::add);
            entry.put("columns", columns);
            queries.add(entry);
        }
        return JSON.toString(queries);
    }

    private static void error(HttpServletResponse response, int status, String message) throws IOException {
        send(response, status, "text/plain", (message + "\n").getBytes(StandardCharsets.UTF_8));
    }

    private static void send(HttpServletResponse response, int status, String contentType, byte[] body)
            throws IOException {
        response.setStatus(status);
        response.setContentType(contentType + ";charset=utf-8");
        response.setContentLength(body.length);
        try (OutputStream out = response.getOutputStream()) {
            out.write(body);
        }
    }
}
