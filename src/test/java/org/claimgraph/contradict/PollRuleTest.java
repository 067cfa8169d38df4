package org.claimgraph.contradict;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.claimgraph.rdf.Vocab.CG;
import org.junit.jupiter.api.Test;

/** Poll results and the poll rule, on sentences written for this test about an invented race. */
class PollRuleTest {

    private static final String ROE = "urn:actor:jane-roe";
    private static final String POE = "urn:actor:sam-poe";
    private static final Map<String, String> ACTORS = Map.of("Roe", ROE, "Poe", POE, "she", ROE, "her", ROE);

    private final PropositionReader reader = new PropositionReader(ActorGazetteer.fromLexicon());
    private final PollRule rule = new PollRule();
    private final StoryCopies noCopies = new StoryCopies(org.apache.jena.sparql.core.DatasetGraphFactory.createTxnMem());

    private Proposition read(String article, String source, String text) {
        ClaimRecord c = new ClaimRecord("urn:claim:" + (article + source + text).hashCode(), article, text, "shows",
                source, "urn:source:" + (article + source).hashCode(), source, "", 0, text.length());
        return reader.read(c, EvaluationRuleTest.mentions(text, ACTORS));
    }

    @Test
    void aLeadIsAMarginInterval() {
        Poll p = read("urn:a:1", "The latest Acme/Gallup poll", "Roe leads Poe by 5 points among likely voters").polls().get(0);
        assertEquals("acme/gallup", p.pollster());
        assertEquals("likely voters", p.population());
        assertEquals(ROE.compareTo(POE) < 0 ? new Interval(4, false, 6, false) : new Interval(-6, false, -4, false), p.margin());
        Poll shares = read("urn:a:1", "A Acme/Gallup poll", "Poe trails Roe 47 percent to 42 percent in Ohio").polls().get(0);
        assertEquals("ohio", shares.place());
        assertEquals(p.margin(), shares.margin(), "47 to 42 is a margin of 5, either way round");
    }

    @Test
    void anUnnamedPollOrALeadOverNobodyIsNotRead() {
        assertTrue(read("urn:a:1", "the poll", "Roe leads Poe by 5 points").polls().isEmpty(), "which poll?");
        assertTrue(read("urn:a:1", "The Acme poll", "Roe leads the field by 5 points").polls().isEmpty());
    }

    @Test
    void theSamePollCannotShowTwoMargins() {
        Proposition a = read("urn:a:1", "The Acme poll", "Roe leads Poe by 5 points as of Friday");
        Proposition b = read("urn:a:2", "The Acme poll", "Poe is ahead of Roe by 2 points as of Friday");
        Optional<Finding> f = rule.compare(a, b, noCopies);
        assertTrue(f.isPresent());
        assertEquals(CG.NumericConflict, f.get().kind());
        assertTrue(f.get().explanation().contains("acme poll"), f.get().explanation());
        Proposition agrees = read("urn:a:2", "The Acme poll", "Roe beats Poe 46 percent to 42 percent as of Friday");
        assertFalse(rule.compare(a, agrees, noCopies).isPresent(), "5 points and 46-42 can both hold");
    }

    @Test
    void otherPollstersPopulationsPlacesOrDaysAreNotTheSamePoll() {
        Proposition a = read("urn:a:1", "The Acme poll", "Roe leads Poe by 5 points as of Friday");
        assertFalse(rule.compare(a, read("urn:a:2", "The Zenith poll", "Poe leads Roe by 2 points as of Friday"),
                noCopies).isPresent(), "another pollster");
        assertFalse(rule.compare(a, read("urn:a:2", "The Acme poll", "Poe leads Roe by 2 points in Ohio as of Friday"),
                noCopies).isPresent(), "another place");
        assertFalse(rule.compare(a, read("urn:a:2", "The Acme poll", "Poe leads Roe by 2 points among men as of Friday"),
                noCopies).isPresent(), "another population");
        assertFalse(rule.compare(a, read("urn:a:2", "The Acme poll", "Poe leads Roe by 2 points as of Monday"),
                noCopies).isPresent(), "another day");
        Proposition undated = read("urn:a:3", "The Acme poll", "Roe leads Poe by 5 points");
        assertFalse(rule.compare(undated, read("urn:a:4", "The Acme poll", "Poe leads Roe by 2 points"), noCopies)
                .isPresent(), "undated, in two articles: perhaps two weeks' polls");
        assertTrue(rule.compare(undated, read("urn:a:3", "The Acme poll", "Poe leads Roe by 2 points"), noCopies)
                .isPresent(), "undated, in one article: the same poll");
        assertFalse(rule.compare(undated, read("urn:a:3", "The previous Acme poll", "Poe led Roe by 2 points"), noCopies)
                .isPresent(), "an earlier poll named as such");
    }

    @Test
    void theIndexFilesOnePollUnderOneKey() {
        List<String> keys = List.copyOf(read("urn:a:1", "The Acme poll", "Roe leads Poe by 5 points").keys());
        assertTrue(keys.stream().anyMatch(k -> k.startsWith("poll|acme|")), keys.toString());
    }
}
