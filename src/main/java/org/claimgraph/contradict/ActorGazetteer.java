package org.claimgraph.contradict;

import com.google.common.collect.MultimapBuilder;
import com.google.common.collect.Multimaps;
import com.google.common.collect.SetMultimap;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.claimgraph.rdf.Iris;
import org.claimgraph.rdf.Vocab.CG;
import org.claimgraph.store.index.QueryIndex;

/**
 * Finds actors named in a claim's content and gives each a key: the IRI Iris.actor mints for the
 * canonical name in actors.txt, or, for a name only the graph knows, the graph's actor IRI. Names the
 * graph lists as alternative labels of one actor (skos:altLabel) become names of that actor here, so
 * better actor resolution upstream improves the matching without a change in this class.
 *
 * <p>A text is matched by one hash lookup per word, not by one regular expression over every name:
 * the names grow with the store, and an alternation of tens of thousands of names is tried name by
 * name at every position of every text.
 */
final class ActorGazetteer {

    /** A name found in a text: where it stands (in the normalised text) and whose it is. */
    record Mention(int start, int end, String key) {
    }

    /** Longest first, so "Kataib Hezbollah" wins over "Hezbollah" where both start. */
    private static final Comparator<String> LONGEST_FIRST =
            Comparator.comparingInt(String::length).reversed().thenComparing(s -> s);
    private static final List<Node> LABELS = List.of(RDFS.label.asNode(), SKOS.prefLabel.asNode(),
            SKOS.altLabel.asNode());

    private final Map<String, String> keyByName;
    /** The names as matched (normalised), grouped by their first word, longest first in each group. */
    private final Map<String, List<String>> namesByLead;

    ActorGazetteer(Map<String, String> keyByName) {
        this.keyByName = Map.copyOf(keyByName);
        Map<String, List<String>> byLead = new HashMap<>();
        for (String name : keyByName.keySet()) {
            String n = Text.normalise(name);
            if (!n.isEmpty()) {
                byLead.computeIfAbsent(lead(n, 0), k -> new ArrayList<>()).add(n);
            }
        }
        byLead.replaceAll((lead, names) -> names.stream().distinct().sorted(LONGEST_FIRST).toList());
        this.namesByLead = byLead;
    }

    /** The names of actors.txt only. */
    static ActorGazetteer fromLexicon() {
        return new ActorGazetteer(lexiconNames());
    }

    /**
     * The names of actors.txt plus the alternative names the graph records for its actors. A store's
     * query index holds each actor's type and names once ({@link QueryIndex}), where the article graphs
     * repeat them in every article that mentions the actor; a dataset without the index (an
     * {@code extract} dump being built) is read through its article graphs, each actor once.
     */
    static ActorGazetteer of(DatasetGraph dsg) {
        Node from = dsg.containsGraph(QueryIndex.GRAPH) ? QueryIndex.GRAPH : Node.ANY;
        Set<Node> actors = new LinkedHashSet<>();
        dsg.find(from, Node.ANY, RDF.type.asNode(), CG.Actor.asNode()).forEachRemaining(q -> {
            if (q.getSubject().isURI()) {
                actors.add(q.getSubject());
            }
        });
        Map<Node, Set<String>> labels = new HashMap<>();
        Map<String, String> normalised = new HashMap<>();
        // One range scan per label predicate rather than three lookups per actor.
        for (Node p : LABELS) {
            dsg.find(from, Node.ANY, p, Node.ANY).forEachRemaining(l -> {
                if (l.getObject().isLiteral() && actors.contains(l.getSubject())) {
                    labels.computeIfAbsent(l.getSubject(), a -> new LinkedHashSet<>()).add(normalised
                            .computeIfAbsent(l.getObject().getLiteralLexicalForm(), Text::normalise));
                }
            });
        }
        Map<String, String> names = lexiconNames();
        SetMultimap<String, String> keysByName = MultimapBuilder.hashKeys().treeSetValues().build();
        labels.forEach((actor, distinct) -> {
            if (distinct.size() < 2) {
                return; // a single label is as likely a mis-read word ("However") as a name
            }
            String key = distinct.stream().filter(names::containsKey).map(names::get).findFirst()
                    .orElse(actor.getURI());
            distinct.forEach(l -> keysByName.put(l, key));
        });
        // A name two actors share ("Cruz" for two Cruzes) is left out rather than given to one of them:
        // which one would depend on the order the store lists its actors, and a wrong actor in a claim
        // makes a contradiction out of two claims about different people. actors.txt's names win.
        Multimaps.asMap(keysByName).forEach((name, keys) -> {
            if (keys.size() == 1) {
                names.putIfAbsent(name, keys.iterator().next());
            }
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

    /** Every name known, with its key. */
    Map<String, String> keyByName() {
        return keyByName;
    }

    /** The key of a canonical name in actors.txt (for sides.txt), or of any known name. */
    String keyOf(String name) {
        return keyByName.getOrDefault(Text.normalise(name), Iris.actor(name));
    }

    /**
     * Actor mentions in normalised text, left to right, none overlapping: at each place the longest
     * name standing there as whole words ({@link Text#wordPattern}: a name that starts or ends with a
     * letter or digit must start or end at a word boundary), the search going on after it.
     */
    List<Mention> mentions(String normalised) {
        List<Mention> out = new ArrayList<>();
        int i = 0;
        while (i < normalised.length()) {
            String found = startingAt(normalised, i);
            if (found == null) {
                i++;
            } else {
                out.add(new Mention(i, i + found.length(), keyByName.get(found)));
                i += found.length();
            }
        }
        return out;
    }

    private String startingAt(String text, int i) {
        List<String> candidates = namesByLead.get(lead(text, i));
        if (candidates == null) {
            return null;
        }
        for (String n : candidates) {
            int end = i + n.length();
            if (text.startsWith(n, i)
                    && (!Character.isLetterOrDigit(n.charAt(0)) || boundary(text, i))
                    && (!Character.isLetterOrDigit(n.charAt(n.length() - 1)) || boundary(text, end))) {
                return n;
            }
        }
        return null;
    }

    /**
     * The first word of {@code s} at {@code i}: its run of letters and digits, or its one character
     * if that is neither. A name can stand at {@code i} only if its own first word is the same.
     */
    private static String lead(String s, int i) {
        if (!Character.isLetterOrDigit(s.charAt(i))) {
            return s.substring(i, i + 1);
        }
        int end = i + 1;
        while (end < s.length() && Character.isLetterOrDigit(s.charAt(end))) {
            end++;
        }
        return s.substring(i, end);
    }

    /** Whether {@code i} is a word boundary as {@code \b} of java.util.regex sees one. */
    private static boolean boundary(String s, int i) {
        boolean left = i > 0 && isWord(s, Character.codePointBefore(s, i), i - 1);
        boolean right = i < s.length() && isWord(s, Character.codePointAt(s, i), i);
        return left != right;
    }

    private static boolean isWord(String s, int ch, int at) {
        if (ch == '_' || Character.isLetterOrDigit(ch)) {
            return true;
        }
        // As java.util.regex does: a combining mark after a word character belongs to that word.
        if (Character.getType(ch) != Character.NON_SPACING_MARK) {
            return false;
        }
        int j = at - 1;
        while (j >= 0 && Character.getType(s.charAt(j)) == Character.NON_SPACING_MARK) {
            j--;
        }
        return j >= 0 && (s.charAt(j) == '_' || Character.isLetterOrDigit(s.charAt(j)));
    }
}
