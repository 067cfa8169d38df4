package org.claimgraph.contradict;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.claimgraph.rdf.Vocab.CG;
import org.junit.jupiter.api.Test;

/**
 * Clauses and the clause rule on claims written for this test, outside the seeds' domain: nothing
 * in the lexicons names a senator, a budget or tax returns, so only the general reading can match.
 */
class ClauseRuleTest {

    private final ClauseReader clauses = new ClauseReader();
    private final PropositionReader reader = new PropositionReader(ActorGazetteer.fromLexicon());
    private final ClauseRule rule = new ClauseRule();

    private static ClaimRecord claim(String article, String source, String cue, String text) {
        return new ClaimRecord("urn:claim:" + (article + text).hashCode(), article, text, cue, source,
                "urn:source:" + source.hashCode(), source, "", 0, text.length());
    }

    @Test
    void aClauseIsSubjectVerbLemmaObjectHeadAndNegation() {
        assertEquals(List.of(new Clause("trump", "release", "return", true)),
                clauses.read("that Trump will not release his tax returns", Map.of(), "urn:s"));
        assertEquals(List.of(new Clause("trump", "release", "return", false)),
                clauses.read("Trump has released his tax returns", Map.of(), "urn:s"));
    }

    @Test
    void aResolvedActorKeysTheSubjectAndTheSourceStandsForI() {
        String senator = "https://w3id.org/claimgraph/id/actor/jane-roe";
        assertEquals("urn:s", clauses.read("I never supported the budget", Map.of(), "urn:s").get(0).subject());
        assertEquals(senator, clauses.read("Senator Jane Roe backed the budget",
                Map.of("jane roe", senator), "urn:s").get(0).subject());
    }

    @Test
    void nestedReportsAndSubordinateStartsGiveNoClause() {
        assertTrue(clauses.read("Trump said the plan is dead", Map.of(), "urn:s").isEmpty());
        assertTrue(clauses.read("If elected, the governor will veto the bill", Map.of(), "urn:s").isEmpty());
    }

    @Test
    void aNegatedClauseOpposesTheSameClauseOfAnotherSource() {
        Proposition yes = reader.read(claim("urn:a:1", "the campaign", "said",
                "that the governor signed the budget bill on Friday"));
        Proposition no = reader.read(claim("urn:a:2", "aides", "said",
                "the governor did not sign the budget bill on Friday"));
        Optional<Finding> f = rule.compare(yes, no, null);
        assertTrue(f.isPresent());
        assertEquals(CG.OpposingClaims, f.get().kind());
        assertEquals(yes, f.get().a());
    }

    @Test
    void aDenialMeetsTheClauseItDenies() {
        Proposition said = reader.read(claim("urn:a:1", "a lobbyist", "said",
                "the senator accepted the donation from the company"));
        Proposition denied = reader.read(claim("urn:a:2", "the senator's office", "denied",
                "that the senator accepted the donation from the company"));
        Optional<Finding> f = rule.compare(said, denied, null);
        assertTrue(f.isPresent());
        assertEquals(CG.ExplicitDenial, f.get().kind());
        assertEquals(denied, f.get().b());
    }

    @Test
    void oneSourceOrOneArticleIsNotTwoSides() {
        Proposition yes = reader.read(claim("urn:a:1", "aides", "said", "the governor signed the budget bill"));
        Proposition sameSource = reader.read(claim("urn:a:2", "aides", "said", "the governor did not sign the budget bill"));
        Proposition sameArticle = reader.read(claim("urn:a:1", "critics", "said", "the governor did not sign the budget bill"));
        assertFalse(rule.compare(yes, sameSource, null).isPresent());
        assertFalse(rule.compare(yes, sameArticle, null).isPresent());
    }

    @Test
    void differentObjectsDoNotConflict() {
        Proposition a = reader.read(claim("urn:a:1", "aides", "said", "the governor signed the budget bill"));
        Proposition b = reader.read(claim("urn:a:2", "critics", "said", "the governor did not sign the budget statement"));
        assertFalse(rule.compare(a, b, null).isPresent());
    }
}
