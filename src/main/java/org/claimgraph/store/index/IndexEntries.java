package org.claimgraph.store.index;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.util.NodeCmp;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.XSD;
import org.claimgraph.rdf.Vocab.CG;

/**
 * What one article graph puts in the query index about one of its subjects. A node the graph names
 * (skos:prefLabel, skos:altLabel, rdfs:label) gives its names, classes, cg:date and cg:place, and the
 * words of its names; a claim gives the words of its content text. Each entry depends only on the
 * subject's own triples in that graph, so the index entries of a subject are recomputed from the
 * graphs that mention it, never from the whole store.
 */
public final class IndexEntries {

    static final Set<Node> NAMES = Set.of(SKOS.prefLabel.asNode(), SKOS.altLabel.asNode(),
            RDFS.label.asNode());
    /** Kept for a named node beside its names: what the stored queries show of actors, places and events. */
    private static final Set<Node> DESCRIPTION = Set.of(RDF.type.asNode(), CG.date.asNode(), CG.place.asNode());
    private static final Node CONTENT = CG.contentText.asNode();
    private static final Node WORD = CG.searchWord.asNode();
    private static final Node DATE = CG.date.asNode();
    private static final Node DISPLAY_NAME = CG.displayName.asNode();
    private static final Node ACTOR = CG.Actor.asNode();
    private static final Node TIMELINE_DATE = CG.timelineDate.asNode();
    private static final Node SHOWN_NAME = CG.shownName.asNode();
    private static final Node NAME_KEY = CG.nameKey.asNode();
    private static final Node DATE_KEY = CG.dateKey.asNode();
    private static final Node EVENT = CG.Event.asNode();
    /**
     * A word is a run of letters and digits. claim-search cuts the first word of its term with the same
     * class in SPARQL (REPLACE with \p{L}\p{N}), so both sides agree on what a word is.
     */
    private static final Pattern WORDS = Pattern.compile("[\\p{L}\\p{N}]+");

    private IndexEntries() {
    }

    /** Whether the query index may hold something about a subject with this triple: it is read by the rule. */
    static boolean relevant(Node predicate) {
        return NAMES.contains(predicate) || DESCRIPTION.contains(predicate) || predicate.equals(CONTENT);
    }

    /** The index entries of every subject of {@code article}. */
    public static Set<Triple> of(Graph article) {
        Map<Node, List<Triple>> bySubject = new LinkedHashMap<>();
        article.find().forEachRemaining(t -> {
            if (relevant(t.getPredicate())) {
                bySubject.computeIfAbsent(t.getSubject(), s -> new ArrayList<>()).add(t);
            }
        });
        Set<Triple> out = new LinkedHashSet<>();
        bySubject.values().forEach(triples -> out.addAll(ofSubject(triples)));
        return out;
    }

    /** The index entries of one subject, from its triples in one article graph (other triples are ignored). */
    static Set<Triple> ofSubject(List<Triple> triplesOfSubject) {
        Set<Triple> out = new LinkedHashSet<>();
        boolean named = triplesOfSubject.stream().anyMatch(t -> NAMES.contains(t.getPredicate()));
        for (Triple t : triplesOfSubject) {
            Node p = t.getPredicate();
            if (named && NAMES.contains(p)) {
                out.add(t);
                words(t.getSubject(), t.getObject(), out);
            } else if (named && DESCRIPTION.contains(p)) {
                out.add(t);
            } else if (p.equals(CONTENT)) {
                words(t.getSubject(), t.getObject(), out);
            }
        }
        return out;
    }

