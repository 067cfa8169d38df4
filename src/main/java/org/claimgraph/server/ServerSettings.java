package org.claimgraph.server;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * How a {@link ClaimServer} listens and what it allows.
 *
 * @param host         the interface to bind to; localhost unless the user asks otherwise
 * @param port         the port, 0 for any free one
 * @param timeout      the time limit of every query the server runs
 * @param passwordFile when present, updates are enabled for the users in this file (Jetty's
 *                     {@code user: password} format) and only for them; when absent, the server is read-only
 */
public record ServerSettings(String host, int port, Duration timeout, Optional<Path> passwordFile) {

    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final int DEFAULT_PORT = 3030;

    public ServerSettings {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("bad port " + port);
        }
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("the time limit must be positive, not " + timeout);
        }
        passwordFile.ifPresent(f -> {
            if (!Files.isReadable(f)) {
                throw new IllegalArgumentException("cannot read password file " + f);
            }
        });
    }

    /** Read-only on localhost. */
    public static ServerSettings readOnly(int port, Duration timeout) {
        return new ServerSettings(DEFAULT_HOST, port, timeout, Optional.empty());
    }

    /** Updates allowed, for the users in {@code passwordFile} only. */
    public ServerSettings withUpdates(Path passwordFile) {
        return new ServerSettings(host, port, timeout, Optional.of(passwordFile));
    }

    public boolean updatable() {
        return passwordFile.isPresent();
    }
}
