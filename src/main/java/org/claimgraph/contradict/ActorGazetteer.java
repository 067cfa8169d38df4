package org.claimgraph.contradict;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.claimgraph.rdf.Iris;
import org.claimgraph.rdf.Vocab.CG;

/**
 * Finds actors named in a claim's content and gives each a key: the IRI Iris.actor mints for the
 * canonical name in actors.txt, or, for a name only the graph knows, the graph's actor IRI. Names the
 * graph lists as alternative labels of one actor (skos:altLabel) become names of that actor here, so
 * better actor resolution upstream improves the matching without a change in this class.
 */
final class ActorGazetteer {

    /** A name found in a text: where it stands (in the normalised text) and whose it is. */
    record Mention(int start, int end, String key) {
    }

    private final Map<String, String> keyByName;
    private final Pattern names;

    ActorGazetteer(Map<String, String> keyByName) {
        this.keyByName = Map.copyOf(keyByName);
        // Longest names first, so "Kataib Hezbollah" wins over "Hezbollah".
        String alternation = keyByName.keySet().stream()
                .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(s -> s))
                .map(Text::wordPattern).collect(Collectors.joining("|"));
        this.names = Pattern.compile(alternation.isEmpty() ? "(?!)" : alternation);
    }

    /** The names of actors.txt only. */
    static ActorGazetteer fromLexicon() {
        return new ActorGazetteer(lexiconNames());
    }

    /** The names of actors.txt plus the alternative names the graph records for its actors. */
    static ActorGazetteer of(DatasetGraph dsg) {
        Map<String, String> names = lexiconNames();
        Map<Node, List<String>> labels = new HashMap<>();
        dsg.find(Node.ANY, Node.ANY, RDF.type.asNode(), CG.Actor.asNode()).forEachRemaining(q -> {
            Node actor = q.getSubject();
            for (Node p : List.of(RDFS.label.asNode(), SKOS.prefLabel.asNode(), SKOS.altLabel.asNode())) {
                dsg.find(Node.ANY, actor, p, Node.ANY).forEachRemaining(l -> {
                    if (l.getObject().isLiteral()) {
                        labels.computeIfAbsent(actor, a -> new ArrayList<>())
                                .add(Text.normalise(l.getObject().getLiteralLexicalForm()));
                    }
                });
            }
        });
        labels.forEach((actor, ls) -> {
            Set<String> distinct = Set.copyOf(ls);
            if (distinct.size() < 2 || !actor.isURI()) {
                return; // a single label is as likely a mis-read word ("However") as a name
            }
            String key = distinct.stream().filter(names::containsKey).map(names::get).findFirst()
                    .orElse(actor.getURI());
            distinct.forEach(l -> names.putIfAbsent(l, key));
        });
        return new ActorGazetteer(names);
    }

    private static Map<String, String> lexiconNames() {
        Map<String, String> names = new LinkedHashMap<>();
        for (List<String> row : Lexicon.rows("actors.txt")) {
            String key = Iris.actor(row.get(0));
            row.forEach(alias -> names.put(Text.normalise(alias), key));
        }
        return names;
    }

    /** The key of a canonical name in actors.txt (for sides.txt), or of any known name. */
    String keyOf(String name) {
        return keyByName.getOrDefault(Text.normalise(name), Iris.actor(name));
    }

    /** Actor mentions in normalised text, left to right, none overlapping. */
    List<Mention> mentions(String normalised) {
        List<Mention> out = new ArrayList<>();
        Matcher m = names.matcher(normalised);
        while (m.find()) {
            out.add(new Mention(m.start(), m.end(), keyByName.get(m.group())));
        }
        return out;
    }
}
