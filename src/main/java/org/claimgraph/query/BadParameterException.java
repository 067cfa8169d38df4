package org.claimgraph.query;

/** A parameter the stored query does not declare, or one given twice (a server answers 400). */
public final class BadParameterException extends IllegalArgumentException {

    public BadParameterException(String message) {
        super(message);
    }
}
