package org.claimgraph.server;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import org.claimgraph.query.QueryRunner;

/**
 * How a {@link ClaimServer} listens and what it allows.
 *
 * @param host         the interface to bind to; localhost unless the user asks otherwise
 * @param port         the port, 0 for any free one
 * @param timeout      the time limit of every query the server runs
 * @param passwordFile when present, updates are enabled for the users in this file (Jetty's
 *                     {@code user: password} format) and only for them; when absent, the server is read-only;
 *                     only allowed on a loopback host, since the server speaks plain HTTP
 * @param maxRows      the most rows a stored query may return; more is refused (413), not cut off
 */
public record ServerSettings(String host, int port, Duration timeout, Optional<Path> passwordFile, long maxRows) {

    public ServerSettings(String host, int port, Duration timeout, Optional<Path> passwordFile) {
        this(host, port, timeout, passwordFile, QueryRunner.DEFAULT_MAX_ROWS);
    }

    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final int DEFAULT_PORT = 3030;

    public ServerSettings {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("bad port " + port);
        }
        if (maxRows < 1) {
            throw new IllegalArgumentException("the row limit must be at least 1, not " + maxRows);
        }
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("the time limit must be positive, not " + timeout);
        }
        passwordFile.ifPresent(f -> {
            if (!Files.isReadable(f)) {
                throw new IllegalArgumentException("cannot read password file " + f);
            }
        });
        if (passwordFile.isPresent() && !isLoopback(host)) {
            // The server speaks plain HTTP; BASIC credentials would cross the network readable by anyone on it.
            throw new IllegalArgumentException("refusing to accept passwords (--update --passwd) on " + host
                    + " over plain HTTP: HTTP Basic credentials would cross the network in clear text."
                    + " Bind to 127.0.0.1 and put an HTTPS reverse proxy in front, or serve read-only");
        }
    }

    /** Whether {@code host} names this machine only: 127.0.0.0/8, ::1, or a name that resolves there. */
    public static boolean isLoopback(String host) {
        try {
            InetAddress[] addresses = InetAddress.getAllByName(host);
            return addresses.length > 0 && Arrays.stream(addresses).allMatch(InetAddress::isLoopbackAddress);
        } catch (UnknownHostException e) {
            return false;
        }
    }

    /** What a user must hear before the server starts: empty when it is reachable from this machine only. */
    public Optional<String> exposureWarning() {
        if (isLoopback(host)) {
            return Optional.empty();
        }
        return Optional.of("warning: listening on " + host + ", reachable from other machines: anyone who can"
                + " reach it can read the whole store (reads need no credentials)");
    }

    /** Read-only on localhost. */
    public static ServerSettings readOnly(int port, Duration timeout) {
        return new ServerSettings(DEFAULT_HOST, port, timeout, Optional.empty());
    }

    /** Updates allowed, for the users in {@code passwordFile} only. */
    public ServerSettings withUpdates(Path passwordFile) {
        return new ServerSettings(host, port, timeout, Optional.of(passwordFile), maxRows);
    }

    public ServerSettings withMaxRows(long rows) {
        return new ServerSettings(host, port, timeout, passwordFile, rows);
    }

    public boolean updatable() {
        return passwordFile.isPresent();
    }
}
