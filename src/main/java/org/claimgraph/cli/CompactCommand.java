package org.claimgraph.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.util.concurrent.Callable;
import org.claimgraph.store.ClaimStore;
import org.claimgraph.store.Compaction;
import org.claimgraph.store.StoreFullException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code compact}: gives back the disk space TDB2 keeps after each commit (issue 7). */
@Command(name = "compact", mixinStandardHelpOptions = true,
        description = {"Compact the TDB2 store: copy its live data into a fresh generation and delete the old one.",
                "TDB2 appends a copy of every block a commit touches and keeps the old copies, so a store loaded in"
                        + " many commits takes several times the size of its data. A crash during compaction leaves"
                        + " the store as it was. 'ingest' also compacts on its own between batches (--compact-factor)."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:compacted",
                "1:not compacted: too little free disk for the compacted copy (nothing written)",
                "2:bad arguments, no store at --store, or the store is in use by another process",
                "3:unexpected internal error (run with --debug for the stack trace)"})
public final class CompactCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    StoreOption store;

    @Override
    public Integer call() {
        // Opening a missing directory would create an empty store only to compact it.
        if (!Files.isDirectory(store.directory())) {
            throw new UserError("no store at " + store.directory() + "; give --store the directory of a store");
        }
        PrintWriter err = spec.commandLine().getErr();
        try (ClaimStore db = store.open()) {
            Compaction done = Compaction.compact(db);
            err.println("claimgraph: " + done);
            err.flush();
            return 0;
        } catch (StoreFullException e) {
            err.println("claimgraph: " + e.getMessage());
            err.flush();
            return 1;
        }
    }
}
