package org.claimgraph.query;

/** A stored query name that the catalog does not hold (a server answers 404). */
public final class UnknownQueryException extends IllegalArgumentException {

    public UnknownQueryException(String message) {
        super(message);
    }
}
