package org.claimgraph.ontology;

import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.riot.system.PrefixMapFactory;
import org.apache.jena.vocabulary.RDF;
import org.claimgraph.rdf.Vocab;

/**
 * Picks, for each class, the instance of a claim graph that shows the most of it: the one with the
 * most distinct predicates (ties go to the smallest IRI, so the choice never varies between builds).
 */
final class ClassExamples {

    private ClassExamples() {
    }

    /** Examples for those of {@code classes} that have instances in {@code union}, in the given order. */
    static Map<Resource, ClassExample> from(Graph union, Iterable<Resource> classes) {
        PrefixMap prefixes = PrefixMapFactory.create(Vocab.prefixes());
        Map<Resource, ClassExample> examples = new LinkedHashMap<>();
        for (Resource c : classes) {
            Set<Node> instances = new HashSet<>();
            union.find(Node.ANY, RDF.type.asNode(), c.asNode()).forEachRemaining(t -> {
                if (t.getSubject().isURI()) {
                    instances.add(t.getSubject());
                }
            });
            Optional<Node> best = instances.stream().min(
                    Comparator.comparingLong((Node n) -> -distinctPredicates(union, n)).thenComparing(Node::getURI));
            best.ifPresent(n -> examples.put(c,
                    new ClassExample(n.getURI(), TurtleSnippet.of(union, n, prefixes), instances.size())));
        }
        return examples;
    }

    private static long distinctPredicates(Graph graph, Node subject) {
        return graph.find(subject, Node.ANY, Node.ANY).mapWith(Triple::getPredicate).toSet().size();
    }
}
