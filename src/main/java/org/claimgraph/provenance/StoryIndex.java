package org.claimgraph.provenance;

import com.google.common.hash.Hashing;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.claimgraph.rdf.Vocab;
import org.claimgraph.rdf.Vocab.CG;

/**
 * The copy detector's inverted index, kept in the store's story index graph: each article's
 * name-and-number shingles and how many it has. A new article then finds the articles that share its
 * shingles through TDB2's own quad indexes, instead of the stories pass reading every article again.
 * Shingles are stored as 55-bit hashes: TDB2 keeps such integers inside the quad indexes, with no
 * node-table entry, so the index costs a few bytes per shingle.
 */
final class StoryIndex {

    private static final Node GRAPH = Vocab.STORY_INDEX_GRAPH.asNode();
    private static final Node SHINGLE = CG.shingle.asNode();
    private static final Node COUNT = CG.shingleCount.asNode();

    private final DatasetGraph dsg;

    StoryIndex(DatasetGraph dsg) {
        this.dsg = dsg;
    }

    /** The hashes of {@code text}'s shingles, as the index keeps them. */
    static Set<Long> shingles(String text) {
        Set<Long> hashes = new HashSet<>();
        for (String s : CopyDetector.shingles(text)) {
            // Non-negative and below 2^55, which TDB2 stores inline.
            hashes.add(Hashing.murmur3_128().hashString(s, StandardCharsets.UTF_8).asLong() >>> 9);
        }
        return hashes;
    }

    /** The articles the index holds. */
    Set<String> articles() {
        Set<String> out = new HashSet<>();
        dsg.find(GRAPH, Node.ANY, COUNT, Node.ANY).forEachRemaining((Quad q) -> out.add(q.getSubject().getURI()));
        return out;
    }

    void add(String article, Set<Long> shingles) {
        Node a = NodeFactory.createURI(article);
        dsg.add(GRAPH, a, COUNT, NodeFactory.createLiteralDT(Integer.toString(shingles.size()), XSDDatatype.XSDinteger));
        for (long h : shingles) {
            dsg.add(GRAPH, a, SHINGLE, hash(h));
        }
    }

    void remove(String article) {
        dsg.deleteAny(GRAPH, NodeFactory.createURI(article), Node.ANY, Node.ANY);
    }

    /** How many shingles the article has (0 if it is not indexed). */
    int shingleCount(String article) {
        Iterator<Quad> it = dsg.find(GRAPH, NodeFactory.createURI(article), COUNT, Node.ANY);
        return it.hasNext() ? Integer.parseInt(it.next().getObject().getLiteralLexicalForm()) : 0;
    }

    /** The shingle hashes indexed for {@code article}. */
    Set<Long> shinglesOf(String article) {
        Set<Long> out = new HashSet<>();
        dsg.find(GRAPH, NodeFactory.createURI(article), SHINGLE, Node.ANY)
                .forEachRemaining((Quad q) -> out.add(Long.parseLong(q.getObject().getLiteralLexicalForm())));
        return out;
    }

    /**
     * The articles holding shingle {@code h}, at most {@code limit + 1} of them: past the limit the
     * shingle says nothing about any pair, and the caller only needs to know that it is past.
     */
    List<String> postings(long h, int limit) {
        List<String> out = new ArrayList<>();
        Iterator<Quad> it = dsg.find(GRAPH, Node.ANY, SHINGLE, hash(h));
        while (it.hasNext() && out.size() <= limit) {
            out.add(it.next().getSubject().getURI());
        }
        return out;
    }

    void clear() {
        dsg.deleteAny(GRAPH, Node.ANY, Node.ANY, Node.ANY);
    }

    private static Node hash(long h) {
        return NodeFactory.createLiteralDT(Long.toString(h), XSDDatatype.XSDlong);
    }
}
