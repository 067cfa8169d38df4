package org.claimgraph.store;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * Told of each article graph the store is about to remove (an older version of a page being replaced),
 * inside the write transaction and while the graph can still be read: the moment for a derived index
 * to forget what it holds about that article, so that it commits or aborts with the removal and never
 * has to search the whole store afterwards for what vanished.
 */
@FunctionalInterface
public interface ArticleRemoval {

    ArticleRemoval NONE = (dsg, article) -> { };

    void removing(DatasetGraph dsg, Node article);
}
