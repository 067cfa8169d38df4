package org.claimgraph.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.claimgraph.store.ClaimStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Extract claims from articles and load them into the TDB2 store.",
                "Reads .txt (with optional NAME.meta.json sidecar), .json and .jsonl (news-please records);"
                        + " directories are read recursively. Loading an input again replaces what it gave before."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every input loaded", "1:some inputs were skipped (each reported with its reason)"})
public final class IngestCommand implements Callable<Integer> {

    @Mixin
    StoreOption store;

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "Files or directories to ingest.")
    List<Path> paths;

    @Override
    public Integer call() {
        try (ClaimStore db = ClaimStore.open(store.directory())) {
            int problems = Ingestion.ingest(db, paths, System.err);
            return problems == 0 ? 0 : 1;
        }
    }
}
