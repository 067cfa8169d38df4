package org.claimgraph.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Actor resolution on the five seeds against a hand-made gold: which surface forms, in which article,
 * belong to which real-world actor. Scored over pairs of gold mentions: a pair the system puts in one
 * actor is a merge; precision is the share of its merges the gold agrees with, recall the share of the
 * gold's merges it makes. A gold form the system does not find counts as a singleton (lost recall).
 */
class ActorResolutionGoldTest {

    /** One gold surface form: the seed (file prefix), the form as the resolver reports names, the real actor. */
    record Gold(String seed, String form, String actor) {
    }

    static final List<Gold> GOLD = List.of(
            g("000", "Ismail Qaani", "qaani"), g("001", "Esmail Qaani", "qaani"), g("001", "Qaani", "qaani"),
            g("002", "Qaani", "qaani"), g("003", "Esmail Qaani", "qaani"), g("003", "Qani", "qaani"),
            g("003", "Khani", "qaani"), g("003", "Qaani", "qaani"), g("004", "Esmail Qaani", "qaani"),
            g("001", "Mohammed Shia al-Sudani", "sudani"), g("001", "Sudani", "sudani"),
            g("002", "Mohammed Shia Al Sudani", "sudani"), g("002", "Sudani", "sudani"),
            g("003", "Mohammad Shia al-Sudani", "sudani"), g("003", "Sudani", "sudani"), g("003", "Sudan", "sudani"),
            g("004", "Mohammed Shia al-Sudani", "sudani"), g("004", "Sudani", "sudani"),
            g("000", "Kataib Hezbollah", "kh"), g("000", "Hezbollah Brigades", "kh"), g("001", "Kataib Hezbollah", "kh"),
            g("002", "Kataib Hezbollah", "kh"), g("003", "Kataib Hezbollah", "kh"), g("004", "Kata’ib Hezbollah", "kh"),
            g("004", "Brigades of the Party of God", "kh"),
            g("000", "Hezbollah", "hezbollah"), g("001", "Hezbollah", "hezbollah"), g("004", "Hezbollah", "hezbollah"),
            g("002", "Qassem Soleimani", "soleimani"), g("002", "Soleimani", "soleimani"),
            g("003", "Qasem Soleimani", "soleimani"), g("003", "Soleimani", "soleimani"),
            g("000", "Amos Hockstein", "hochstein"), g("001", "Amos Hochstein", "hochstein"),
            g("001", "Hochstein", "hochstein"),
            g("000", "Hassan Nasrallah", "nasrallah"), g("000", "Nasrallah", "nasrallah"),
            g("001", "Hassan Nasrallah", "nasrallah"), g("001", "Nasrallah", "nasrallah"),
            g("002", "Abu Mahdi Al Muhandis", "muhandis"), g("002", "Muhandis", "muhandis"),
            g("003", "Abu Mahdi al-Muhandis", "muhandis"), g("003", "Muhandis", "muhandis"),
            g("002", "Abu Baqir Al Saadi", "saadi"), g("002", "Saadi", "saadi"),
            g("003", "Abu Baqir al-Saadi", "saadi"), g("003", "Saadi", "saadi"),
            g("002", "Farhad Alaadin", "alaadin"), g("003", "Farhad Aladdin", "alaadin"),
            g("001", "Nujaba", "nujaba"), g("002", "Nujaba", "nujaba"), g("003", "Nujaba", "nujaba"),
            g("004", "Harakat al Nujaba", "nujaba"),
            g("001", "Kataib Sayyid al-Shuhada", "ksas"), g("004", "Sayyid Shuhada", "ksas"),
            g("000", "Quds Force", "quds"), g("002", "Quds Drive", "quds"), g("003", "Quds Force", "quds"),
            g("004", "Quds Force", "quds"),
            g("002", "In style Mobilisation Forces", "pmf"), g("002", "PMF", "pmf"),
            g("003", "Popular Mobilization Forces", "pmf"), g("003", "PMF", "pmf"),
            g("001", "Najib Mikati", "mikati"), g("001", "Mikati", "mikati"),
            g("000", "Joe Biden", "biden"), g("000", "Biden", "biden"), g("001", "Joe Biden", "biden"),
            g("004", "Biden", "biden"),
            g("004", "Hisham al-Rikabi", "rikabi"), g("004", "Rikabi", "rikabi"),
            g("004", "Abu Hussein al-Hamidawi", "hamidawi"), g("003", "Abdul Aziz al-Mohamedawi", "mohamedawi"),
            g("002", "Saddam Hussein", "saddam"), g("004", "Falih Hassan", "falih-hassan"),
            g("001", "Reuters", "reuters"), g("002", "Reuters", "reuters"), g("003", "Reuters", "reuters"),
            g("002", "US", "us"), g("003", "U.S.", "us"), g("003", "United States", "us"), g("004", "U.S.", "us"),
            g("004", "United States", "us"),
            g("000", "Iran", "iran"), g("003", "Iran", "iran"), g("004", "Islamic Republic of Iran", "iran"),
            g("000", "Iraq", "iraq"), g("002", "IRAQ", "iraq"), g("002", "Iraq", "iraq"),
            g("003", "Pentagon", "dod"), g("004", "Pentagon", "dod"), g("004", "Defense Department", "dod"),
            g("001", "ISIS", "is"), g("002", "Islamic State", "is"), g("003", "Islamic State group", "is"),
            g("000", "Sultanate of Oman", "oman"), g("000", "Amman", "amman"),
            g("004", "Eric Schmitt", "schmitt"), g("004", "Farnaz Fassihi", "fassihi"),
            // places: one node per place across the seeds, and no two places made one (must-not-merge
            // pairs with each other and with Amman, Oman and the countries above)
            g("000", "Baghdad", "baghdad"), g("001", "Baghdad", "baghdad"), g("003", "Baghdad", "baghdad"),
            g("000", "Beirut", "beirut"), g("001", "Beirut", "beirut"), g("001", "Erbil", "erbil"),
            g("000", "Gaza", "gaza"), g("003", "Gaza", "gaza"), g("000", "Geneva", "geneva"),
            g("000", "Tehran", "tehran"), g("002", "Tehran", "tehran"), g("000", "Red Sea", "red-sea"),
            g("000", "Middle East", "middle-east"), g("004", "Middle East", "middle-east"),
            g("001", "Kurdistan Region", "kurdistan"), g("003", "Tower 22", "tower-22"),
            g("004", "New York", "new-york"),
            g("000", "Yemen", "yemen"), g("003", "Yemen", "yemen"), g("000", "Lebanon", "lebanon"),
            g("004", "Lebanon", "lebanon"), g("000", "Syria", "syria"), g("003", "Syria", "syria"),
            g("000", "Israel", "israel"), g("004", "Israel", "israel"));

