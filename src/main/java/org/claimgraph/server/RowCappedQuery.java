package org.claimgraph.server;

import org.apache.jena.atlas.lib.Pair;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * The SPARQL endpoint's query processor with a result-size limit: a query asking for more than
 * {@code maxRows} rows (or none in particular) gets at most that many, as Virtuoso's ResultSetMaxRows
 * does. The endpoint streams, so unlike stored queries it cannot know the count before answering;
 * cutting the query itself keeps a runaway SELECT from tying up the server past the limit.
 */
final class RowCappedQuery extends SPARQL_QueryDataset {

    private final long maxRows;

    RowCappedQuery(long maxRows) {
        this.maxRows = maxRows;
    }

    @Override
    protected Pair<DatasetGraph, Query> decideDataset(HttpAction action, Query query, String queryStringLog) {
        Pair<DatasetGraph, Query> decided = super.decideDataset(action, query, queryStringLog);
        Query q = decided.getRight();
        if (q.isAskType() || (q.hasLimit() && q.getLimit() <= maxRows)) {
            return decided;
        }
        Query capped = q.cloneQuery();
        capped.setLimit(maxRows);
        return Pair.create(decided.getLeft(), capped);
    }
}
