package org.claimgraph.server;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;

/**
 * Stands in front of Fuseki's {@code /$/} area. The only administrative-looking paths let through are
 * the two read-only ones the Fuseki UI needs to show the dataset ({@code /$/ping}, {@code /$/server}),
 * and only for GET/HEAD; everything else there (datasets, backup, compact, stats, metrics, tasks,
 * reload, logs...) is refused even if a later Fuseki version or module registers it.
 */
final class AdminPathGuard implements Filter {

    static final Set<String> READ_ONLY_PATHS = Set.of("/$/ping", "/$/server");

    @Override
    public void doFilter(ServletRequest req, ServletResponse resp, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String method = request.getMethod();
        if (READ_ONLY_PATHS.contains(path) && ("GET".equals(method) || "HEAD".equals(method))) {
            chain.doFilter(req, resp);
            return;
        }
        HttpServletResponse response = (HttpServletResponse) resp;
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        response.setContentType("text/plain;charset=utf-8");
        response.getWriter().println("Administrative endpoints are not available on this server.");
    }
}