    /**
     * Descriptions and pronouns of the seeds with what they refer to: the nth occurrence (from 1) of
     * the words in the seed, and the actor's display name, or null where nothing in the text before
     * fits and the mention must stay unresolved.
     */
    record GoldLink(String seed, String words, int nth, String actor) {
    }

    static final List<GoldLink> GOLD_LINKS = List.of(
            // "Washington accused the group of killing three US soldiers": the group the text means is
            // named only later (Kataib Hezbollah); the Quds Force before it is an organ of the Iranian state
            new GoldLink("003", "the group", 1, null),
            new GoldLink("003", "he would", 1, "Mohammed Shia al-Sudani"),
            new GoldLink("004", "The militia", 1, "Kata'ib Hezbollah"),
            new GoldLink("004", "the militia", 1, "Kata'ib Hezbollah"),
            new GoldLink("004", "The group", 1, "Kata'ib Hezbollah"),
            new GoldLink("001", "the PM", 1, "Mohammed Shia al-Sudani"));

    private static Gold g(String seed, String form, String actor) {
        return new Gold(seed, form, actor);
    }

    record Score(int goldMerges, int systemMerges, int correctMerges, int found, int total) {
        double precision() {
            return systemMerges == 0 ? 1 : (double) correctMerges / systemMerges;
        }

        double recall() {
            return goldMerges == 0 ? 1 : (double) correctMerges / goldMerges;
        }
    }

