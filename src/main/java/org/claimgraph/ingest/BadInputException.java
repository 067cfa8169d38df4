package org.claimgraph.ingest;

/**
 * A user's input cannot be read as an article. Thrown inside this package only and turned into an
 * {@link IngestProblem} by the reader, so the reason is written for the user, not for a stack trace.
 */
final class BadInputException extends Exception {

    BadInputException(String reason) {
        super(reason, null, false, false);
    }

    String reason() {
        return getMessage();
    }
}
