package org.claimgraph.contradict;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.claimgraph.rdf.Iris;
import org.junit.jupiter.api.Test;

/** Polarity, certainty, stances and credit as the proposition reader gives them. */
class PolarityTest {

    private final PropositionReader reader = new PropositionReader(ActorGazetteer.fromLexicon());

    private static ClaimRecord claim(String source, String cue, String text) {
        return new ClaimRecord("urn:claim:" + text.hashCode(), "urn:article:1", text, cue, source,
                "urn:source:" + source.hashCode(), source, "", 0, text.length());
    }

    @Test
    void aDenialCueDeniesTheContentUpToItsClause() {
        Proposition p = reader.read(claim("The office of Najib Mikati", "denied",
                "that the US had asked Lebanon to declare a unilateral ceasefire, after two sources told Reuters"));
        assertEquals(Polarity.DENIED, p.polarity());
        assertEquals(List.of(new Stance("request", true)), p.stances());
        assertTrue(p.actors().contains(Iris.actor("United States")));
        assertTrue(p.actors().contains(Iris.actor("Lebanon")));
        assertFalse(p.words().contains("reuter"), "the clause after ', after' is not what is denied");
    }

    @Test
    void saidAffirms() {
        Proposition p = reader.read(claim("a senior diplomat", "said",
                "the US had asked Lebanon to declare a unilateral ceasefire with Israel"));
        assertEquals(Polarity.AFFIRMED, p.polarity());
        assertEquals(1.0, p.certainty());
    }

    @Test
    void negationFlipsAStance() {
        Proposition p = reader.read(claim("an official", "said",
                "the US did not ask Lebanon to declare a ceasefire"));
        assertEquals(List.of(), p.stances(), "\"did not ask ... to declare\": 'ask' is not 'asked'");
        Proposition q = reader.read(claim("an official", "said",
                "the US had not asked Lebanon to declare a ceasefire"));
        assertEquals(List.of(new Stance("request", false)), q.stances());
    }

    @Test
    void refutingTheClaimPointsBack() {
        Proposition p = reader.read(claim("Other political sources", "refuted", "the claim"));
        assertEquals(Polarity.DENIED, p.polarity());
        assertTrue(p.anaphoric());
        Proposition rejected = reader.read(claim("which", "had both openly rejected", "the truce declared by Kataib Hezbollah"));
        assertEquals(Polarity.AFFIRMED, rejected.polarity(), "rejecting a truce is not denying a claim");
    }

    @Test
    void hedgesLowerCertainty() {
        assertEquals(0.7, reader.read(claim("the sources", "said",
                "Israel will likely continue military operations")).certainty());
        assertEquals(0.3, reader.read(claim("Reuters", "said",
                "it remains to be seen how long the pause holds")).certainty());
        assertEquals(0.6, reader.read(claim("officials", "said",
                "the militia is believed to be behind the attack")).certainty());
    }

    @Test
    void opposingStancesOnControl() {
        Proposition us = reader.read(claim("The US", "asserts",
                "that Iran has a high degree of control over what it calls Iranian proxies in the region"));
        Proposition tehran = reader.read(claim("Tehran", "says",
                "it has funded, advised and trained allies but they decide operations on their own"));
        assertEquals(List.of(new Stance("control", true)), us.stances());
        assertEquals(List.of(new Stance("control", false)), tehran.stances());
        assertTrue(tehran.actors().contains(Iris.actor("Iran")), "'it' is the source, Tehran");
    }

    @Test
    void creditAndCounterfactualCredit() {
        Proposition qaani = reader.read(claim("Circles close to the factions", "claimed",
                "that the calm prevailed in wake of a visit by Iranian Quds Force commander Esmail Qaani to Baghdad"));
        Proposition sudani = reader.read(claim("Other informed sources", "stressed",
                "that Prime Minister Mohammed Shia al-Sudani should be credited for the calm"));
        Proposition refuted = reader.read(claim("Other political sources", "saying",
                "that had the calm been arranged by Qaani, it would have involved the Nujaba"));
        assertEquals(java.util.Set.of("Iran"), qaani.credit().orElseThrow().sides());
        assertEquals(java.util.Set.of("Iraqi government"), sudani.credit().orElseThrow().sides());
        assertTrue(refuted.credit().orElseThrow().denied());
        assertFalse(qaani.credit().orElseThrow().denied());
    }
}
