package org.claimgraph.provenance;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.claimgraph.extract.Span;
import org.claimgraph.rdf.EvidenceSpans;
import org.claimgraph.rdf.SpanSelection;
import org.claimgraph.rdf.Iris;
import org.claimgraph.rdf.Vocab;
import org.claimgraph.rdf.Vocab.CG;
import org.claimgraph.rdf.Vocab.PROV;
import org.claimgraph.store.ClaimStore;

/**
 * The post-pass that links copies of one story across articles, in the stories graph. Cross-article
 * links live there, not in the article graphs, so that reloading one article never leaves a stale
 * link in another's graph.
 *
 * <p>After an ingest only the new articles are compared ({@link #update}): the copy detector's
 * shingle index is kept in the store ({@link StoryIndex}), so a new article meets the articles that
 * share its shingles through index lookups, and only the stories it joins or leaves are rewritten.
 * The result is the one a pass over the whole store ({@link #refresh}) would give, except that a
 * shingle which has since become too common (in more than 200 articles) still counts for pairs
 * confirmed before it did.
 */
public final class StoriesPass {

    private static final String ARTICLES = """
            PREFIX cg: <https://w3id.org/claimgraph/ontology#>
            PREFIX schema: <https://schema.org/>
            SELECT ?a ?text ?region ?reporter ?kind ?title ?publisher {
              ?a a cg:Article ; cg:text ?text .
              OPTIONAL { ?a cg:storySpan ?region }
              OPTIONAL { ?a cg:originalReporter ?reporter }
              OPTIONAL { ?a cg:copyKind ?kind }
              OPTIONAL { ?a schema:headline ?title }
              OPTIONAL { ?a schema:publisher ?publisher }
            } ORDER BY ?a""";
    private static final Query ARTICLES_QUERY = QueryFactory.create(ARTICLES);

    private StoriesPass() {
    }

    /**
     * Recomputes the stories graph of {@code store} over every article, and its shingle index with it;
     * returns what the detector found.
     */
    public static CopyDetector.Result refresh(ClaimStore store) {
        return Txn.calculateWrite(store.dataset(), () -> {
            DatasetGraph dsg = store.datasetGraph();
            new StoriesGraph(dsg).clear();
            new StoryIndex(dsg).clear();
            return new StoryUpdate(dsg).run(Set.of());
        });
    }

    /**
     * Brings the stories graph up to date after {@code loaded} (article IRIs) were written, comparing
     * only them, and any article an interrupted earlier pass left unindexed, with the store; returns
     * what the detector found among the articles whose stories were rewritten.
     */
    public static CopyDetector.Result update(ClaimStore store, Collection<String> loaded) {
        return Txn.calculateWrite(store.dataset(), () -> new StoryUpdate(store.datasetGraph()).run(loaded));
    }

    /**
     * Brings the shingle index up to date with the store's articles without touching the stories graph,
     * for a store whose stories graph came from elsewhere (a scale-out job's shard), so that the next
     * {@link #update} compares only its own articles.
     */
    public static void index(ClaimStore store) {
        Txn.executeWrite(store.dataset(), () -> new StoryUpdate(store.datasetGraph()).indexOnly());
    }

    /** The stories graph for the articles of {@code dsg} (union of its graphs), without storing it. */
    public static Model compute(DatasetGraph dsg) {
        List<Article> articles = read(dsg);
        return graph(articles, CopyDetector.detect(articles.stream().map(Article::text).toList()));
    }

    /** The articles of {@code dsg} (union of its graphs) as the copy detector sees them. */
    public static List<StoryText> stories(DatasetGraph dsg) {
        return read(dsg).stream().map(Article::text).toList();
    }

    /**
     * An article as read back from the store: what the detector reads (its story's region of the
     * page), its publisher, and the whole file text with the region's start, which evidence spans count from.
     */
    record Article(StoryText text, Optional<String> publisher, String page, int regionStart) {
    }

    private static List<Article> read(DatasetGraph dsg) {
        List<Article> articles = new ArrayList<>();
        try (var qe = QueryExecution.dataset(union(dsg)).query(ARTICLES_QUERY).build()) {
            qe.execSelect().forEachRemaining((QuerySolution s) -> articles.add(article(s, s.getResource("a").getURI())));
        }
        return articles;
    }

