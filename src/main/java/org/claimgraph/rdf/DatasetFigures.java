package org.claimgraph.rdf;

import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;
import org.claimgraph.rdf.Vocab.CG;
import org.claimgraph.rdf.Vocab.SDO;

/**
 * What a dataset description says about the claims: how many statements, how many instances of the
 * main classes, and the span of the articles' publication dates. Counted from the store's indexes
 * (not through SPARQL) and over the named graphs only, leaving out an earlier description graph.
 *
 * @param statements quads in the named graphs
 * @param instances distinct instances per class, in {@link #CLASSES} order
 * @param firstPublished the earliest schema:datePublished, by the first day it covers
 * @param lastPublished the latest schema:datePublished, by the first day it covers
 */
public record DatasetFigures(long statements, Map<Resource, Long> instances,
                             Optional<Node> firstPublished, Optional<Node> lastPublished) {

    /** The classes whose instances the description counts. */
    public static final List<Resource> CLASSES = List.of(CG.Claim, CG.Article, CG.Source, CG.AnonymousSource,
            CG.Actor, CG.Person, CG.Organization, CG.Outlet, CG.Event, CG.RelayHop, CG.Contradiction);

    public DatasetFigures {
        instances = Map.copyOf(instances);
    }

    /** Counts over {@code dsg}; the caller holds a read transaction when the dataset needs one. */
    public static DatasetFigures of(DatasetGraph dsg) {
        Node description = Vocab.DESCRIPTION_GRAPH.asNode();
        long statements = 0;
        var all = dsg.findNG(Node.ANY, Node.ANY, Node.ANY, Node.ANY);
        while (all.hasNext()) {
            if (!all.next().getGraph().equals(description)) {
                statements++;
            }
        }
        Map<Resource, Long> instances = new LinkedHashMap<>();
        for (Resource c : CLASSES) {
            Set<Node> members = new HashSet<>();
            dsg.findNG(Node.ANY, Node.ANY, RDF.type.asNode(), c.asNode()).forEachRemaining(q -> {
                if (!q.getGraph().equals(description)) {
                    members.add(q.getSubject());
                }
            });
            instances.put(c, (long) members.size());
        }
        List<Node> dates = Iter.asStream(dsg.findNG(Node.ANY, Node.ANY, SDO.datePublished.asNode(), Node.ANY))
                .filter(q -> !q.getGraph().equals(description))
                .map(Quad::getObject)
                .filter(Node::isLiteral)
                .distinct()
                .toList();
        Comparator<Node> byFirstDay = Comparator.comparing(DatasetFigures::firstDay)
                .thenComparing(n -> n.getLiteralLexicalForm());
        return new DatasetFigures(statements, instances,
                dates.stream().min(byFirstDay), dates.stream().max(byFirstDay));
    }

    public long instancesOf(Resource c) {
        return instances.getOrDefault(c, 0L);
    }

    /** "2024" and "2024-02" start on the first of January and of February: pad to a full date. */
    private static String firstDay(Node date) {
        String lexical = date.getLiteralLexicalForm();
        if (lexical.matches("\\d{4}")) {
            return lexical + "-01-01";
        }
        if (lexical.matches("\\d{4}-\\d{2}")) {
            return lexical + "-01";
        }
        return lexical;
    }
}
