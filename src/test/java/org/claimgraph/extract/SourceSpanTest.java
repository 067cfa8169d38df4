package org.claimgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Source boundaries set by {@link SourceBounds} and {@link SourcePhrases}, on hand-written sentences. */
class SourceSpanTest {

    private static String source(String text, String cue) {
        return RoleText.source(text, RoleText.withCue(text, cue));
    }

    @Test
    void aNegationBelongsToTheSource() {
        String text = "No one expected the mayor to resign before the vote.";
        assertEquals("No one", source(text, "expected"));
    }

    @Test
    void aQuantifierBeforeWhomBelongsToTheSource() {
        String text = "The plan angered local farmers, most of whom say the new fees are unfair.";
        assertEquals("most of whom", source(text, "say"));
    }

    @Test
    void aStatementAfterTheNameIsNotTheSource() {
        String text = "Governor Ann Holt in a statement said the budget would be balanced.";
        assertEquals("Governor Ann Holt", source(text, "said"));
    }

    @Test
    void aTimeAfterTheNameIsNotTheSource() {
        String text = "The city council this month rejected the proposal to widen the road.";
        assertEquals("The city council", source(text, "rejected"));
    }

    @Test
    void coordinatedSubjectsAreOneSource() {
        String text = "Teachers and parents at the school said the building was unsafe.";
        assertEquals("Teachers and parents at the school", source(text, "said"));
    }

    @Test
    void aPrepositionalPhraseAfterAnOpenerStaysInTheSubject() {
        String text = "Last week, members of the zoning board warned that the permits were late.";
        assertEquals("members of the zoning board", source(text, "warned"));
    }

    @Test
    void aSubjectRelativeClauseStaysInTheSource() {
        String text = "Engineers who inspected the old bridge said it should be closed.";
        assertEquals("Engineers who inspected the old bridge", source(text, "said"));
    }

    @Test
    void aRelativeClauseOfStanceIsNotTheSource() {
        String text = "Jane Miller, who endorsed the mayor last year, said the race was close.";
        assertEquals("Jane Miller", source(text, "said"));
    }

    @Test
    void anIdentifyingRelativeClauseStaysInTheSource() {
        String text = "Jane Miller, who heads the local chamber of commerce, said the race was close.";
        assertEquals("Jane Miller, who heads the local chamber of commerce,", source(text, "said"));
    }

    @Test
    void theSubjectOfAnObjectRelativeStartsAtItsDeterminer() {
        String text = "It was exactly the kind of compromise many farmers feared would come.";
        assertEquals("many farmers", source(text, "feared"));
    }
}
