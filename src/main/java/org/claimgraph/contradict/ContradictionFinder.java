package org.claimgraph.contradict;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.claimgraph.rdf.Vocab.CG;
import org.claimgraph.store.ClaimStore;

/**
 * Finds contradictions between claims and keeps them in the contradictions graph, as a post-pass
 * after articles are loaded. {@link #update} compares only the claims of the new articles, each with
 * the claims that share a proposition key in the index; {@link #rebuild} starts from nothing.
 * <p>
 * After {@code Ingestion.ingest(store, paths, err)}, call {@code ContradictionFinder.update(store,
 * articleIris)} with the IRIs of the articles just loaded (or {@code rebuild(store)}); for an
 * {@code extract} dump, call {@code ContradictionFinder.forDump(datasetGraph)} before writing it.
 */
public final class ContradictionFinder {

    private final DatasetGraph dsg;
    private final ClaimReader claims;
    private final PropositionReader propositions;
    private final PropositionIndex index;
    private final ContradictionGraph graph;
    private final StoryCopies copies;
    private final List<ContradictionRule> rules;
    private final Map<String, Optional<Proposition>> cache = new HashMap<>();

    private ContradictionFinder(DatasetGraph dsg) {
        this.dsg = dsg;
        this.claims = new ClaimReader(dsg);
        this.propositions = new PropositionReader(ActorGazetteer.of(dsg), new ClaimActors(dsg), new ContentMentions(dsg),
                ClauseReader.enabled());
        this.index = new PropositionIndex(dsg);
        this.graph = new ContradictionGraph(dsg);
        this.copies = new StoryCopies(dsg);
        FactReader facts = propositions.facts();
        this.rules = List.of(new DenialRule(), new CreditRule(), new RetellingRule(facts), new NumericRule(),
                new OpposingRule(facts), new ClauseRule(), new PollRule(), new EvaluationRule());
    }

    /** Compares the claims of the given articles with the indexed claims, in one write transaction. */
    public static UpdateReport update(ClaimStore store, Collection<String> newArticleIris) {
        return update(store.datasetGraph(), newArticleIris);
    }

    /** Clears the contradictions and the index and finds everything again. */
    public static UpdateReport rebuild(ClaimStore store) {
        return rebuild(store.datasetGraph());
    }

    /** As {@link #update(ClaimStore, Collection)}, on any dataset (e.g. the in-memory one of extract). */
    public static UpdateReport update(DatasetGraph dsg, Collection<String> newArticleIris) {
        return inWrite(dsg, () -> new ContradictionFinder(dsg).run(newArticleIris));
    }

    public static UpdateReport rebuild(DatasetGraph dsg) {
        return inWrite(dsg, () -> {
            ContradictionFinder f = new ContradictionFinder(dsg);
            f.index.clear();
            f.graph.clear();
            return f.run(f.claims.articles());
        });
    }

    /**
     * For an {@code extract} dump: finds every contradiction and drops the proposition index, which
     * serves only later updates of a store, so the dump holds the article graphs and the
     * contradictions graph.
     */
    public static UpdateReport forDump(DatasetGraph dsg) {
        return inWrite(dsg, () -> {
            ContradictionFinder f = new ContradictionFinder(dsg);
            f.index.clear();
            f.graph.clear();
            UpdateReport report = f.run(f.claims.articles());
            f.index.clear();
            return report;
        });
    }

    private static UpdateReport inWrite(DatasetGraph dsg, java.util.function.Supplier<UpdateReport> work) {
        if (dsg.supportsTransactions() && !dsg.isInTransaction()) {
            return Txn.calculateWrite(dsg, work);
        }
        return work.get();
    }

    private UpdateReport run(Collection<String> articles) {
        List<Finding> found = new ArrayList<>();
        long comparisons = 0;
        int read = 0;
        for (String article : articles) {
            List<ClaimRecord> records = claims.claimsOf(article);
            records.forEach(c -> index.remove(c.iri()));
            graph.removeInvolving(records.stream().map(ClaimRecord::iri).collect(Collectors.toSet()));
            List<Proposition> earlier = new ArrayList<>();
            for (ClaimRecord c : records) {
                read++;
                Proposition p = propositions.read(c);
                cache.put(c.iri(), Optional.of(p));
                Set<String> keys = p.keys();
                for (String candidate : index.candidates(p.lookupKeys())) {
                    Optional<Proposition> q = proposition(candidate);
                    if (q.isEmpty()) {
                        continue;
                    }
                    comparisons++;
                    compare(q.get(), p).ifPresent(found::add);
                }
                index.add(c.iri(), keys);
                earlier.add(p);
            }
            // After the whole article: what "the claim" refutes depends on what its source says next.
            for (Proposition p : earlier) {
                if (p.anaphoric()) {
                    Antecedents.of(p, earlier).ifPresent(q -> found.add(anaphoricDenial(q, p)));
                }
            }
        }
        List<Finding> written = new ArrayList<>();
        found.stream().sorted((x, y) -> Double.compare(y.confidence(), x.confidence()))
                .filter(graph::write).forEach(written::add);
        return new UpdateReport(read, comparisons, written, graph.count());
    }

    private Optional<Finding> compare(Proposition older, Proposition newer) {
        if (older.claim().iri().equals(newer.claim().iri())) {
            return Optional.empty();
        }
        for (ContradictionRule rule : rules) {
            Optional<Finding> f = rule.compare(older, newer, copies);
            if (f.isPresent()) {
                return f;
            }
        }
        return Optional.empty();
    }

    private static Finding anaphoricDenial(Proposition target, Proposition denial) {
        return new Finding(CG.ExplicitDenial, target, denial, "the claim refuted",
                ContradictionRule.who(denial) + " " + denial.claim().cue() + " " + denial.claim().text()
                        + ", answering: " + ContradictionRule.quote(target),
                ContradictionRule.scaled(0.7, target, denial));
    }

    private Optional<Proposition> proposition(String claimIri) {
        return cache.computeIfAbsent(claimIri, iri -> claims.claim(iri).map(propositions::read));
    }

    /**
     * Forgets the claims of {@code article}, a graph the store is about to remove (a page reloaded with
     * new text gets a new article IRI, and its old claims vanish): their index entries and every
     * contradiction involving them. Register it with {@code ClaimStore.whenRemoving}, so that it runs in
     * the removing transaction while the graph can still be read; its cost is the article's claims, not
     * the store, which is why an update needs no sweep over the index for claims that vanished.
     */
    public static void forget(DatasetGraph dsg, Node article) {
        Set<String> gone = new HashSet<>();
        dsg.find(article, Node.ANY, CG.inArticle.asNode(), Node.ANY).forEachRemaining(q -> {
            if (q.getSubject().isURI()) {
                gone.add(q.getSubject().getURI());
            }
        });
        PropositionIndex index = new PropositionIndex(dsg);
        gone.forEach(index::remove);
        new ContradictionGraph(dsg).removeInvolving(gone);
    }
}