    /**
     * The sort keys of one subject, from all its other index entries: an actor's least preferred name
     * ({@link CG#displayName}) and its {@link OrderKeys#name key}, the date the timeline shows
     * ({@link CG#timelineDate}) and an event's {@link OrderKeys#date key} (also for an event without a
     * date, which the timeline lists first), and the name every query shows for a named node
     * ({@link CG#shownName}: the least preferred name, else the least rdfs:label, as the queries' MIN of
     * COALESCE(prefLabel, label) gave before). They depend on the subject's entries from every article
     * at once, so they are computed after those are known.
     */
    public static Set<Triple> derived(Node subject, Collection<Triple> entriesOfSubject) {
        NodeValue least = null;
        NodeValue leastLabel = null;
        String date = null;
        boolean actor = false;
        boolean event = false;
        for (Triple t : entriesOfSubject) {
            actor |= t.getPredicate().equals(RDF.type.asNode()) && t.getObject().equals(ACTOR);
            event |= t.getPredicate().equals(RDF.type.asNode()) && t.getObject().equals(EVENT);
            if (t.getPredicate().equals(SKOS.prefLabel.asNode())) {
                least = least(least, t.getObject());
            } else if (t.getPredicate().equals(RDFS.label.asNode())) {
                leastLabel = least(leastLabel, t.getObject());
            } else if (t.getPredicate().equals(DATE) && t.getObject().isLiteral()) {
                String ranked = rankedDate(t.getObject());
                if (ranked != null && (date == null || ranked.compareTo(date) < 0)) {
                    date = ranked;
                }
            }
        }
        Set<Triple> out = new LinkedHashSet<>();
        if (actor && least != null) {
            out.add(Triple.create(subject, DISPLAY_NAME, least.asNode()));
            out.add(Triple.create(subject, NAME_KEY, PageKeys.node(OrderKeys.name(least.asNode()))));
        }
        Node timeline = date == null ? null : NodeFactory.createLiteralString(date.substring(1));
        if (timeline != null) {
            out.add(Triple.create(subject, TIMELINE_DATE, timeline));
        }
        if (event) {
            out.add(Triple.create(subject, DATE_KEY,
                    PageKeys.node(timeline == null ? OrderKeys.NONE : OrderKeys.date(timeline))));
        }
        NodeValue shown = least != null ? least : leastLabel;
        if (shown != null) {
            out.add(Triple.create(subject, SHOWN_NAME, shown.asNode()));
        }
        return out;
    }

    /** The lesser of {@code least} and {@code name} in the order of SPARQL's MIN, which the queries used before. */
    private static NodeValue least(NodeValue least, Node name) {
        NodeValue value = NodeValue.makeNode(name);
        if (least == null) {
            return value;
        }
        int order = NodeValue.compareAlways(value, least);
        // Names SPARQL ranks equal but that differ as terms are put in a fixed order, so the name kept
        // does not depend on the order the entries were read in.
        return order < 0 || order == 0 && NodeCmp.compareRDFTerms(name, least.asNode()) < 0 ? value : least;
    }

    /** Whether {@code predicate} is one of the keys {@link #derived} computes. */
    static boolean isDerived(Node predicate) {
        return predicate.equals(DISPLAY_NAME) || predicate.equals(TIMELINE_DATE) || predicate.equals(SHOWN_NAME)
                || predicate.equals(NAME_KEY) || predicate.equals(DATE_KEY);
    }

    /**
     * A date behind a one-character rank of its precision (1 day, 2 month, 3 year), so that the least
     * string is the most precise date, the earliest at that precision; null for another datatype.
     */
    private static String rankedDate(Node date) {
        String type = date.getLiteralDatatypeURI();
        String rank = XSD.date.getURI().equals(type) ? "1"
                : XSD.gYearMonth.getURI().equals(type) ? "2"
                : XSD.gYear.getURI().equals(type) ? "3" : null;
        return rank == null ? null : rank + date.getLiteralLexicalForm();
    }

    /** The words of {@code text}, lower-cased as SPARQL's LCASE does. */
    public static Set<String> words(String text) {
        Set<String> out = new LinkedHashSet<>();
        Matcher m = WORDS.matcher(text.toLowerCase(Locale.ROOT));
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    private static void words(Node subject, Node text, Set<Triple> out) {
        if (text.isLiteral()) {
            for (String w : words(text.getLiteralLexicalForm())) {
                out.add(Triple.create(subject, WORD, NodeFactory.createLiteralString(w)));
            }
        }
    }
}
