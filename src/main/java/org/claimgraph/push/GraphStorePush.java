package org.claimgraph.push;

import java.nio.file.Path;
import java.util.Optional;
import org.apache.jena.http.auth.AuthEnv;
import org.apache.jena.sparql.exec.http.GSP;

/**
 * Sends shards to a SPARQL 1.1 Graph Store Protocol endpoint (Fuseki, GraphDB, Virtuoso, ...), one
 * request per graph piece: PUT for a graph's first piece, so a rerun replaces rather than doubles
 * what an interrupted run sent, POST for any later piece of the same graph. GSP per graph is the one
 * write every such store speaks; the journal makes the push resumable.
 */
public final class GraphStorePush {

    private final String endpoint;

    /** @param credentials user and password for HTTP Basic authentication, sent with every request */
    public GraphStorePush(String endpoint, Optional<Credentials> credentials) {
        this.endpoint = endpoint;
        // Sent up front rather than after a challenge: a PUT body then crosses the network once.
        credentials.ifPresent(c -> AuthEnv.get().registerBasicAuthModifier(endpoint, c.user(), c.password()));
    }

    public record Credentials(String user, String password) {
    }

    /**
     * Sends every piece under {@code dir} that the journal does not list; stops at the first refusal
     * with the endpoint's exception, the journal then listing what was accepted.
     */
    public PushReport push(Path dir) {
        int[] sent = {0};
        int[] skipped = {0};
        long[] triples = {0};
        try (PushJournal journal = PushJournal.open(dir, endpoint)) {
            new ShardPieces(dir).forEach(piece -> {
                if (journal.isDone(piece)) {
                    skipped[0]++;
                    return;
                }
                GSP request = GSP.service(endpoint).graphName(piece.name());
                if (piece.first()) {
                    request.PUT(piece.triples());
                } else {
                    request.POST(piece.triples());
                }
                journal.record(piece);
                sent[0]++;
                triples[0] += piece.triples().size();
            });
        }
        return new PushReport(sent[0], skipped[0], triples[0]);
    }
}
