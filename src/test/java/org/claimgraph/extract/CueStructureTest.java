package org.claimgraph.extract;

import static org.claimgraph.extract.RoleText.all;
import static org.claimgraph.extract.RoleText.content;
import static org.claimgraph.extract.RoleText.find;
import static org.claimgraph.extract.RoleText.source;
import static org.claimgraph.extract.RoleText.withCue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Cue structures added for recall, each with its near miss, on sentences written for these tests:
 * a verb's particle after a name, artifacts as subjects, side-taking participles, and a trailing
 * report that frames a sentence with a cue of its own.
 */
class CueStructureTest {

    @Test
    void nounLikeVerbWithItsParticleAfterANameIsAVerb() {
        String text = "Senator Maria Lopez calls for a review of the harbor contracts.";
        Attribution a = withCue(text, "calls for");
        assertEquals("Senator Maria Lopez", source(text, a));
        assertEquals(List.of("a review of the harbor contracts"), content(text, a));
    }

    @Test
    void nounLikeVerbAfterAPossessiveStaysANoun() {
        String text = "The governor's calls for a review of the harbor contracts went unanswered.";
        assertTrue(find(text, "calls for").isEmpty(), "a possessive makes 'calls' a noun");
    }

    @Test
    void artifactHeadingTheSubjectMakesTheVerbACue() {
        String text = "A recording of the council meeting shows the chairman leaving early.";
        Attribution a = withCue(text, "shows");
        assertEquals("A recording of the council meeting", source(text, a));
        assertEquals(List.of("the chairman leaving early"), content(text, a));
    }

    @Test
    void bareVerbDisagreeingWithASingularArtifactIsNoCue() {
        String text = "The agency will release its analysis of the revised plan next week.";
        assertTrue(find(text, "plan").isEmpty(), "'plan' is the analysis's object, not its verb");
    }

    @Test
    void sideTakingParticipleAfterItsHolderIsACue() {
        String text = "Farmers gave $2 million to a committee backing Ms. Okafor, the former mayor.";
        Attribution a = withCue(text, "backing");
        assertEquals("a committee", source(text, a));
        assertEquals(List.of("Ms. Okafor"), content(text, a));
    }

    @Test
    void sideTakingParticipleAfterADeterminerIsNoCue() {
        String text = "The backing of the unions cost him the race.";
        assertTrue(find(text, "backing").isEmpty());
    }

    @Test
    void trailingReportFramesTheSentenceWithItsOwnCue() {
        String text = "In a letter, the mayor said the budget was balanced, the Gazette reported.";
        List<Attribution> found = all(text);
        Attribution a = RoleText.withCue(found, text, "reported");
        assertEquals("the Gazette", source(text, a));
        assertEquals(List.of("In a letter, the mayor said the budget was balanced"), content(text, a));
        assertTrue(find(found, text, "said").isEmpty(), "PolNeAR keeps only the outer attribution");
    }

    @Test
    void trailingCueAfterItsOwnClauseDoesNotFrameAnEarlierCue() {
        String text = "The mayor said the budget was balanced, and the council agreed.";
        Attribution a = withCue(text, "said");
        assertEquals("The mayor", source(text, a));
    }

    @Test
    void figureBeforeAPollIsThePollsFinding() {
        String text = "The mayor fell to 12 percent in the latest Harbor Gazette poll.";
        Attribution a = withCue(text, "in");
        assertEquals("the latest Harbor Gazette poll", source(text, a));
        assertEquals(List.of("The mayor fell to 12 percent"), content(text, a));
    }

    @Test
    void movementInThePollsWithoutAFigureIsNoCue() {
        String text = "The mayor has climbed steadily in the polls.";
        assertTrue(find(text, "in").isEmpty(), "a rise in the polls is the writer's summary, not a finding");
    }
}
