package org.claimgraph.reliability;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.claimgraph.rdf.TextSegment;
import org.claimgraph.store.ClaimStore;

/** What a store holds, asked the way a user would: SPARQL over the article graphs. */
final class StoreContents {

    private static final String PREFIXES = "PREFIX cg: <https://w3id.org/claimgraph/ontology#>\n";

    private StoreContents() {
    }

    static Set<String> origins(Path db) {
        try (ClaimStore store = ClaimStore.open(db)) {
            return origins(store.datasetGraph());
        }
    }

    static Set<String> origins(DatasetGraph dsg) {
        Set<String> origins = new TreeSet<>();
        select(dsg, "SELECT DISTINCT ?o { GRAPH ?g { ?a cg:origin ?o } }",
                s -> origins.add(s.getLiteral("o").getLexicalForm()));
        return origins;
    }

    static long claims(DatasetGraph dsg) {
        long[] n = {0};
        select(dsg, "SELECT (COUNT(DISTINCT ?c) AS ?n) { GRAPH ?g { ?c a cg:Claim } }",
                s -> n[0] = s.getLiteral("n").getLong());
        return n[0];
    }

    /**
     * Every part of a claim whose evidence spans, cut out of the stored article text by the code-point
     * offsets of their IRIs ({@code <article#char=start,end>}) and joined in text order, do not give the
     * words the claim records for it (cg:contentText, cg:cueText, cg:sourceText): "origin part
     * [spans] recorded != found"; also any span naming another article than the claim's. Empty when
     * every offset is honest.
     */
    static List<String> dishonestSpans(Path db) {
        List<String> bad = new ArrayList<>();
        Map<List<String>, List<TextSegment>> spans = new LinkedHashMap<>();
        Map<List<String>, String> recorded = new HashMap<>();
        Map<String, String> texts = new HashMap<>();
        try (ClaimStore store = ClaimStore.open(db)) {
            select(store.datasetGraph(), """
                    SELECT ?origin ?text ?a ?c ?part ?words ?span { GRAPH ?g {
                      ?a cg:text ?text ; cg:origin ?origin .
                      ?c cg:inArticle ?a .
                      { ?c cg:contentText ?words ; cg:contentSpan ?span BIND("content" AS ?part) }
                      UNION { ?c cg:cueText ?words ; cg:cueSpan ?span BIND("cue" AS ?part) }
                      UNION { ?c cg:sourceText ?words ; cg:sourceSpan ?span BIND("source" AS ?part) } } }""", s -> {
                String article = s.getResource("a").getURI();
                List<String> key = List.of(s.getLiteral("origin").getLexicalForm(), article,
                        s.getResource("c").getURI(), s.getLiteral("part").getLexicalForm());
                texts.put(article, s.getLiteral("text").getLexicalForm());
                recorded.put(key, s.getLiteral("words").getLexicalForm());
                String iri = s.getResource("span").getURI();
                TextSegment.parse(iri).ifPresentOrElse(t -> spans.computeIfAbsent(key, k -> new ArrayList<>()).add(t),
                        () -> bad.add(key + " " + iri + " is no span"));
            });
        }
        spans.forEach((key, segments) -> {
            segments.sort(Comparator.comparingInt(TextSegment::start));
            String text = texts.get(key.get(1));
            StringBuilder found = new StringBuilder();
            for (TextSegment t : segments) {
                if (!t.article().equals(key.get(1))) {
                    bad.add(key + " " + t.iri() + " names another article");
                }
                found.append(found.length() > 0 ? " " : "").append(t.quote(text).orElse("<past the end>"));
            }
            if (!found.toString().equals(recorded.get(key))) {
                bad.add(key.get(0) + " " + key.get(3) + " " + segments.stream().map(TextSegment::iri).toList() + " "
                        + recorded.get(key) + " != " + found);
            }
        });
        return bad;
    }

    static String text(Path db, String origin) {
        String[] text = {null};
        try (ClaimStore store = ClaimStore.open(db)) {
            select(store.datasetGraph(), "SELECT ?t { GRAPH ?g { ?a cg:origin \"" + origin + "\" ; cg:text ?t } }",
                    s -> text[0] = s.getLiteral("t").getLexicalForm());
        }
        return text[0];
    }

    private static void select(DatasetGraph dsg, String query, java.util.function.Consumer<QuerySolution> row) {
        Txn.executeRead(dsg, () -> {
            try (QueryExecution qe = QueryExecution.create(PREFIXES + query,
                    org.apache.jena.query.DatasetFactory.wrap(dsg))) {
                qe.execSelect().forEachRemaining(row);
            }
        });
    }
}
