package org.claimgraph.reliability;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.claimgraph.store.ClaimStore;

/** What a store holds, asked the way a user would: SPARQL over the article graphs. */
final class StoreContents {

    private static final String PREFIXES = "PREFIX cg: <https://w3id.org/claimgraph/ontology#>\n"
            + "PREFIX oa: <http://www.w3.org/ns/oa#>\n";

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
     * Every evidence span whose position, counted in code points over the stored article text, does not
     * give its quoted text: "origin [start,end) exact != found". Empty when every offset is honest.
     */
    static List<String> dishonestSpans(Path db) {
        List<String> bad = new ArrayList<>();
        try (ClaimStore store = ClaimStore.open(db)) {
            select(store.datasetGraph(), """
                    SELECT ?origin ?text ?start ?end ?exact { GRAPH ?g {
                      ?a cg:text ?text ; cg:origin ?origin .
                      ?r oa:hasSource ?a ; oa:hasSelector ?p, ?q .
                      ?p oa:start ?start ; oa:end ?end . ?q oa:exact ?exact } }""", s -> {
                String text = s.getLiteral("text").getLexicalForm();
                int start = s.getLiteral("start").getInt();
                int end = s.getLiteral("end").getInt();
                String exact = s.getLiteral("exact").getLexicalForm();
                int from = text.offsetByCodePoints(0, start);
                String found = text.substring(from, text.offsetByCodePoints(from, end - start));
                if (!found.equals(exact)) {
                    bad.add(s.getLiteral("origin").getLexicalForm() + " [" + start + "," + end + ") "
                            + exact + " != " + found);
                }
            });
        }
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
