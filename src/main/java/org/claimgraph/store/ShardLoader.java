package org.claimgraph.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.atlas.io.IO;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.system.progress.MonitorOutput;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;

/**
 * Bulk-loads N-Quads shards into a TDB2 store with Jena's parallel loader, which builds the indexes
 * in phases on several threads: far faster than one transaction per article, for a store filled from
 * a scale-out job's output. The loader adds quads; it does not replace graphs, so a shard loaded twice
 * changes nothing, but an article that changed must go through ingest.
 */
public final class ShardLoader {

    private ShardLoader() {
    }

    /** Loads every shard under {@code dir} into {@code store}; {@code progress} gets the loader's messages. */
    public static ShardLoadReport load(ClaimStore store, Path dir, MonitorOutput progress) {
        List<Path> shards = ShardFiles.under(dir);
        long start = System.nanoTime();
        DataLoader loader = LoaderFactory.parallelLoader(store.datasetGraph(), progress);
        loader.startBulk();
        try {
            for (Path shard : shards) {
                // Hadoop's part-NNNNN files have no extension to tell the syntax by.
                Lang lang = RDFLanguages.filenameToLang(shard.toString(), Lang.NQUADS);
                try (InputStream in = IO.openFile(shard.toString())) {
                    loader.loadFromInputStream(shard.toString(), in, lang);
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot read " + shard, e);
                }
            }
            loader.finishBulk();
        } catch (RuntimeException e) {
            loader.finishException(e);
            throw e;
        }
        return new ShardLoadReport(shards.size(), loader.countQuads(), (System.nanoTime() - start) / 1e9);
    }
}