    /** One article of {@code dsg} as the detector sees it, if the store holds it. */
    static Optional<Article> read(DatasetGraph dsg, String iri) {
        try (var qe = QueryExecution.dataset(union(dsg)).query(ARTICLES_QUERY)
                .substitution("a", ResourceFactory.createResource(iri)).build()) {
            var rows = qe.execSelect();
            return rows.hasNext() ? Optional.of(article(rows.next(), iri)) : Optional.empty();
        }
    }

    private static Dataset union(DatasetGraph dsg) {
        return DatasetFactory.wrap(DatasetGraphFactory.wrap(dsg.getUnionGraph()));
    }

    private static Article article(QuerySolution s, String iri) {
        String page = s.getLiteral("text").getString();
        String text = page;
        int start = 0;
        Optional<SpanSelection> region = s.contains("region")
                ? SpanSelection.read(s.getResource("region").asNode()) : Optional.empty();
        if (region.isPresent()) {
            // a story cut from a page: its region, counted in code points like every offset in the graph
            start = page.offsetByCodePoints(0, region.get().start());
            int end = page.offsetByCodePoints(0, region.get().end());
            text = page.substring(start, end);
        }
        Optional<String> publisher = uri(s, "publisher");
        Optional<String> reporter = uri(s, "reporter");
        if (reporter.isEmpty() && publisher.isEmpty()) {
            reporter = TextProvenance.reporter(text);
        }
        return new Article(new StoryText(iri, text, reporter, uri(s, "kind"),
                Optional.ofNullable(s.getLiteral("title")).map(l -> l.getString())),
                publisher, page, start);
    }

    private static Optional<String> uri(QuerySolution s, String var) {
        return Optional.ofNullable(s.getResource(var)).map(Resource::getURI);
    }

    /**
     * One cg:Story per group of copies, and per lone article that says it copies someone's report
     * (the original need not be in the corpus): each copy prov:wasDerivedFrom its story, qualified by
     * a cg:StoryCopy with the kind of copy and the alignment figures.
     */
    static Model graph(List<Article> articles, CopyDetector.Result found) {
        Model m = ModelFactory.createDefaultModel();
        m.setNsPrefixes(Vocab.prefixes());
        Map<String, Article> byIri = articles.stream()
                .collect(Collectors.toMap(a -> a.text().article(), Function.identity(), (x, y) -> x));
        for (List<String> group : found.groups()) {
            List<Article> members = group.stream().map(byIri::get).toList();
            Optional<String> reporter = commonest(members.stream().flatMap(a -> a.text().originalReporter().stream()).toList());
            boolean copies = group.size() > 1 || members.stream().anyMatch(StoriesPass::declaresCopy);
            if (!copies || reporter.isEmpty() && members.stream().noneMatch(a -> TextProvenance.showsCopy(a.text().text()))) {
                continue;
            }
            String first = group.stream().sorted().findFirst().orElseThrow();
            Resource story = m.createResource(Iris.story(reporter.orElse("unknown") + "|" + first))
                    .addProperty(RDF.type, CG.Story)
                    .addProperty(RDF.type, PROV.Entity)
                    .addProperty(RDFS.label, label(reporter, members));
            reporter.ifPresent(r -> story.addProperty(CG.originalReporter, m.createResource(r)));
            for (Article member : members) {
                writeCopy(m, story, member, found.pairs(), byIri);
            }
            // each copy against its best-aligned other copy: a group of n copies is n-1 comparisons at most, not n²
            members.stream().flatMap(a -> best(a.text().article(), found.pairs()).stream()).distinct()
                    .forEach(p -> writeDivergences(m, story, byIri.get(p.a()), byIri.get(p.b())));
        }
        return m;
    }

