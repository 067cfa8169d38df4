package org.claimgraph.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The --store option shared by every command that opens the TDB2 store. */
public final class StoreOption {

    @Option(names = "--store", paramLabel = "DIR", defaultValue = "claimgraph-db",
            description = "TDB2 store directory (default: ${DEFAULT-VALUE}).")
    Path directory;

    public Path directory() {
        return directory;
    }
}
