package org.claimgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.claimgraph.extract.Attribution;
import org.claimgraph.extract.QuoteKind;
import org.claimgraph.extract.Span;
import org.claimgraph.ingest.Article;
import org.claimgraph.ingest.ArticleMetadata;
import org.claimgraph.rdf.ArticleGraph;
import org.claimgraph.rdf.Vocab;
import org.claimgraph.rdf.ArticleGraphBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClaimStoreTest {

    @TempDir
    Path dir;

    private static ArticleGraph graph(String origin, String text) {
        int cut = text.indexOf(',');
        Attribution a = new Attribution(List.of(new Span(cut + 2, text.length() - 6)),
                List.of(new Span(text.length() - 5, text.length() - 1)), List.of(new Span(0, cut)),
                QuoteKind.INDIRECT);
        return new ArticleGraphBuilder().build(new Article(origin, text, ArticleMetadata.EMPTY), List.of(a));
    }

    private static Set<Quad> quads(ClaimStore store) {
        // The article graphs' quads; the query index derived from them is QueryIndexTest's.
        return Txn.calculateRead(store.dataset(), () -> Iter.toSet(Iter.filter(
                store.datasetGraph().find(Node.ANY, Node.ANY, Node.ANY, Node.ANY),
                q -> !q.getGraph().equals(Vocab.QUERY_INDEX_GRAPH.asNode()))));
    }

    @Test
    void loadingTheSameArticleAgainChangesNothing() {
        try (ClaimStore store = ClaimStore.open(dir.resolve("db"))) {
            store.replace(graph("a.txt", "The truce holds, Ahmed Kareem said."));
            Set<Quad> first = quads(store);
            store.replace(graph("a.txt", "The truce holds, Ahmed Kareem said."));
            assertEquals(first, quads(store));
            assertTrue(first.size() > 20);
        }
    }

    @Test
    void aChangedArticleReplacesItsEarlierVersion() {
        try (ClaimStore store = ClaimStore.open(dir.resolve("db"))) {
            store.replace(graph("a.txt", "The truce holds, Ahmed Kareem said."));
            store.replace(graph("b.txt", "Talks resumed, Sara Haddad said."));
            ArticleGraph changed = graph("a.txt", "The truce broke, Ahmed Kareem said.");
            store.replace(changed);
            Set<Node> graphs = quads(store).stream().map(Quad::getGraph).collect(Collectors.toSet());
            assertEquals(2, graphs.size(), "a.txt's old graph is gone, b.txt's stays");
            assertTrue(graphs.contains(org.apache.jena.graph.NodeFactory.createURI(changed.name())));
        }
    }

    @Test
    void unionDefaultGraphSeesEveryArticle() {
        try (ClaimStore store = ClaimStore.open(dir.resolve("db"))) {
            store.replace(graph("a.txt", "The truce holds, Ahmed Kareem said."));
            store.replace(graph("b.txt", "Talks resumed, Sara Haddad said."));
            long claims = Txn.calculateRead(store.dataset(), () -> {
                try (var qe = org.apache.jena.query.QueryExecutionFactory.create(
                        "PREFIX cg: <https://w3id.org/claimgraph/ontology#> SELECT (COUNT(*) AS ?n) { ?c a cg:Claim }",
                        store.dataset())) {
                    return qe.execSelect().next().getLiteral("n").getLong();
                }
            });
            assertEquals(2, claims);
        }
    }

    /** A failure half-way through writing an article must leave the store exactly as it was. */
    @Test
    void aFailureMidArticleLeavesTheStoreAsItWas() {
        Path db = dir.resolve("db");
        try (ClaimStore store = ClaimStore.open(db)) {
            store.replace(graph("a.txt", "The truce holds, Ahmed Kareem said."));
            Set<Quad> before = quads(store);

            ArticleGraph good = graph("a.txt", "The truce broke, Ahmed Kareem said.");
            Graph failing = new FailingGraph(good.model().getGraph(), 10);
            ArticleGraph broken = new ArticleGraph(good.name(), good.origin(),
                    ModelFactory.createModelForGraph(failing), good.claims());
            assertThrows(IllegalStateException.class, () -> store.replace(broken));
            assertEquals(before, quads(store));
        }
        // and after reopening from disk
        try (ClaimStore reopened = ClaimStore.open(db)) {
            assertEquals(1, quads(reopened).stream().map(Quad::getGraph).distinct().count());
        }
    }
}
