package org.claimgraph.cli;

/** A mistake in how claimgraph was called: shown as one line, without a stack trace, exit code 2. */
public final class UserError extends RuntimeException {

    public UserError(String message) {
        super(message);
    }
}
