package org.claimgraph.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.zip.GZIPInputStream;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2Factory;
import org.claimgraph.query.QueryCatalog;
import org.claimgraph.query.QueryRunner;
import org.claimgraph.rdf.Vocab.CG;
import org.claimgraph.rdf.Vocab.OA;
import org.claimgraph.store.ClaimStore;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A store written before spans were fragment IRIs: the demo corpus as the previous version extracted
 * it (its N-Quads dump, Web Annotation spans with oa:TextPositionSelector and oa:TextQuoteSelector),
 * loaded into a real TDB2 directory with plain Jena, then opened with claimgraph.
 */
class LegacySpansTest {

    private static final String FIXTURE = "seeds-before-fragment-spans.nq.gz";

    @TempDir
    static Path dir;

    /** The old dump, read here independently of the migration: what each old span selected. */
    static DatasetGraph old;
    static ClaimStore store;

    private record Selected(String article, int start, int end, String exact) {
    }

    static final Map<Node, Selected> oldSpans = new HashMap<>();

    @BeforeAll
    static void loadTheOldStoreAndOpenIt() throws IOException {
        old = DatasetGraphFactory.createTxnMem();
        try (InputStream in = new GZIPInputStream(LegacySpansTest.class.getResourceAsStream(FIXTURE))) {
            RDFParser.source(in).lang(Lang.NQUADS).parse(old);
        }
        old.find(Node.ANY, Node.ANY, OA.hasSource.asNode(), Node.ANY).forEachRemaining(q -> {
            Node span = q.getSubject();
            int start = -1;
            int end = -1;
            String exact = null;
            for (Quad sel : Iter.toList(old.find(Node.ANY, span, OA.hasSelector.asNode(), Node.ANY))) {
                for (Quad p : Iter.toList(old.find(Node.ANY, sel.getObject(), Node.ANY, Node.ANY))) {
                    if (p.getPredicate().equals(OA.start.asNode())) {
                        start = Integer.parseInt(p.getObject().getLiteralLexicalForm());
                    } else if (p.getPredicate().equals(OA.end.asNode())) {
                        end = Integer.parseInt(p.getObject().getLiteralLexicalForm());
                    } else if (p.getPredicate().equals(OA.exact.asNode())) {
                        exact = p.getObject().getLiteralLexicalForm();
                    }
                }
            }
            oldSpans.put(span, new Selected(q.getObject().getURI(), start, end, exact));
        });

        Path db = dir.resolve("db");
        Dataset tdb = TDB2Factory.connectDataset(db.toString());
        Txn.executeWrite(tdb, () -> old.find().forEachRemaining(tdb.asDatasetGraph()::add));
        store = ClaimStore.open(db);
    }

    @Test
    void theFixtureIsAStoreOfTheOldShape() {
        assertTrue(oldSpans.size() > 1_000, "spans in the old dump: " + oldSpans.size());
        assertTrue(old.contains(Node.ANY, Node.ANY, Vocab.CG.evidenceA.asNode(), Node.ANY), "contradictions point at spans");
        assertTrue(old.contains(Node.ANY, Node.ANY, Vocab.CG.sentenceA.asNode(), Node.ANY), "divergences point at spans");
    }

    @Test
    void everyLinkToAnOldSpanNowNamesTheSameStretchOfTheSameArticle() {
        List<String> wrong = new ArrayList<>();
        int links = 0;
        for (Quad q : Iter.toList(old.find())) {
            Selected s = oldSpans.get(q.getObject());
            if (s == null) {
                continue;
            }
            links++;
            Node segment = NodeFactory.createURI(s.article() + "#char=" + s.start() + "," + s.end());
            boolean there = Txn.calculateRead(store.dataset(), () -> store.datasetGraph()
                    .contains(q.getGraph(), q.getSubject(), q.getPredicate(), segment));
            if (!there) {
                wrong.add(q + " -> " + segment);
            }
        }
        assertTrue(links > 1_000);
        assertEquals(List.of(), wrong.subList(0, Math.min(5, wrong.size())));
    }

    @Test
    void nothingOfTheOldSpansIsLeft() {
        DatasetGraph dsg = store.datasetGraph();
        Txn.executeRead(dsg, () -> {
            assertTrue(dsg.find().hasNext());
            Set<String> oa = new TreeSet<>();
            dsg.find().forEachRemaining(q -> {
                if (q.getPredicate().getURI().startsWith(Vocab.OA_NS)
                        || q.getObject().isURI() && q.getObject().getURI().startsWith(Vocab.OA_NS)
                        || oldSpans.containsKey(q.getSubject()) || oldSpans.containsKey(q.getObject())) {
                    oa.add(q.toString());
                }
            });
            assertEquals(Set.of(), oa);
            assertFalse(LegacySpans.present(dsg));
        });
    }

    @Test
    void theArticleGraphsKeepEverythingElse() {
        Set<Quad> expected = new HashSet<>();
        Set<Node> selectors = new HashSet<>();
        oldSpans.keySet().forEach(s -> old.find(Node.ANY, s, OA.hasSelector.asNode(), Node.ANY)
                .forEachRemaining(q -> selectors.add(q.getObject())));
        old.find().forEachRemaining(q -> {
            if (!oldSpans.containsKey(q.getSubject()) && !selectors.contains(q.getSubject())
                    && !oldSpans.containsKey(q.getObject())) {
                expected.add(q);
            }
        });
        Set<Quad> kept = new HashSet<>();
        Txn.executeRead(store.dataset(), () -> store.datasetGraph().find().forEachRemaining(q -> {
            if (!TextSegment.of(q.getObject()).isPresent()) {
                kept.add(q);
            }
        }));
        kept.removeIf(q -> q.getGraph().equals(Vocab.QUERY_INDEX_GRAPH.asNode()));
        assertEquals(expected.size(), kept.size());
        assertEquals(expected, kept);
    }

    /** claim-evidence on the migrated store: the old version's rows, read from the old dump's selectors. */
    @Test
    void claimEvidenceGivesTheRowsTheOldSelectorsGave() {
        Map<String, String> parts = Map.of(CG.contentSpan.getURI(), "content", CG.cueSpan.getURI(), "cue",
                CG.sourceSpan.getURI(), "source");
        Set<String> expected = new TreeSet<>();
        old.find().forEachRemaining(q -> {
            Selected s = oldSpans.get(q.getObject());
            if (s != null && parts.containsKey(q.getPredicate().getURI())) {
                expected.add(String.join(" | ", q.getSubject().getURI(), s.article(),
                        parts.get(q.getPredicate().getURI()), s.start() + "", s.end() + "", s.exact()));
            }
        });
        QueryCatalog catalog = QueryCatalog.load(Path.of("queries"));
        Set<String> found = new TreeSet<>();
        var rows = new QueryRunner().select(catalog.get("claim-evidence"), Map.of("limit", "100000"), store.datasetGraph());
        rows.forEachRemaining((Binding b) -> found.add(String.join(" | ", b.get("claim").getURI(),
                b.get("article").getURI(), b.get("part").getLiteralLexicalForm(),
                b.get("start").getLiteralLexicalForm(), b.get("end").getLiteralLexicalForm(),
                b.get("exact").getLiteralLexicalForm())));
        assertTrue(expected.size() > 500, "evidence rows in the old dump: " + expected.size());
        assertEquals(expected, found);
    }
}
