package org.claimgraph.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

/** Renders DOT to SVG with Graphviz's {@code dot} (Debian package graphviz), when it is installed. */
final class Graphviz {

    private static final long TIMEOUT_SECONDS = 30;

    private Graphviz() {
    }

    static byte[] svg(String dot) {
        Process p;
        try {
            p = new ProcessBuilder("dot", "-Tsvg").redirectError(ProcessBuilder.Redirect.PIPE).start();
        } catch (IOException e) {
            throw new UserError("SVG needs Graphviz's 'dot', which is not installed (Debian/Ubuntu: apt-get install"
                    + " graphviz); --format dot writes the graph for any Graphviz viewer");
        }
        try (OutputStream in = p.getOutputStream()) {
            in.write(dot.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException("cannot write to dot: " + e.getMessage(), e);
        }
        try (InputStream out = p.getInputStream(); InputStream err = p.getErrorStream()) {
            byte[] svg = out.readAllBytes();
            String messages = new String(err.readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS) || p.exitValue() != 0) {
                p.destroy();
                throw new IllegalStateException("dot failed: " + messages.strip());
            }
            return svg;
        } catch (IOException e) {
            throw new IllegalStateException("cannot read from dot: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            p.destroy();
            throw new IllegalStateException("interrupted while dot ran", e);
        }
    }
}
