package org.claimgraph.contradict;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimgraph.rdf.Vocab.CG;
import org.junit.jupiter.api.Test;

/**
 * Verdicts on actors and the opposing-evaluation rule, on sentences written for this test about
 * invented people: the mentions are placed by hand where actor resolution would put them.
 */
class EvaluationRuleTest {

    private static final String ROE = "urn:actor:jane-roe";
    private static final String POE = "urn:actor:sam-poe";
    private static final String DOE = "urn:actor:kim-doe";
    private static final Map<String, String> ACTORS = Map.of("Jane Roe", ROE, "Roe", ROE, "she", ROE, "Sam Poe", POE,
            "Poe", POE, "Kim Doe", DOE);

    private final PropositionReader reader = new PropositionReader(ActorGazetteer.fromLexicon());
    private final EvaluationRule rule = new EvaluationRule();

    /** Every whole-word occurrence of a known name, as actor resolution would mark it. */
    static List<ActorMention> mentions(String text, Map<String, String> actors) {
        List<ActorMention> out = new ArrayList<>();
        actors.keySet().stream().sorted((a, b) -> b.length() - a.length()).forEach(name -> {
            Matcher m = Pattern.compile("\\b" + Pattern.quote(name) + "\\b").matcher(text);
            while (m.find()) {
                int s = m.start();
                if (out.stream().noneMatch(o -> s < o.end() && m.end() > o.start())) {
                    out.add(new ActorMention(s, m.end(), actors.get(name), name));
                }
            }
        });
        out.sort(java.util.Comparator.comparingInt(ActorMention::start));
        return out;
    }

    private Proposition read(String article, String source, String cue, String text) {
        ClaimRecord c = new ClaimRecord("urn:claim:" + (article + source + text).hashCode(), article, text, cue, source,
                ACTORS.getOrDefault(source, "urn:source:" + source.hashCode()), source, "", 0, text.length());
        return reader.read(c, mentions(text, ACTORS));
    }

    private List<Evaluation> verdicts(String source, String cue, String text) {
        return read("urn:a:1", source, cue, text).evaluations();
    }

    @Test
    void aCopulaPredicatesTheVerdictOfItsSubject() {
        Evaluation e = verdicts("the mayor", "said", "that Jane Roe is temperamentally unfit to be governor").get(0);
        assertEquals(ROE, e.target());
        assertEquals("fitness", e.dimension());
        assertFalse(e.positive());
        assertTrue(verdicts("the mayor", "said", "Jane Roe is a very capable administrator").get(0).positive());
    }

    @Test
    void negationFlipsTheVerdict() {
        assertFalse(verdicts("the mayor", "said", "Jane Roe is not fit to be governor").get(0).positive());
        assertFalse(verdicts("the mayor", "said", "Jane Roe isn't qualified").get(0).positive());
        assertTrue(verdicts("the mayor", "said", "Jane Roe is no liar").get(0).positive());
        assertFalse(verdicts("the mayor", "said", "she has neither the temperament nor the judgment to be governor")
                .get(0).positive());
    }

    @Test
    void aCallingVerbJudgesItsObjectAndItsSubjectIsTheJudge() {
        Evaluation cue = verdicts("Sam Poe", "called", "Jane Roe a \"pathological liar\" on Monday").get(0);
        assertEquals(List.of(ROE, POE, "honesty", false), List.of(cue.target(), cue.holder(), cue.dimension(), cue.positive()));
        Evaluation inside = verdicts("the paper", "reported", "that Sam Poe has repeatedly called Jane Roe a fraud").get(0);
        assertEquals(ROE, inside.target());
        assertEquals(POE, inside.holder());
        Evaluation as = verdicts("an aide", "said", "the audit exposes Roe as a fraud").get(0);
        assertEquals(ROE, as.target());
    }

    @Test
    void aReportedSpeakerJudgesAndAnUnresolvedOneLeavesNoVerdict() {
        Evaluation e = verdicts("the paper", "wrote", "Sam Poe said, \"Jane Roe is dishonest.\"").get(0);
        assertEquals(POE, e.holder());
        assertTrue(verdicts("the paper", "wrote", "critics keep saying Jane Roe is dishonest").isEmpty(),
                "critics are no resolved actor: whose verdict is it?");
    }

