package org.claimgraph.extract;

import static org.claimgraph.extract.RoleText.content;
import static org.claimgraph.extract.RoleText.find;
import static org.claimgraph.extract.RoleText.source;
import static org.claimgraph.extract.RoleText.withCue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Span boundary conventions of PolNeAR's guidelines, each on sentences written for this test:
 * where content and source start and end, and which attributions are no claims at all.
 */
class SpanBoundaryTest {

    // ---------------------------------------------------------------- passive cues

    @Test
    void passiveSubjectIsContentAndNobodyIsTheSource() {
        String text = "The mayor was widely criticized for closing the library.";
        Attribution a = withCue(text, "was widely criticized");
        assertEquals("", source(text, a));
        assertEquals(List.of("The mayor", "for closing the library"), content(text, a));
    }

    @Test
    void passiveAgentAfterByIsTheSource() {
        String text = "The plan was rejected by most of the council members.";
        Attribution a = withCue(text, "was rejected");
        assertEquals("most of the council members", source(text, a));
        assertEquals(List.of("The plan"), content(text, a));
    }

    @Test
    void passiveAddresseeIsNeitherSourceNorContent() {
        String text = "The governor was asked by a reporter whether she would sign the bill.";
        Attribution a = withCue(text, "was asked");
        assertEquals("a reporter", source(text, a));
        assertEquals(List.of("whether she would sign the bill"), content(text, a));
    }

    @Test
    void stateOfMindParticipleKeepsItsSubjectAsSource() {
        String text = "The coach was convinced that the team would win.";
        Attribution a = withCue(text, "was convinced");
        assertEquals("The coach", source(text, a));
        assertEquals(List.of("that the team would win"), content(text, a));
    }

    // ---------------------------------------------------------------- content ends

    @Test
    void contentEndsWhereTheWriterStartsANewClauseAfterCommaAnd() {
        String text = "The mayor said the budget was balanced, but the council voted against it anyway.";
        Attribution a = withCue(text, "said");
        assertEquals(List.of("the budget was balanced"), content(text, a));
        String list = "The mayor said the city needs parks, schools, and libraries.";
        assertEquals(List.of("the city needs parks, schools, and libraries"), content(list, withCue(list, "said")));
    }

    // ---------------------------------------------------------------- content starts

    @Test
    void circumstanceBetweenCueAndThatClauseIsNotContent() {
        String text = "The senator said on NBC's \"Meet the Press\" that the deal was dead.";
        assertEquals(List.of("that the deal was dead"), content(text, withCue(text, "said")));
        String letter = "The mayor wrote to the council last week that the budget was short.";
        assertEquals(List.of("that the budget was short"), content(letter, withCue(letter, "wrote")));
    }

    @Test
    void circumstanceBeforeAQuotationIsNotContent() {
        String text = "She said in Denver, \"We will win this state.\"";
        assertEquals(List.of("\"We will win this state.\""), content(text, withCue(text, "said")));
    }

    @Test
    void infinitiveAfterAPhraseIsContentWhole() {
        String text = "The governor promised to cut taxes that hurt small firms.";
        assertEquals(List.of("to cut taxes that hurt small firms"), content(text, withCue(text, "promised")));
    }

    @Test
    void recipientEndsWhereTheContentClauseBegins() {
        String pronoun = "The mayor told Reuters she would not run again.";
        assertEquals(List.of("she would not run again"), content(pronoun, withCue(pronoun, "told")));
        String whether = "The mayor asked the clerk whether the vote was valid.";
        assertEquals(List.of("whether the vote was valid"), content(whether, withCue(whether, "asked")));
    }

    // ---------------------------------------------------------------- sources

    @Test
    void sentenceConjunctionIsNotPartOfTheSource() {
        String text = "And the mayor said the budget was balanced.";
        assertEquals("the mayor", source(text, withCue(text, "said")));
    }

    @Test
    void bracketAfterARelativeIsNoContentPiece() {
        String text = "Voters backed higher taxes (which the mayor also supports).";
        assertEquals(List.of("which"), content(text, withCue(text, "also supports")));
    }
}
