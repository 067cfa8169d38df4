package org.claimgraph.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.dboe.DBOpEnvException;
import org.apache.jena.tdb2.TDBException;
import org.claimgraph.store.ClaimStore;
import picocli.CommandLine.Option;

/** The --store option shared by every command that opens the TDB2 store. */
public final class StoreOption {

    @Option(names = "--store", paramLabel = "DIR", defaultValue = "claimgraph-db",
            description = "TDB2 store directory (default: ${DEFAULT-VALUE}).")
    Path directory;

    public Path directory() {
        return directory;
    }

    public ClaimStore open() {
        return open(directory);
    }

    /**
     * Opens the store, turning what a user can fix (a path that is a file, a store another process
     * holds, a directory that cannot be written) into a one-line {@link UserError} instead of TDB2's
     * stack trace.
     */
    public static ClaimStore open(Path directory) {
        if (Files.exists(directory) && !Files.isDirectory(directory)) {
            throw new UserError("store " + directory + " is a file, not a directory; give --store a directory");
        }
        try {
            return ClaimStore.open(directory);
        } catch (DBOpEnvException e) {
            // FileException is one of these too: a file where TDB2 wants a directory, a directory it cannot write.
            String message = String.valueOf(e.getMessage());
            if (message.contains("lock")) {
                throw new UserError("store " + directory + " is in use by another process (" + message
                        + "); stop it (e.g. a running 'claimgraph serve') or give another --store");
            }
            throw new UserError("cannot open store " + directory + ": " + message);
        } catch (TDBException e) {
            throw new UserError("cannot open store " + directory + ": " + e.getMessage());
        }
    }
}
