package org.claimgraph.contradict;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.claimgraph.rdf.Vocab.CG;
import org.claimgraph.store.ClaimStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The gazetteer finds names by a lookup per word; these tests hold it to what one regular expression
 * over all names (longest first, whole words) finds, and check that a store's query index gives it the
 * same names as the article graphs do.
 */
class ActorGazetteerTest {

    @TempDir
    Path dir;

    @Test
    void findsWhatAnAlternationOfAllNamesFinds() {
        Map<String, String> names = new LinkedHashMap<>();
        for (String n : List.of("hezbollah", "kataib hezbollah", "al-sudani", "al", "u.n.", "(d-mo.)", "'s",
                "ali", "ali khamenei", "x_y", "2016", "-", "new york", "new york times", "york")) {
            names.put(n, "key:" + n);
        }
        ActorGazetteer gazetteer = new ActorGazetteer(names);
        List<String> texts = new ArrayList<>(List.of(
                "kataib hezbollah and hezbollah said",
                "al-sudani, al and ali khamenei met alice and ali",
                "the u.n. said (d-mo.) york's new york times in new york",
                "x_y x_yz _ali ali_ 2016s 2016 -- a-b",
                "hezbollahs hezbollah. hezbollah"));
        // Random strings over the names' letters, spaces and punctuation, where boundaries fall anywhere.
        Random random = new Random(7);
        String alphabet = "aehilbozkrstdnuy.-'_() 2016";
        for (int t = 0; t < 300; t++) {
            StringBuilder s = new StringBuilder();
            for (int i = 0; i < 60; i++) {
                s.append(random.nextInt(4) == 0
                        ? names.keySet().stream().skip(random.nextInt(names.size())).findFirst().orElseThrow()
                        : String.valueOf(alphabet.charAt(random.nextInt(alphabet.length()))));
            }
            texts.add(s.toString());
        }
        for (String text : texts) {
            assertEquals(byRegex(names, text), gazetteer.mentions(text), text);
        }
        assertEquals(2, gazetteer.mentions(texts.get(0)).size(), "kataib hezbollah, then hezbollah; nothing inside the first");
    }

    @Test
    void theSeedsFindTheSameNamesAsByRegex() {
        DatasetGraph dsg = SeedCorpus.extract();
        ActorGazetteer gazetteer = Txn.calculateRead(dsg, () -> ActorGazetteer.of(dsg));
        assertTrue(gazetteer.keyByName().size() > ActorGazetteer.fromLexicon().keyByName().size(),
                "the seeds' actors add names to the lexicon's");
        List<String> contents = new ArrayList<>();
        Txn.executeRead(dsg, () -> dsg.find(Node.ANY, Node.ANY, CG.contentText.asNode(), Node.ANY)
                .forEachRemaining(q -> contents.add(Text.normalise(q.getObject().getLiteralLexicalForm()))));
        assertTrue(contents.size() > 100, contents.size() + " claim contents");
        int found = 0;
        for (String text : contents) {
            List<ActorGazetteer.Mention> mentions = gazetteer.mentions(text);
            assertEquals(byRegex(gazetteer.keyByName(), text), mentions, text);
            found += mentions.size();
        }
        assertTrue(found > 50, found + " mentions in the seeds' claims");
    }

    @Test
    void aStoreGivesTheSameNamesFromItsQueryIndexAsFromItsArticleGraphs() {
        DatasetGraph articles = SeedCorpus.extract();
        Map<String, String> fromArticles = Txn.calculateRead(articles, () -> ActorGazetteer.of(articles).keyByName());
        try (ClaimStore store = ClaimStore.open(dir.resolve("db"))) {
            DatasetGraph dsg = store.datasetGraph();
            Txn.executeWrite(dsg, () -> articles.listGraphNodes().forEachRemaining(g -> dsg.addGraph(g, articles.getGraph(g))));
        }
        // Reopened: the index is built from the article graphs on open.
        try (ClaimStore store = ClaimStore.open(dir.resolve("db"))) {
            DatasetGraph dsg = store.datasetGraph();
            assertTrue(Txn.calculateRead(dsg, () -> dsg.containsGraph(org.claimgraph.store.index.QueryIndex.GRAPH)));
            assertEquals(fromArticles, Txn.calculateRead(dsg, () -> ActorGazetteer.of(dsg).keyByName()));
        }
    }

    @Test
    void aNameTwoActorsShareNamesNeitherWhicheverComesFirst() {
        for (List<String> order : List.of(List.of("alma", "bert"), List.of("bert", "alma"))) {
            DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
            Txn.executeWrite(dsg, () -> {
                for (String first : order) {
                    Node actor = NodeFactory.createURI("urn:test:actor:" + first);
                    Node g = NodeFactory.createURI("urn:test:article:" + first);
                    dsg.add(g, actor, RDF.type.asNode(), CG.Actor.asNode());
                    dsg.add(g, actor, SKOS.prefLabel.asNode(), NodeFactory.createLiteralString(
                            Character.toUpperCase(first.charAt(0)) + first.substring(1) + " Quillon"));
                    dsg.add(g, actor, SKOS.altLabel.asNode(), NodeFactory.createLiteralString("Quillon"));
                }
            });
            Map<String, String> names = Txn.calculateRead(dsg, () -> ActorGazetteer.of(dsg).keyByName());
            assertEquals("urn:test:actor:alma", names.get("alma quillon"), order.toString());
            assertEquals("urn:test:actor:bert", names.get("bert quillon"), order.toString());
            assertFalse(names.containsKey("quillon"), "shared by both: " + names.get("quillon"));
        }
    }

    /** The former matcher: one alternation of all names, longest first, each as whole words. */
    private static List<ActorGazetteer.Mention> byRegex(Map<String, String> keyByName, String text) {
        String alternation = keyByName.keySet().stream()
                .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(s -> s))
                .map(Text::wordPattern).collect(Collectors.joining("|"));
        Matcher m = Pattern.compile(alternation).matcher(text);
        List<ActorGazetteer.Mention> out = new ArrayList<>();
        while (m.find()) {
            out.add(new ActorGazetteer.Mention(m.start(), m.end(), keyByName.get(m.group())));
        }
        return out;
    }
}
