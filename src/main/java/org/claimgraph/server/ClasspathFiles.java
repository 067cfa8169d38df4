package org.claimgraph.server;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletMapping;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.MappingMatch;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.Optional;

/**
 * Serves the files of one class-path folder (GET and HEAD only): a directory path gets its
 * {@code index.html}. Used for the claim explorer's bundle at {@code /} and the Fuseki UI at
 * {@code /fuseki/}, both packaged inside the jar. Only names with an extension are served, so that
 * neither folders nor anything outside the folder can be read.
 */
final class ClasspathFiles extends HttpServlet {

    private final String folder;

    /** @param folder the class-path folder, without slashes, e.g. {@code explorer} */
    ClasspathFiles(String folder) {
        this.folder = folder;
    }

    /** Whether the folder is on the class path with an index page (it is not in a build without the bundle). */
    static boolean present(String folder) {
        return ClasspathFiles.class.getClassLoader().getResource(folder + "/index.html") != null;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        HttpServletMapping mapping = request.getHttpServletMapping();
        String path = mapping.getMappingMatch() == MappingMatch.DEFAULT || mapping.getMappingMatch() == MappingMatch.CONTEXT_ROOT
                ? request.getServletPath() : request.getPathInfo();
        if (path == null) {
            // "/fuseki" without its slash: the page's relative links need the slash.
            response.sendRedirect(request.getRequestURI() + "/");
            return;
        }
        if (path.isEmpty() || path.endsWith("/")) {
            path = path + "index.html";
        }
        Optional<URL> file = resource(path);
        if (file.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND, "no file " + path);
            return;
        }
        String name = path.substring(path.lastIndexOf('/') + 1);
        String type = Optional.ofNullable(getServletContext().getMimeType(name)).orElse("application/octet-stream");
        response.setContentType(type.startsWith("text/") || type.endsWith("javascript") || type.endsWith("json")
                ? type + ";charset=utf-8" : type);
        // Bundled assets carry a content hash in their names; the index page must be read afresh.
        response.setHeader("Cache-Control", name.equals("index.html") ? "no-cache" : "public, max-age=86400");
        try (InputStream in = file.get().openStream()) {
            in.transferTo(response.getOutputStream());
        }
    }

    private Optional<URL> resource(String path) {
        String relative = path.replaceFirst("^/+", "");
        boolean plain = relative.matches("[A-Za-z0-9._/-]+")
                && !relative.contains("..") && !relative.contains("//")
                && relative.substring(relative.lastIndexOf('/') + 1).contains(".");
        if (!plain) {
            return Optional.empty();
        }
        return Optional.ofNullable(getClass().getClassLoader().getResource(folder + "/" + relative));
    }
}