    @Test
    void coOccurrenceComparisonsConditionsAndQuestionsAreNoVerdicts() {
        assertTrue(verdicts("an aide", "said", "Roe's dangerous ideas will cost the state").isEmpty(), "a possessive");
        assertTrue(verdicts("an aide", "said", "Jane Roe is more qualified than anyone").isEmpty(), "a comparison");
        assertTrue(verdicts("an aide", "said", "if Jane Roe is unfit, the party will say so").isEmpty(), "a condition");
        assertTrue(verdicts("an aide", "asked", "is Jane Roe honest?").isEmpty(), "a question");
        assertTrue(verdicts("an aide", "said", "the anger of Jane Roe is dangerous").isEmpty(), "the actor inside a phrase");
    }

    @Test
    void aNarrowedVerdictKeepsItsScope() {
        Evaluation e = verdicts("Jane Roe", "said", "Jane Roe is uniquely qualified to fix the tax code").get(0);
        assertEquals("fitness:fix", e.dimension());
        assertEquals("fitness:debate", verdicts("an aide", "said", "Jane Roe is prepared for the debate").get(0).dimension());
        assertEquals("fitness", verdicts("an aide", "said", "Jane Roe is unfit for office").get(0).dimension());
        assertEquals("fitness", verdicts("an aide", "said", "Jane Roe is not fit to be governor").get(0).dimension());
    }

    @Test
    void opposingVerdictsOfTwoJudgesInTwoArticlesConflict() {
        Proposition con = read("urn:a:1", "Sam Poe", "said", "Jane Roe is unfit to be governor");
        Proposition pro = read("urn:a:2", "Kim Doe", "said", "Jane Roe is the most qualified candidate in the race");
        Optional<Finding> f = rule.compare(con, pro, null);
        assertTrue(f.isPresent());
        assertEquals(CG.OpposingClaims, f.get().kind());
        assertEquals(pro, f.get().a(), "claim A is the favourable verdict");
        assertTrue(f.get().explanation().contains("Sam Poe says Jane Roe is unfit"), f.get().explanation());
        assertTrue(f.get().explanation().contains("Kim Doe says Jane Roe is the most qualified"), f.get().explanation());
        assertTrue(f.get().confidence() < 0.75, "an opinion against an opinion: less sure than a denial");
        assertTrue(pro.lookupKeys().stream().anyMatch(con.keys()::contains), "the index brings them together");
    }

    @Test
    void differentDimensionsSameJudgeOrOneArticleDoNotConflict() {
        Proposition fraud = read("urn:a:1", "Sam Poe", "said", "Jane Roe is a fraud");
        Proposition smart = read("urn:a:2", "Kim Doe", "said", "Jane Roe is a very successful lawyer");
        assertFalse(rule.compare(fraud, smart, null).isPresent(), "honesty against ability");
        Proposition fit = read("urn:a:2", "Sam Poe", "said", "Jane Roe is fit to be governor");
        Proposition unfit = read("urn:a:1", "Sam Poe", "said", "Jane Roe is unfit to be governor");
        assertFalse(rule.compare(unfit, fit, null).isPresent(), "one judge changing its mind");
        Proposition otherInSameArticle = read("urn:a:1", "Kim Doe", "said", "Jane Roe is fit to be governor");
        assertFalse(rule.compare(unfit, otherInSameArticle, null).isPresent(), "two voices of one article");
        Proposition selfDefence = read("urn:a:1", "Jane Roe", "said", "I am qualified to be governor");
        assertTrue(rule.compare(unfit, selfDefence, null).isPresent(), "the judged answering a critic");
        Proposition narrow = read("urn:a:2", "Kim Doe", "said", "Jane Roe is qualified to fix the tax code");
        assertFalse(rule.compare(unfit, narrow, null).isPresent(), "fit for one task is not fit for office");
    }
}
