package org.claimgraph.query;

/** A stored query would return more rows than the runner's limit; nothing is returned. */
public final class TooManyRowsException extends RuntimeException {

    public TooManyRowsException(String message) {
        super(message);
    }
}
