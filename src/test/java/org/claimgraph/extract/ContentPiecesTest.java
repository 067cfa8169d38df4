package org.claimgraph.extract;

import static org.claimgraph.extract.RoleText.content;
import static org.claimgraph.extract.RoleText.source;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Where a content starts and ends, and which pieces it has, for the boundary rules of
 * {@link ContentSpans}; each on a sentence written for this test.
 */
class ContentPiecesTest {

    private final AttributionExtractor extractor = Extractors.standard();

    private Attribution cue(String text, String cue) {
        return RoleText.withCue(extractor.extract(text), text, cue);
    }

    @Test
    void leadSetOffBeforeTheSourceIsTheFirstPieceWhenAQuoteFollowsTheCue() {
        String text = "The real problem, the mayor said, “is the budget.”";
        Attribution a = cue(text, "said");
        assertEquals("the mayor", source(text, a));
        assertEquals(List.of("The real problem", "“is the budget.”"), content(text, a));
    }

    @Test
    void sceneSettingLeadIsNotContent() {
        String text = "On the subject of parks, the mayor said, “We need more trees.”";
        assertEquals(List.of("“We need more trees.”"), content(text, cue(text, "said")));
        String later = "Minutes later, the mayor said, “We need more trees.”";
        assertEquals(List.of("“We need more trees.”"), content(later, cue(later, "said")));
    }

    @Test
    void bareSaidAfterAQuestionKeepsTheQuoteThatFollows() {
        String text = "“Is that all there is?” the coach said. “We need more players.”";
        Attribution a = cue(text, "said");
        assertEquals("the coach", source(text, a));
        assertEquals(List.of("“Is that all there is?”", "“We need more players.”"), content(text, a));
    }

    @Test
    void infinitiveAfterTheCueIsContentNotAnAdverbialTail() {
        String text = "Before the vote, the mayor promised to delay the new budget.";
        Attribution a = cue(text, "promised");
        assertEquals("the mayor", source(text, a));
        assertEquals(List.of("to delay the new budget"), content(text, a));
    }

    @Test
    void shortObjectEndsBeforeTheCircumstancesOfTheAct() {
        String text = "The union endorsed Jones during a rally in Ohio.";
        assertEquals(List.of("Jones"), content(text, cue(text, "endorsed")));
        String why = "The team denied it because the rules were unclear.";
        assertEquals(List.of("it"), content(why, cue(why, "denied")));
    }

    @Test
    void despiteAfterACommaStaysInTheContent() {
        String text = "The governor said the plan would pass, despite strong opposition in the senate.";
        assertEquals(List.of("the plan would pass, despite strong opposition in the senate"),
                content(text, cue(text, "said")));
    }
}
