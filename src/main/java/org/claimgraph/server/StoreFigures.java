package org.claimgraph.server;

import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.jena.dboe.transaction.txn.Transaction;
import org.apache.jena.dboe.transaction.txn.TransactionalBase;
import org.apache.jena.dboe.transaction.txn.TransactionalSystem;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.claimgraph.rdf.DatasetFigures;

/**
 * The figures of the VoID description, counted once per version of the store: counting reads every
 * claim, article and source, far too much work for each request to {@code /claims/void} of a large
 * store. TDB2 numbers its committed states (the data version a transaction sees), so a count is reused
 * until a write commits. A dataset that is not TDB2 is counted on every request.
 */
final class StoreFigures {

    private record Counted(long version, DatasetFigures figures) {
    }

    private final DatasetGraph dataset;
    private final AtomicReference<Counted> last = new AtomicReference<>();

    StoreFigures(DatasetGraph dataset) {
        this.dataset = dataset;
    }

    /** The figures of the state the caller's read transaction sees; call inside that transaction. */
    DatasetFigures current() {
        OptionalLong version = version(dataset);
        Counted counted = last.get();
        if (version.isPresent() && counted != null && counted.version() == version.getAsLong()) {
            return counted.figures();
        }
        DatasetFigures figures = DatasetFigures.of(dataset);
        version.ifPresent(v -> last.set(new Counted(v, figures)));
        return figures;
    }

    /** The data version the current thread's transaction sees, when the dataset is a TDB2 store. */
    static OptionalLong version(DatasetGraph dataset) {
        if (!TDBInternal.isTDB2(dataset)) {
            return OptionalLong.empty();
        }
        TransactionalSystem system = TDBInternal.getDatasetGraphTDB(dataset).getTxnSystem();
        if (system instanceof TransactionalBase base) {
            Transaction txn = base.getThreadTransaction();
            if (txn != null) {
                return OptionalLong.of(txn.getDataVersion());
            }
        }
        return OptionalLong.empty();
    }
}
