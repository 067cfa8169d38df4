package org.claimgraph.eval;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.claimgraph.rdf.ArticleGraph;
import org.claimgraph.rdf.SpanSelection;
import org.claimgraph.rdf.Vocab.CG;

/**
 * Measures event finding on a corpus without gold: counts the events the article graphs hold and the
 * ones several articles share (the same IRI written by two articles is one event in the store's union
 * graph), and draws a seeded random sample of events as one article states them (type, who, whom,
 * where, when, and the sentence of the first trigger) for a person to judge.
 */
public final class EventEvaluation {

    /** One event as one article states it. */
    public record Stated(String event, String type, String label, String origin, int start, String doneBy,
                         String doneTo, String participants, String place, String date, String context) {
    }

    /** The counts and the sample. */
    public record Report(int articles, int events, int statements, int crossArticle, List<Stated> sample) {
    }

    private final List<Stated> stated = new ArrayList<>();
    /** event IRI → the articles stating it. */
    private final Map<String, Set<String>> articlesOf = new TreeMap<>();
    private int articles;

    public void add(ArticleGraph graph) {
        articles++;
        Model m = graph.model();
        m.listSubjectsWithProperty(RDF.type, CG.Event).forEachRemaining(e -> {
            articlesOf.computeIfAbsent(e.getURI(), k -> new TreeSet<>()).add(graph.origin());
            stated.add(stated(m, e, graph.origin()));
        });
    }

    private static Stated stated(Model m, Resource e, String origin) {
        String type = e.listProperties(RDF.type).toList().stream().map(Statement::getResource)
                .filter(t -> !t.equals(CG.Event)).map(Resource::getLocalName).findFirst().orElse("Event");
        // the first trigger in the text gives the context
        Optional<SpanSelection> first = m.listSubjectsWithProperty(CG.mentionOf, e).toList().stream()
                .map(mention -> SpanSelection.read(mention.getPropertyResourceValue(CG.mentionSpan)))
                .flatMap(Optional::stream)
                .min(Comparator.comparingInt(SpanSelection::start));
        String context = "";
        if (first.isPresent()) {
            Statement text = m.createResource(first.get().article()).getProperty(CG.text);
            context = text == null ? ""
                    : ActorEvaluation.context(text.getString(), first.get().start(), first.get().end());
        }
        String date = Optional.ofNullable(e.getProperty(CG.date)).map(s -> s.getLiteral().getLexicalForm()
                + Optional.ofNullable(e.getProperty(CG.dateText)).map(t -> " (\"" + t.getString() + "\")").orElse(""))
                .orElse("-");
        return new Stated(e.getURI(), type, Optional.ofNullable(e.getProperty(RDFS.label)).map(Statement::getString).orElse(""),
                origin, first.map(SpanSelection::start).orElse(-1), names(e, CG.doneBy), names(e, CG.doneTo),
                names(e, CG.participant), names(e, CG.place), date, context);
    }

    private static String names(Resource e, org.apache.jena.rdf.model.Property p) {
        List<String> out = new ArrayList<>();
        for (RDFNode n : e.listProperties(p).mapWith(Statement::getObject).toList()) {
            Statement l = n.isResource() ? n.asResource().getProperty(SKOS.prefLabel) : null;
            out.add(l == null ? n.toString() : l.getString());
        }
        Collections.sort(out);
        return out.isEmpty() ? "-" : String.join("; ", out);
    }

    public Report report(int size, long seed) {
        List<Stated> order = new ArrayList<>(stated);
        order.sort(Comparator.comparing(Stated::origin).thenComparingInt(Stated::start).thenComparing(Stated::event));
        Collections.shuffle(order, new Random(seed));
        int cross = (int) articlesOf.values().stream().filter(a -> a.size() > 1).count();
        return new Report(articles, articlesOf.size(), stated.size(), cross,
                List.copyOf(order.subList(0, Math.min(size, order.size()))));
    }

    /** Events stated by more than one article, with their articles, for a person to check the merges. */
    public Map<String, Set<String>> shared() {
        Map<String, Set<String>> out = new TreeMap<>();
        articlesOf.forEach((e, a) -> {
            if (a.size() > 1) {
                out.put(e, a);
            }
        });
        return out;
    }
}
