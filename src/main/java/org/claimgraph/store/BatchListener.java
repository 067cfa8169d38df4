package org.claimgraph.store;

import java.util.List;
import org.apache.jena.sparql.core.DatasetGraph;
import org.claimgraph.rdf.ArticleGraph;

/**
 * What the loader runs in each batch's write transaction, after the batch's articles are written: the
 * one place for per-batch bookkeeping (e.g. an index graph kept up to date at load time), which then
 * commits or aborts with the articles it describes. A batch the store refuses is written again one
 * article per transaction, each with its own call.
 */
@FunctionalInterface
public interface BatchListener {

    BatchListener NONE = (dsg, batch) -> { };

    /** Called inside the write transaction; {@code batch} is in input order, all already in {@code dsg}. */
    void written(DatasetGraph dsg, List<ArticleGraph> batch);
}
