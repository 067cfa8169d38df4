package org.claimgraph.extract;

import static org.claimgraph.extract.RoleText.all;
import static org.claimgraph.extract.RoleText.content;
import static org.claimgraph.extract.RoleText.source;
import static org.claimgraph.extract.RoleText.withCue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Cue structures beyond "X said that Y", one test each, on sentences written for these tests:
 * participle clauses, "when asked", multi-word and adjectival cues, sourceless "reportedly".
 */
class CueRecallTest {

    @Test
    void byParticipleJoinsTheMainVerbIntoOneCue() {
        String text = "The mayor responded by saying that the budget was balanced.";
        Attribution a = withCue(text, "responded by saying");
        assertEquals("The mayor", source(text, a));
        assertEquals(List.of("that the budget was balanced"), content(text, a));
        assertEquals(1, all(text).size(), "the main verb gives no second attribution");
    }

    @Test
    void participleAfterWhileTakesTheMainClauseSubject() {
        String text = "Ms. Ortiz defended the plan on Monday while noting that costs had risen.";
        Attribution a = withCue(text, "noting");
        assertEquals("Ms. Ortiz", source(text, a));
        assertEquals(List.of("that costs had risen"), content(text, a));
    }

    @Test
    void participleAfterASubordinatorOpeningTheSentenceHasNoSourceBeforeIt() {
        String text = "After saying the roads were safe, the chief closed two bridges.";
        Attribution a = withCue(text, "saying");
        assertTrue(a.source().isEmpty(), () -> "unexpected source " + source(text, a));
        assertEquals(List.of("the roads were safe"), content(text, a));
    }

    @Test
    void whenAskedMakesTheQuestionContentWithoutASource() {
        String text = "“We will see,” the governor said when asked whether he would sign the bill.";
        Attribution asked = withCue(text, "asked");
        assertTrue(asked.source().isEmpty());
        assertEquals(List.of("whether he would sign the bill"), content(text, asked));
        Attribution said = withCue(text, "said");
        assertEquals("the governor", source(text, said));
    }

    @Test
    void aNameOpeningTheSentenceMakesAnAmbiguousFormAVerb() {
        String text = "Garcia plans to unveil a housing bill next week.";
        Attribution a = withCue(text, "plans");
        assertEquals("Garcia", source(text, a));
        assertEquals(List.of("to unveil a housing bill next week"), content(text, a));
    }

    @Test
    void ambiguousFormAfterAModifyingNameStaysANoun() {
        String text = "Garcia plans for the harbor were dropped last year.";
        assertTrue(all(text).isEmpty(), "\"plans for\" is a noun phrase");
    }

    @Test
    void weakCueTakesABareClause() {
        String text = "The volunteers cheered as they learned they had won the county.";
        Attribution a = withCue(text, "learned");
        assertEquals("they", source(text, a));
        assertEquals(List.of("they had won the county"), content(text, a));
    }

    @Test
    void weakCueStillNeedsAProposition() {
        String text = "The volunteers learned the rules in an afternoon.";
        assertTrue(all(text).isEmpty(), "learning the rules attributes nothing");
    }

    @Test
    void mentalStateTakesXAsY() {
        String text = "She sees the treaty as a historic mistake.";
        Attribution a = withCue(text, "sees");
        assertEquals(List.of("the treaty as a historic mistake"), content(text, a));
    }

    @Test
    void multiWordVerbIsOneCue() {
        String text = "The senator made it clear that she would not back the deal.";
        Attribution a = withCue(text, "made it clear");
        assertEquals("The senator", source(text, a));
        assertEquals(List.of("that she would not back the deal"), content(text, a));
    }

    @Test
    void voteWithItsPrepositionIsACue() {
        String text = "Both senators voted against the measure.";
        Attribution a = withCue(text, "voted against");
        assertEquals("Both senators", source(text, a));
        assertEquals(List.of("the measure"), content(text, a));
    }

    @Test
    void stanceAdjectiveAfterACopulaTakesTheCopulaIntoTheCue() {
        String text = "The union is confident that the strike will end soon.";
        Attribution a = withCue(text, "is confident");
        assertEquals("The union", source(text, a));
        assertEquals(List.of("that the strike will end soon"), content(text, a));
    }

    @Test
    void stanceAdjectiveWithoutACopulaIsNoCue() {
        String text = "A confident union called off the strike.";
        assertTrue(all(text).stream().noneMatch(a -> Span.textOf(text, a.cue()).contains("confident")));
    }

    @Test
    void reportedlyAloneSplitsItsClause() {
        String text = "The company is reportedly preparing a sale of its shipping unit.";
        Attribution a = withCue(text, "reportedly");
        assertTrue(a.source().isEmpty());
        assertEquals(List.of("The company is", "preparing a sale of its shipping unit"), content(text, a));
    }

    @Test
    void reportedlyBeforeASpeechVerbStaysInThatCue() {
        String text = "The minister reportedly said that the talks had failed.";
        Attribution a = withCue(text, "reportedly said");
        assertEquals("The minister", source(text, a));
        assertEquals(1, all(text).size());
    }

    @Test
    void offeredTakesItsObject() {
        String text = "The council member offered a different explanation for the delay.";
        Attribution a = withCue(text, "offered");
        assertEquals(List.of("a different explanation for the delay"), content(text, a));
    }

    @Test
    void nounLikeCueAfterANameAtTheSentenceEndIsAVerb() {
        String text = "“The bridge will open in May. The money is there,” Reyes notes.";
        Attribution a = withCue(text, "notes");
        assertEquals("Reyes", source(text, a));
        assertEquals(List.of("“The bridge will open in May. The money is there,”"), content(text, a));
    }

    @Test
    void callingSomeoneSomethingIsAClaim() {
        String text = "The challenger called him reckless.";
        Attribution a = withCue(text, "called");
        assertEquals("The challenger", source(text, a));
        assertEquals(List.of("him reckless"), content(text, a));
    }

    @Test
    void aRecordingShowsItsObject() {
        String text = "A video of the meeting showed the mayor leaving early.";
        Attribution a = withCue(text, "showed");
        assertEquals("A video of the meeting", source(text, a));
        assertEquals(List.of("the mayor leaving early"), content(text, a));
    }

    @Test
    void participleAfterAClosedQuotationStartsItsOwnAttribution() {
        String text = "The mayor insisted that the plan was “fully funded,” adding that the state would pay half.";
        Attribution insisted = withCue(text, "insisted");
        assertEquals(List.of("that the plan was “fully funded,”"), content(text, insisted));
        Attribution adding = withCue(text, "adding");
        assertEquals("The mayor", source(text, adding));
        assertEquals(List.of("that the state would pay half"), content(text, adding));
    }

    @Test
    void askedSomeoneAQuestionAttributesTheQuestion() {
        String text = "A reporter asked the senator whether the bill would pass.";
        Attribution a = withCue(text, "asked");
        assertEquals("A reporter", source(text, a));
        assertEquals(List.of("whether the bill would pass"), content(text, a));
    }
}
