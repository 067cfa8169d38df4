package org.claimgraph.ontology;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.vocabulary.RDF;

/**
 * One resource's statements as a short Turtle block, in a fixed order (rdf:type first, then by
 * predicate and value) so that documentation built twice from the same graph is byte for byte the same.
 * Long texts are cut and many values of one predicate elided with a comment, so the block stays
 * readable; every line it writes is still Turtle.
 */
final class TurtleSnippet {

    static final int MAX_LITERAL = 140;
    static final int MAX_VALUES = 3;

    private TurtleSnippet() {
    }

    static String of(Graph graph, Node subject, PrefixMap prefixes) {
        Map<Node, List<Node>> byPredicate = new LinkedHashMap<>();
        graph.find(subject, Node.ANY, Node.ANY).toList().stream()
                .sorted(Comparator.comparing((Triple t) -> !t.getPredicate().equals(RDF.type.asNode()))
                        .thenComparing(t -> fmt(t.getPredicate(), prefixes))
                        .thenComparing(t -> fmt(t.getObject(), prefixes)))
                .forEach(t -> byPredicate.computeIfAbsent(t.getPredicate(), p -> new ArrayList<>()).add(t.getObject()));
        StringBuilder out = new StringBuilder(fmt(subject, prefixes));
        int left = byPredicate.size();
        for (Map.Entry<Node, List<Node>> e : byPredicate.entrySet()) {
            left--;
            List<Node> values = e.getValue();
            String predicate = e.getKey().equals(RDF.type.asNode()) ? "a" : fmt(e.getKey(), prefixes);
            List<String> shown = values.stream().limit(MAX_VALUES).map(v -> fmt(shorten(v), prefixes)).toList();
            out.append("\n    ").append(predicate).append(' ').append(String.join(" , ", shown));
            out.append(left == 0 ? " ." : " ;");
            if (values.size() > MAX_VALUES) {
                out.append("  # and ").append(values.size() - MAX_VALUES).append(" more");
            }
        }
        return out.toString();
    }

    private static String fmt(Node node, PrefixMap prefixes) {
        return NodeFmtLib.str(node, prefixes);
    }

    /** A literal cut to {@link #MAX_LITERAL} characters, keeping its datatype or language. */
    private static Node shorten(Node node) {
        if (!node.isLiteral() || node.getLiteralLexicalForm().codePointCount(0, node.getLiteralLexicalForm().length()) <= MAX_LITERAL) {
            return node;
        }
        String lexical = node.getLiteralLexicalForm();
        String cut = lexical.substring(0, lexical.offsetByCodePoints(0, MAX_LITERAL)) + " […]";
        String lang = node.getLiteralLanguage();
        return lang.isEmpty() ? NodeFactory.createLiteralDT(cut, node.getLiteralDatatype())
                : NodeFactory.createLiteralLang(cut, lang);
    }
}