    static Score score(Gazetteer gazetteer) {
        Map<String, ArticleActors> bySeed = new HashMap<>();
        EntityFinder finder = new EntityFinder(gazetteer);
        for (String seed : List.of("000", "001", "002", "003", "004")) {
            bySeed.put(seed, finder.find(read(seed), Optional.empty()).actors());
        }
        List<String> system = new ArrayList<>();
        int found = 0;
        for (int i = 0; i < GOLD.size(); i++) {
            Gold gold = GOLD.get(i);
            Optional<String> id = bySeed.get(gold.seed()).actors().stream()
                    .filter(a -> a.surfaceForms().contains(gold.form()))
                    .map(a -> a.known().map(GazetteerEntry::iri).orElse("key:" + a.key()))
                    .findFirst();
            found += id.isPresent() ? 1 : 0;
            system.add(id.orElse("missing:" + i));
        }
        int goldMerges = 0;
        int systemMerges = 0;
        int correct = 0;
        for (int i = 0; i < GOLD.size(); i++) {
            for (int j = i + 1; j < GOLD.size(); j++) {
                boolean g = GOLD.get(i).actor().equals(GOLD.get(j).actor());
                boolean s = system.get(i).equals(system.get(j));
                goldMerges += g ? 1 : 0;
                systemMerges += s ? 1 : 0;
                correct += g && s ? 1 : 0;
                if (s && !g && System.getenv("GOLD_DEBUG") != null) {
                    System.out.println("wrong merge: " + GOLD.get(i) + " ~ " + GOLD.get(j) + " as " + system.get(i));
                }
            }
        }
        return new Score(goldMerges, systemMerges, correct, found, GOLD.size());
    }

    private static String read(String seed) {
        try (var files = Files.list(Path.of("data/articles"))) {
            Path p = files.filter(f -> f.getFileName().toString().startsWith(seed + "_")
                    && f.toString().endsWith(".txt")).findFirst().orElseThrow();
            return Files.readString(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void descriptionsAndPronounsOfTheSeedsGoWhereTheTextMeansOrNowhere() {
        EntityFinder finder = new EntityFinder(Gazetteer.load(Path.of("data/gazetteer.ttl")));
        for (GoldLink link : GOLD_LINKS) {
            String text = read(link.seed());
            int at = -1;
            for (int n = 0; n < link.nth(); n++) {
                at = text.indexOf(link.words(), at + 1);
            }
            assertTrue(at >= 0, link + " is in the seed");
            // "he would": the pronoun alone is the mention; a description is all its words
            int length = link.words().matches("(?i)(he|she) .*") ? link.words().indexOf(' ') : link.words().length();
            org.claimgraph.extract.Span span = new org.claimgraph.extract.Span(at, at + length);
            Optional<String> actual = finder.find(text, Optional.empty()).actors().named(span)
                    .map(ArticleActor::prefLabel);
            assertEquals(Optional.ofNullable(link.actor()), actual, link.toString());
        }
    }

    @Test
    void withTheGazetteerEveryGoldPairIsRight() {
        Score s = score(Gazetteer.load(Path.of("data/gazetteer.ttl")));
        System.out.printf("actor resolution on the seeds, with gazetteer: precision %.3f recall %.3f"
                        + " (%d of %d gold merges, %d system merges; %d of %d gold forms found)%n",
                s.precision(), s.recall(), s.correctMerges(), s.goldMerges(), s.systemMerges(), s.found(), s.total());
        assertEquals(s.total(), s.found(), "every gold form is found");
        assertEquals(1.0, s.precision(), "no wrong merge");
        assertEquals(1.0, s.recall(), "no missed merge");
    }

    /**
     * Without a gazetteer, structure alone: surnames join full names within an article and folded
     * spellings join across articles, but translations ("Hezbollah Brigades") and short forms met
     * without their full name in an article cannot. Precision must hold; recall is what it is.
     */
    @Test
    void withoutTheGazetteerNothingIsWronglyMerged() {
        Score s = score(Gazetteer.empty());
        System.out.printf("actor resolution on the seeds, no gazetteer: precision %.3f recall %.3f"
                        + " (%d of %d gold merges, %d system merges; %d of %d gold forms found)%n",
                s.precision(), s.recall(), s.correctMerges(), s.goldMerges(), s.systemMerges(), s.found(), s.total());
        assertTrue(s.precision() >= 0.95, "precision without gazetteer " + s.precision());
        assertTrue(s.recall() >= 0.3, "recall without gazetteer " + s.recall());
    }
}
