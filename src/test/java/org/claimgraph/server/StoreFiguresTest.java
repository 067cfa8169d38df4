package org.claimgraph.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.nio.file.Path;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;
import org.claimgraph.query.ClaimFixture;
import org.claimgraph.rdf.DatasetFigures;
import org.claimgraph.store.ClaimStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The VoID figures are counted once per committed state of a real TDB2 store, and again after a write. */
class StoreFiguresTest {

    @TempDir
    Path dir;

    @Test
    void countedOncePerVersionAndAgainAfterAWrite() {
        try (ClaimStore store = ClaimStore.open(dir.resolve("db"))) {
            new ClaimFixture().load(store);
            DatasetGraph dsg = store.datasetGraph();
            StoreFigures figures = new StoreFigures(dsg);
            DatasetFigures first = Txn.calculateRead(dsg, figures::current);
            assertSame(first, Txn.calculateRead(dsg, figures::current), "no write in between: not counted again");

            Txn.executeWrite(dsg, () -> dsg.add(NodeFactory.createURI("urn:example:g"),
                    NodeFactory.createURI("urn:example:s"), NodeFactory.createURI("urn:example:p"),
                    NodeFactory.createLiteralString("o")));
            DatasetFigures second = Txn.calculateRead(dsg, figures::current);
            assertNotSame(first, second);
            assertEquals(first.statements() + 1, second.statements(), "the new quad is counted");
            assertSame(second, Txn.calculateRead(dsg, figures::current));
        }
    }

    @Test
    void aDatasetWithoutVersionsIsCountedEachTime() {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        StoreFigures figures = new StoreFigures(dsg);
        assertNotSame(Txn.calculateRead(dsg, figures::current), Txn.calculateRead(dsg, figures::current));
    }
}
