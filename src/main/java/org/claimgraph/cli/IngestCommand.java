package org.claimgraph.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.claimgraph.ingest.ReadLimits;
import org.claimgraph.store.AutoCompaction;
import org.claimgraph.store.ClaimStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Extract claims from articles and load them into the TDB2 store.",
                "Reads .txt (with optional NAME.meta.json sidecar), .json and .jsonl (news-please records);"
                        + " directories are read recursively. Loading an input again replaces what it gave before.",
                "Text is UTF-8, or UTF-16 with a byte order mark; other encodings are reported, not guessed.",
                "Articles are committed in batches (--batch), each article whole or absent: a crash leaves every"
                        + " article whole or absent.",
                "Between batches the store is compacted when its files outgrow --compact-factor times their compacted"
                        + " size (--no-compact: never)."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every input loaded",
                "1:some inputs were skipped (each reported with its file name and reason)",
                "2:bad arguments, or the store cannot be opened (a file, or in use by another process)",
                "3:unexpected internal error (run with --debug for the stack trace)"})
public final class IngestCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    StoreOption store;

    @Option(names = "--max-chars", paramLabel = "N", defaultValue = "" + ReadLimits.DEFAULT_MAX_CHARS,
            description = "Skip (and report) articles longer than N characters (default: ${DEFAULT-VALUE}).")
    int maxChars;

    @Option(names = "--batch", paramLabel = "ARTICLES", defaultValue = "" + Ingestion.DEFAULT_BATCH,
            description = "Articles per write transaction at most (default: ${DEFAULT-VALUE}); each article is "
                    + "whole or absent whatever the batch.")
    int batch;

    @Option(names = "--no-compact", negatable = false,
            description = "Never compact the store during this ingest (see 'claimgraph compact').")
    boolean noCompact;

    @Option(names = "--compact-factor", paramLabel = "K", defaultValue = "" + AutoCompaction.DEFAULT_FACTOR,
            description = "Compact the store between batches once its files exceed K times their size after the"
                    + " last compaction (default: ${DEFAULT-VALUE}); TDB2 keeps every commit's copies of the blocks it"
                    + " touched until then.")
    double compactFactor;

    @Option(names = "--compact-min-mb", paramLabel = "MB", defaultValue = "" + (AutoCompaction.DEFAULT_MIN_BYTES >> 20),
            description = "Never compact automatically below MB megabytes on disk (default: ${DEFAULT-VALUE}).")
    long compactMinMb;

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "Files or directories to ingest.")
    List<Path> paths;

    @Override
    public Integer call() {
        if (maxChars < 1) {
            throw new ParameterException(spec.commandLine(), "--max-chars must be at least 1");
        }
        if (batch < 1) {
            throw new ParameterException(spec.commandLine(), "--batch must be at least 1");
        }
        if (!(compactFactor > 1)) {
            throw new ParameterException(spec.commandLine(), "--compact-factor must be above 1");
        }
        if (compactMinMb < 0) {
            throw new ParameterException(spec.commandLine(), "--compact-min-mb must not be negative");
        }
        try (ClaimStore db = store.open()) {
            PrintWriter err = spec.commandLine().getErr();
            AutoCompaction compaction = noCompact ? AutoCompaction.off()
                    : AutoCompaction.of(db, compactFactor, compactMinMb << 20, message -> {
                        err.println("claimgraph: " + message);
                        err.flush();
                    });
            int problems = Ingestion.ingest(db, paths, new ReadLimits(maxChars), batch, compaction, err);
            return problems == 0 ? 0 : 1;
        }
    }
}
