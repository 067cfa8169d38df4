package org.claimgraph.store;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import org.apache.jena.atlas.lib.tuple.Tuple;
import org.apache.jena.atlas.lib.tuple.TupleFactory;
import org.apache.jena.atlas.lib.tuple.TupleMap;
import org.apache.jena.dboe.transaction.txn.TransactionalComponentLifecycle;
import org.apache.jena.dboe.transaction.txn.TransactionalComponentLifecycle.ComponentState;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.nodetable.NodeTable;
import org.apache.jena.tdb2.store.nodetupletable.NodeTupleTable;
import org.apache.jena.tdb2.store.tupletable.TupleIndex;
import org.apache.jena.tdb2.store.tupletable.TupleIndexRecord;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * Writes a run of new quads into a TDB2 dataset inside the caller's write transaction, one quad index
 * at a time and each in its own key order, the indexes on parallel threads.
 *
 * <p>Why: {@code DatasetGraph.add} puts each quad into all six quad indexes as it comes, so every
 * quad walks six B+trees at six unrelated places. Sorted per index, consecutive inserts land in the
 * same leaf, and a commit copies fewer blocks. The six indexes are separate B+trees, so they can be
 * written at once; TDB2 keeps a transaction's state per thread, so each worker takes over the
 * transaction's state of the indexes it writes (the state object itself, which the commit on the
 * calling thread then reads). Nothing is committed here: the caller's one transaction commits or
 * aborts the run with everything else it wrote, unlike Jena's bulk loaders, which commit each index
 * on its own and so can leave the indexes disagreeing after a crash.
 */
final class IndexOrderedWrites {

    private final int threads;

    IndexOrderedWrites(int threads) {
        this.threads = Math.max(1, threads);
    }

    /** Adds {@code quads} to {@code dsg}, which must be in a write transaction on this thread. */
    void write(DatasetGraph dsg, List<Quad> quads) {
        if (quads.isEmpty()) {
            return;
        }
        DatasetGraphTDB tdb = TDBInternal.getDatasetGraphTDB(dsg);
        if (tdb == null) {
            quads.forEach(dsg::add);
            return;
        }
        NodeTupleTable table = tdb.getQuadTable().getNodeTupleTable();
        NodeTable nodes = table.getNodeTable();
        List<Tuple<NodeId>> tuples = new ArrayList<>(quads.size());
        for (Quad q : quads) {
            // The quad table's primary order is graph, subject, predicate, object.
            tuples.add(TupleFactory.create4(nodes.getAllocateNodeId(q.getGraph()),
                    nodes.getAllocateNodeId(q.getSubject()), nodes.getAllocateNodeId(q.getPredicate()),
                    nodes.getAllocateNodeId(q.getObject())));
        }
        TupleIndex[] indexes = table.getTupleTable().getIndexes();
        if (threads == 1 || !Arrays.stream(indexes).allMatch(i -> component(i) != null)) {
            for (TupleIndex index : indexes) {
                writeInOrder(index, tuples);
            }
            return;
        }
        List<FutureTask<Void>> tasks = new ArrayList<>();
        for (int w = 0; w < Math.min(threads, indexes.length); w++) {
            List<TupleIndex> mine = new ArrayList<>();
            List<ComponentState<?>> states = new ArrayList<>();
            for (int i = w; i < indexes.length; i += threads) {
                mine.add(indexes[i]);
                states.add(component(indexes[i]).getComponentState());
            }
            tasks.add(new FutureTask<>(() -> {
                for (int i = 0; i < mine.size(); i++) {
                    adopt(component(mine.get(i)), states.get(i));
                    writeInOrder(mine.get(i), tuples);
                }
                return null;
            }));
        }
        // A fresh thread per run: the transaction state it adopts dies with it, never reaching a later
        // transaction through a pooled thread.
        List<Thread> workers = new ArrayList<>();
        for (FutureTask<Void> task : tasks.subList(1, tasks.size())) {
            Thread t = new Thread(task, "claimgraph-index-writer");
            t.setDaemon(true);
            t.start();
            workers.add(t);
        }
        tasks.get(0).run();
        for (FutureTask<Void> task : tasks) {
            await(task);
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void adopt(TransactionalComponentLifecycle component, ComponentState<?> state) {
        component.setComponentState(state);
    }

    /** The index's B+tree as a transactional component, or null if this TDB2 builds it otherwise. */
    private static TransactionalComponentLifecycle<?> component(TupleIndex index) {
        if (index.baseTupleIndex() instanceof TupleIndexRecord record
                && record.getRangeIndex() instanceof TransactionalComponentLifecycle<?> c) {
            return c;
        }
        return null;
    }

    private static void writeInOrder(TupleIndex index, List<Tuple<NodeId>> tuples) {
        TupleMap map = index.getMapping();
        List<Tuple<NodeId>> keys = new ArrayList<>(tuples.size());
        for (Tuple<NodeId> t : tuples) {
            keys.add(map.map(t));
        }
        keys.sort(KEY_ORDER);
        Tuple<NodeId> previous = null;
        for (Tuple<NodeId> key : keys) {
            if (!key.equals(previous)) {
                index.add(map.unmap(key));
            }
            previous = key;
        }
    }

    private static final Comparator<Tuple<NodeId>> KEY_ORDER = (a, b) -> {
        for (int i = 0; i < a.len(); i++) {
            int c = NodeId.compare(a.get(i), b.get(i));
            if (c != 0) {
                return c;
            }
        }
        return 0;
    };

    private static void await(FutureTask<Void> task) {
        try {
            task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while writing indexes", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        }
    }
}
