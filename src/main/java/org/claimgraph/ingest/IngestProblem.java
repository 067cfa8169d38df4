package org.claimgraph.ingest;

/** An input that could not be read as an article, and why; reported and skipped, never fatal. */
public record IngestProblem(String origin, String reason) implements IngestResult {

    @Override
    public String toString() {
        return origin + ": " + reason;
    }
}
