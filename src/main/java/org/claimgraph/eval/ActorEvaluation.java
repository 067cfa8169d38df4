package org.claimgraph.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.claimgraph.rdf.ArticleGraph;
import org.claimgraph.rdf.SpanSelection;
import org.claimgraph.rdf.Vocab.CG;

/**
 * Measures actor resolution on a corpus without gold: counts the actors, mentions and surface forms
 * the article graphs hold, and draws a seeded random sample of merges (two different surface forms
 * resolved to one actor IRI, in one article or across articles) and of links (a pronoun or definite
 * description resolved to an actor, with the words before it) for a person to judge. Cross-article
 * merges are what the store's union graph makes of equal IRIs, so the graphs are read as they are
 * written, no store needed.
 */
public final class ActorEvaluation {

    /** One surface form of an actor as one article writes it. */
    public record Form(String form, String origin) {
    }

    /** Two different surface forms resolved to one actor. */
    public record Merge(String actor, String label, Form a, Form b) {
    }

    /**
     * A description or pronoun ("the group", "he") resolved to an actor.
     *
     * @param context the words before and after, the mention in [[double brackets]]
     */
    public record Link(String actor, String label, String mention, String origin, int start, String context) {
    }

    /** The counts and the samples. */
    public record Report(int articles, int actors, int mentions, int surfaceForms, int merges,
                         List<Merge> sample, int links, List<Link> linkSample) {
    }

    /** actor IRI → surface form → the articles using it; TreeMaps so the sample depends only on the seed. */
    private final Map<String, Map<String, Set<String>>> forms = new TreeMap<>();
    private final Map<String, String> labels = new TreeMap<>();
    private final List<Link> links = new ArrayList<>();
    private int articles;
    private int mentions;

    /** Reads the actors of one article graph. */
    public void add(ArticleGraph graph) {
        articles++;
        Model m = graph.model();
        m.listSubjectsWithProperty(RDF.type, CG.Actor).forEachRemaining(actor -> {
            Map<String, Set<String>> byForm = forms.computeIfAbsent(actor.getURI(), k -> new TreeMap<>());
            label(actor).ifPresent(l -> labels.putIfAbsent(actor.getURI(), l));
            actor.listProperties(SKOS.altLabel).forEachRemaining(s ->
                    byForm.computeIfAbsent(s.getString(), k -> new TreeSet<>()).add(graph.origin()));
        });
        mentions += (int) m.listSubjectsWithProperty(RDF.type, CG.Mention).toList().stream()
                .filter(x -> {
                    Statement of = x.getProperty(CG.mentionOf);
                    return of != null && of.getObject().isResource()
                            && of.getResource().hasProperty(RDF.type, CG.Actor);
                }).count();
        m.listSubjectsWithProperty(RDF.type, CG.Mention).forEachRemaining(x -> link(graph, x).ifPresent(links::add));
    }

    /** The mention as a link, when its words name nobody: a pronoun or a definite description. */
    private static Optional<Link> link(ArticleGraph graph, Resource mention) {
        Statement of = mention.getProperty(CG.mentionOf);
        Statement span = mention.getProperty(CG.mentionSpan);
        if (of == null || span == null || !of.getObject().isResource()
                || !of.getResource().hasProperty(RDF.type, CG.Actor)) {
            return Optional.empty();
        }
        Resource actor = of.getResource();
        Optional<SpanSelection> selected = SpanSelection.read(span.getResource());
        if (selected.isEmpty() || selected.get().exact().isEmpty() || !anaphoric(selected.get().exact().get())) {
            return Optional.empty();
        }
        String exact = selected.get().exact().get();
        int start = selected.get().start();
        int end = selected.get().end();
        String lower = exact.toLowerCase(Locale.ROOT);
        boolean names = actor.listProperties(SKOS.altLabel).toList().stream()
                .anyMatch(l -> lower.contains(l.getString().toLowerCase(Locale.ROOT)));
        if (names) {
            return Optional.empty();
        }
        Statement text = mention.getModel().createResource(selected.get().article()).getProperty(CG.text);
        String context = text == null ? "" : context(text.getString(), start, end);
        return Optional.of(new Link(actor.getURI(), label(actor).orElse(""), exact, graph.origin(), start, context));
    }

    private static boolean anaphoric(String exact) {
        String w = exact.strip().toLowerCase(Locale.ROOT);
        return PRONOUNS.contains(w) || w.startsWith("the ");
    }

    private static final Set<String> PRONOUNS = Set.of("he", "she", "him", "her", "his", "they", "it");

    /** 200 code points before a mention and 60 after, the mention bracketed, whitespace collapsed. */
    static String context(String text, int startCp, int endCp) {
        CodePointOffsets offsets = new CodePointOffsets(text);
        int s = offsets.toChar(startCp);
        int e = offsets.toChar(endCp);
        int from = Math.max(0, s - 200);
        int to = Math.min(text.length(), e + 60);
        return ("…" + text.substring(from, s) + "[[" + text.substring(s, e) + "]]" + text.substring(e, to) + "…")
                .replaceAll("\\s+", " ");
    }

    private static Optional<String> label(Resource actor) {
        Statement s = actor.getProperty(SKOS.prefLabel);
        return s == null ? Optional.empty() : Optional.of(s.getString());
    }

    /** Every merge, then a sample of {@code size} drawn with {@code seed}. */
    public Report report(int size, long seed) {
        List<Merge> all = new ArrayList<>();
        int surface = 0;
        for (Map.Entry<String, Map<String, Set<String>>> e : forms.entrySet()) {
            List<String> fs = new ArrayList<>(e.getValue().keySet());
            surface += fs.size();
            for (int i = 0; i < fs.size(); i++) {
                for (int j = i + 1; j < fs.size(); j++) {
                    all.add(new Merge(e.getKey(), labels.getOrDefault(e.getKey(), ""),
                            new Form(fs.get(i), e.getValue().get(fs.get(i)).iterator().next()),
                            new Form(fs.get(j), e.getValue().get(fs.get(j)).iterator().next())));
                }
            }
        }
        List<Merge> shuffled = new ArrayList<>(all);
        Collections.shuffle(shuffled, new Random(seed));
        List<Link> linkOrder = new ArrayList<>(links);
        linkOrder.sort(Comparator.comparing(Link::origin).thenComparingInt(Link::start));
        Collections.shuffle(linkOrder, new Random(seed));
        return new Report(articles, forms.size(), mentions, surface, all.size(),
                List.copyOf(shuffled.subList(0, Math.min(size, shuffled.size()))), links.size(),
                List.copyOf(linkOrder.subList(0, Math.min(size, linkOrder.size()))));
    }

    /**
     * Where a form first stands in its article, with some words either side, or "" if unreadable.
     * Origins are relative to the directory that was read.
     */
    public static String context(Path dir, Form f, int width) {
        try {
            Path file = dir.resolve(f.origin());
            String text = Files.readString(Files.isRegularFile(file) ? file : Path.of(f.origin()), StandardCharsets.UTF_8);
            int at = text.indexOf(f.form());
            if (at < 0) {
                return "";
            }
            int from = Math.max(0, at - width);
            int to = Math.min(text.length(), at + f.form().length() + width);
            return "…" + text.substring(from, to).replaceAll("\\s+", " ") + "…";
        } catch (IOException | RuntimeException e) {
            return "";
        }
    }
}
