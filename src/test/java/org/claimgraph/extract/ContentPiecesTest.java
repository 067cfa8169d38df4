package org.claimgraph.extract;

import static org.claimgraph.extract.RoleText.content;
import static org.claimgraph.extract.RoleText.source;
import static org.claimgraph.extract.RoleText.withCue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Where a content starts and ends, and which pieces it has, for the boundary rules of
 * {@link ContentSpans}; each on a sentence written for this test.
 */
class ContentPiecesTest {

    @Test
    void leadSetOffBeforeTheSourceIsTheFirstPieceWhenAQuoteFollowsTheCue() {
        String text = "The real problem, the mayor said, “is the budget.”";
        Attribution a = withCue(text, "said");
        assertEquals("the mayor", source(text, a));
        assertEquals(List.of("The real problem", "“is the budget.”"), content(text, a));
    }

    @Test
    void sceneSettingLeadIsNotContent() {
        String text = "On the subject of parks, the mayor said, “We need more trees.”";
        assertEquals(List.of("“We need more trees.”"), content(text, withCue(text, "said")));
        String later = "Minutes later, the mayor said, “We need more trees.”";
        assertEquals(List.of("“We need more trees.”"), content(later, withCue(later, "said")));
    }

    @Test
    void bareSaidAfterAQuestionKeepsTheQuoteThatFollows() {
        String text = "“Is that all there is?” the coach said. “We need more players.”";
        Attribution a = withCue(text, "said");
        assertEquals("the coach", source(text, a));
        assertEquals(List.of("“Is that all there is?”", "“We need more players.”"), content(text, a));
    }

    @Test
    void infinitiveAfterTheCueIsContentNotAnAdverbialTail() {
        String text = "Before the vote, the mayor promised to delay the new budget.";
        Attribution a = withCue(text, "promised");
        assertEquals("the mayor", source(text, a));
        assertEquals(List.of("to delay the new budget"), content(text, a));
    }

    @Test
    void shortObjectEndsBeforeTheCircumstancesOfTheAct() {
        String text = "The union endorsed Jones during a rally in Ohio.";
        assertEquals(List.of("Jones"), content(text, withCue(text, "endorsed")));
        String why = "The team denied it because the rules were unclear.";
        assertEquals(List.of("it"), content(why, withCue(why, "denied")));
    }

    @Test
    void despiteAfterACommaStaysInTheContent() {
        String text = "The governor said the plan would pass, despite strong opposition in the senate.";
        assertEquals(List.of("the plan would pass, despite strong opposition in the senate"),
                content(text, withCue(text, "said")));
    }

    @Test
    void clauseInterruptedByAccordingToResumesAfterTheSource() {
        String text = "Since March, according to the ministry, prices have risen by a third.";
        Attribution a = withCue(text, "according to");
        assertEquals("the ministry", source(text, a));
        assertEquals(List.of("Since March", "prices have risen by a third"), content(text, a));
    }

    @Test
    void appositionAfterAccordingToStaysWithTheSource() {
        String text = "Since March, according to Jane Doe, a spokeswoman for the ministry.";
        Attribution a = withCue(text, "according to");
        assertEquals("Jane Doe, a spokeswoman for the ministry", source(text, a));
    }

    @Test
    void clauseAfterAnInterruptingSourceContinuesAfterAndOrBut() {
        String text = "The roads were closed early, the officer said, and the drivers waited for hours.";
        Attribution a = withCue(text, "said");
        assertEquals("the officer", source(text, a));
        assertEquals(List.of("The roads were closed early", "and the drivers waited for hours"), content(text, a));
    }

    @Test
    void shortSubjectBeforeTheSourceTakesItsVerbEvenWhenThatVerbIsACueWord() {
        String text = "The council, the mayor said, called the plan a failure.";
        Attribution a = withCue(text, "said");
        assertEquals("the mayor", source(text, a));
        assertEquals(List.of("The council", "called the plan a failure"), content(text, a));
    }

    @Test
    void objectEndsWhereTheSubjectsNextActIsCoordinated() {
        String text = "The company denied the claims and was cleared by the court.";
        assertEquals(List.of("the claims"), content(text, withCue(text, "denied")));
        String verb = "The senator endorsed Jones but refused to campaign for him.";
        assertEquals(List.of("Jones"), content(verb, withCue(verb, "endorsed")));
    }
}
