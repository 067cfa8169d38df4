package org.claimgraph.server;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The Fuseki UI builds its server URLs from the path of its own page, so at {@code /fuseki/} it asks
 * for {@code /fuseki/$/server} and {@code /fuseki/claims/sparql}. Those are sent on with a 307 (method
 * and body kept) to the real {@code /$/...} and {@code /claims/...}, where the admin guard and the
 * read-only endpoints apply as to any other request.
 */
final class FusekiUiRedirect implements Filter {

    static final String PREFIX = "/fuseki";

    @Override
    public void doFilter(ServletRequest req, ServletResponse resp, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String rest = path.startsWith(PREFIX + "/") ? path.substring(PREFIX.length()) : "";
        if (rest.startsWith("/$/") || rest.equals(ClaimServer.DATASET) || rest.startsWith(ClaimServer.DATASET + "/")) {
            HttpServletResponse response = (HttpServletResponse) resp;
            String query = request.getQueryString();
            response.setStatus(HttpServletResponse.SC_TEMPORARY_REDIRECT);
            response.setHeader("Location", request.getContextPath() + rest + (query == null ? "" : "?" + query));
            return;
        }
        chain.doFilter(req, resp);
    }
}
