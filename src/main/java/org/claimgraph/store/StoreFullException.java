package org.claimgraph.store;

/** The store's disk has too little room left for the next commit; nothing of that commit was written. */
public final class StoreFullException extends IllegalStateException {

    public StoreFullException(String message) {
        super(message);
    }
}
