package org.claimgraph.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.system.Txn;
import org.claimgraph.contradict.ContradictionFinder;
import org.claimgraph.contradict.UpdateReport;
import org.claimgraph.provenance.StoriesPass;
import org.claimgraph.store.index.QueryIndex;
import org.claimgraph.rdf.Vocab;
import org.claimgraph.store.ClaimStore;
import org.claimgraph.store.ShardFiles;
import org.claimgraph.store.ShardLoadReport;
import org.claimgraph.store.ShardLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "load", mixinStandardHelpOptions = true,
        description = {"Bulk-load N-Quads shards (e.g. the output of claimgraph-spark) into the TDB2 store.",
                "Reads *.nq, *.nq.gz and part-NNNNN files under DIR with Jena's parallel loader, then finds the"
                        + " contradictions over the whole store (and links story copies, if no shard held them)."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:loaded", "1:DIR holds no shards",
                "2:bad arguments, or the store cannot be opened (a file, or in use by another process)",
                "3:unexpected internal error, e.g. a shard that is not N-Quads (run with --debug)"})
public final class LoadCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    StoreOption store;

    @Parameters(paramLabel = "DIR", description = "Directory of shards, searched recursively.")
    Path dir;

    @Override
    public Integer call() {
        if (!Files.isDirectory(dir)) {
            throw new UserError(dir + " is not a directory of shards");
        }
        PrintWriter err = spec.commandLine().getErr();
        if (ShardFiles.under(dir).isEmpty()) {
            err.println("claimgraph: no shards (*.nq, *.nq.gz, part-NNNNN) under " + dir);
            return 1;
        }
        try (ClaimStore db = store.open()) {
            ShardLoadReport loaded = ShardLoader.load(db, dir, (fmt, args) -> err.println(String.format(fmt, args)));
            Txn.executeWrite(db.dataset(), () -> QueryIndex.rebuild(db.datasetGraph())); // shards bypass ClaimStore's writes
            // The cross-article graphs: a scale-out job writes the stories graph; contradictions need the store.
            boolean hasStories = Txn.calculateRead(db.dataset(), () -> db.datasetGraph()
                    .containsGraph(NodeFactory.createURI(Vocab.STORIES_GRAPH.getURI())));
            if (!hasStories) {
                StoriesPass.refresh(db);
            } else {
                StoriesPass.index(db); // so that a later ingest compares only its own articles
            }
            UpdateReport contradictions = ContradictionFinder.rebuild(db);
            err.printf(Locale.ROOT, "claimgraph: loaded %d shard(s), %d quad(s) in %.1f s; %d contradiction(s) in the store%n",
                    loaded.shards(), loaded.quads(), loaded.seconds(), contradictions.contradictionsInGraph());
            err.flush();
            return 0;
        }
    }
}