    /** The sentences whose facts differ between two copies, with both sentences' evidence spans. */
    private static void writeDivergences(Model m, Resource story, Article a, Article b) {
        if (a.text().article().compareTo(b.text().article()) > 0) {
            writeDivergences(m, story, b, a);
            return;
        }
        Resource articleA = m.createResource(a.text().article());
        Resource articleB = m.createResource(b.text().article());
        EvidenceSpans evidenceA = new EvidenceSpans(articleA, a.page());
        EvidenceSpans evidenceB = new EvidenceSpans(articleB, b.page());
        for (Divergence d : DivergentSentences.find(a.text().text(), b.text().text())) {
            Span spanA = shift(d.a(), a.regionStart());
            Span spanB = shift(d.b(), b.regionStart());
            String iri = Iris.divergence(a.text().article() + "|" + b.text().article() + "|" + spanA.start()
                    + "|" + spanB.start());
            Resource node = m.createResource(iri)
                    .addProperty(RDF.type, CG.SentenceDivergence)
                    .addProperty(CG.articleA, articleA)
                    .addProperty(CG.articleB, articleB)
                    .addProperty(CG.differenceKind, switch (d.kind()) {
                        case NUMBERS -> CG.NumberDifference;
                        case NEGATION -> CG.NegationDifference;
                        case FACTS -> CG.FactDifference;
                    })
                    .addProperty(CG.difference, d.difference());
            evidenceA.create(m, List.of(spanA)).forEach(e -> node.addProperty(CG.sentenceA, e));
            evidenceB.create(m, List.of(spanB)).forEach(e -> node.addProperty(CG.sentenceB, e));
            story.addProperty(CG.divergence, node);
        }
    }

    private static Span shift(Span s, int by) {
        return new Span(s.start() + by, s.end() + by);
    }

    private static boolean declaresCopy(Article a) {
        return a.text().copyKind().isPresent()
                || a.text().originalReporter().isPresent() && !a.text().originalReporter().equals(a.publisher())
                || a.publisher().isEmpty() && TextProvenance.showsCopy(a.text().text());
    }

    private static void writeCopy(Model m, Resource story, Article member, List<CopyPair> pairs,
                                  Map<String, Article> byIri) {
        String iri = member.text().article();
        Resource article = m.createResource(iri);
        Optional<CopyPair> best = best(iri, pairs);
        Optional<String> sibling = best.map(p -> p.a().equals(iri) ? p.b() : p.a())
                .map(other -> byIri.get(other).text().text());
        Resource kind = member.text().copyKind().map(m::createResource)
                .orElseGet(() -> CopyKinds.infer(member.text().text(), sibling));
        Resource copy = m.createResource(Iris.part(story.getURI(), "copy-" + iri.substring(iri.lastIndexOf('/') + 1)))
                .addProperty(RDF.type, CG.StoryCopy)
                .addProperty(RDF.type, PROV.Derivation)
                .addProperty(PROV.entity, story)
                .addProperty(CG.copy, article)
                .addProperty(CG.copyKind, kind);
        best.ifPresent(p -> copy
                .addLiteral(CG.alignedSentences, m.createTypedLiteral(p.aligned(), XSDDatatype.XSDinteger))
                .addLiteral(CG.copySentences, m.createTypedLiteral(p.a().equals(iri) ? p.sentencesA() : p.sentencesB(),
                        XSDDatatype.XSDinteger))
                .addLiteral(CG.similarity, m.createTypedLiteral(
                        String.format(java.util.Locale.ROOT, "%.3f", p.similarity()), XSDDatatype.XSDdecimal)));
        article.addProperty(PROV.wasDerivedFrom, story).addProperty(PROV.qualifiedDerivation, copy);
    }

    /** The pair that aligns most of {@code article}'s sentences, the first of equals in the detector's order. */
    private static Optional<CopyPair> best(String article, List<CopyPair> pairs) {
        CopyPair best = null;
        for (CopyPair p : pairs) {
            if ((p.a().equals(article) || p.b().equals(article)) && (best == null || p.aligned() > best.aligned())) {
                best = p;
            }
        }
        return Optional.ofNullable(best);
    }

    private static String label(Optional<String> reporter, List<Article> members) {
        String name = reporter.map(r -> r.substring(r.lastIndexOf('/') + 1).replace('-', ' ')).orElse("unknown");
        Optional<String> title = members.stream().flatMap(a -> a.text().title().stream()).findFirst();
        return name + " report" + title.map(t -> ": " + t).orElse("");
    }

    private static <T> Optional<T> commonest(Collection<T> values) {
        Map<T, Long> counts = new HashMap<>();
        values.forEach(v -> counts.merge(v, 1L, Long::sum));
        return counts.entrySet().stream().max(Map.Entry.<T, Long>comparingByValue()
                .thenComparing(e -> e.getKey().toString(), Comparator.reverseOrder())).map(Map.Entry::getKey);
    }
}
