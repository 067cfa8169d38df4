package org.claimgraph.extract;

import static org.claimgraph.extract.RoleText.content;
import static org.claimgraph.extract.RoleText.cue;
import static org.claimgraph.extract.RoleText.source;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The attribution patterns one at a time, on sentences written for these tests. Expected spans
 * follow PolNeAR's conventions as the guidelines state them.
 */
class AttributionPatternTest {

    private final AttributionExtractor extractor = Extractors.standard();

    private Attribution only(String text) {
        List<Attribution> all = extractor.extract(text);
        assertEquals(1, all.size(), () -> "expected one attribution in: " + text + " but got " + all.size());
        return all.get(0);
    }

    @Test
    void contentKeepsThatButNotTheFinalPeriod() {
        String text = "The ministry said on Tuesday that the border would reopen.";
        Attribution a = only(text);
        assertEquals("The ministry", source(text, a));
        assertEquals("said", cue(text, a));
        assertEquals(List.of("that the border would reopen"), content(text, a));
        assertEquals(QuoteKind.INDIRECT, a.kind());
    }

    @Test
    void statementTailBelongsToTheCueAndAppositiveToTheSource() {
        String text = "“We will not stop,” Dana Reyes, a spokeswoman for the union, said in a statement.";
        Attribution a = only(text);
        assertEquals("Dana Reyes, a spokeswoman for the union,", source(text, a));
        assertEquals("said in a statement", cue(text, a));
        assertEquals(List.of("“We will not stop,”"), content(text, a));
        assertEquals(QuoteKind.DIRECT, a.kind());
    }

    @Test
    void accordingToAfterTheContent() {
        String text = "The talks collapsed on Sunday, according to two officials close to the mediators.";
        Attribution a = only(text);
        assertEquals("two officials close to the mediators", source(text, a));
        assertEquals("according to", cue(text, a));
        assertEquals(List.of("The talks collapsed on Sunday"), content(text, a));
    }

    @Test
    void splitQuoteAroundTheAttribution() {
        String text = "“The ceasefire holds,” the commander said, “but nobody trusts it.”";
        Attribution a = only(text);
        assertEquals("the commander", source(text, a));
        assertEquals(List.of("“The ceasefire holds,”", "“but nobody trusts it.”"), content(text, a));
    }

    @Test
    void mentalStateCue() {
        String text = "The governor believes the budget will pass.";
        Attribution a = only(text);
        assertEquals("The governor", source(text, a));
        assertEquals("believes", cue(text, a));
        assertEquals(List.of("the budget will pass"), content(text, a));
    }

    @Test
    void sourcelessExpectationSplitsItsContent() {
        String text = "The senator is widely expected to resign next week.";
        Attribution a = only(text);
        assertTrue(a.source().isEmpty());
        assertEquals("is widely expected", cue(text, a));
        assertEquals(List.of("The senator", "to resign next week"), content(text, a));
    }

    @Test
    void headlineColon() {
        String text = "Mayor: New Bridge Will Open In May";
        Attribution a = only(text);
        assertEquals("Mayor", source(text, a));
        assertEquals(":", cue(text, a));
        assertEquals(List.of("New Bridge Will Open In May"), content(text, a));
    }

    @Test
    void participleClauseSharesTheSource() {
        String text = "Local officials denied the report, saying the figures were invented.";
        List<Attribution> all = extractor.extract(text);
        Attribution saying = all.stream().filter(a -> cue(text, a).equals("saying")).findFirst().orElseThrow();
        assertEquals("Local officials", source(text, saying));
        assertEquals(List.of("the figures were invented"), content(text, saying));
    }

    @Test
    void pageFurnitureYieldsNothing() {
        String text = "Minister Denies Talks With Rebels\n\n"
                + "The minister speaks at a news conference in the capital, March 3. (Reuters)\n"
                + "Minister Denies Talks With Rebels\n"
                + "Reporting by Jane Doe; Editing by John Roe\n";
        List<Attribution> all = extractor.extract(text);
        assertEquals(1, all.size(), "only the first copy of the headline");
        assertEquals("Denies", cue(text, all.get(0)));
        assertTrue(all.get(0).content().get(0).end() <= text.indexOf("\n"));
    }

    @Test
    void artifactSubjectMakesANounLikeVerbACue() {
        String text = "The new survey shows the mayor far ahead of her rivals.";
        Attribution a = only(text);
        assertEquals("The new survey", source(text, a));
        assertEquals("shows", cue(text, a));
        assertEquals(List.of("the mayor far ahead of her rivals"), content(text, a));
    }

    @Test
    void particleLetsAWeakCueTakeAnObject() {
        String text = "The union called for a new vote on the contract.";
        Attribution a = only(text);
        assertEquals("The union", source(text, a));
        assertEquals("called for", cue(text, a));
        assertEquals(List.of("a new vote on the contract"), content(text, a));
    }

    @Test
    void relativeAsideClosedByACommaStaysInTheContent() {
        String text = "The clerk said that the judge, who will rule next week, has seen the papers.";
        Attribution a = only(text);
        assertEquals(List.of("that the judge, who will rule next week, has seen the papers"), content(text, a));
    }

    @Test
    void relativeClauseAtTheEndIsCutFromTheContent() {
        String text = "The clerk said that the judge has seen the papers, which surprised nobody.";
        Attribution a = only(text);
        assertEquals(List.of("that the judge has seen the papers"), content(text, a));
    }

    @Test
    void unlistedVerbBeforeAColonAndQuoteIsACue() {
        String text = "The coach grumbled: “We gave the game away.”";
        Attribution a = only(text);
        assertEquals("The coach", source(text, a));
        assertEquals("grumbled:", cue(text, a));
        assertEquals(List.of("“We gave the game away.”"), content(text, a));
    }

    @Test
    void adverbBeforeTheQuoteJoinsTheCue() {
        String text = "The mayor answered calmly, “The bridge is safe.”";
        Attribution a = only(text);
        assertEquals("The mayor", source(text, a));
        assertEquals("answered calmly", cue(text, a));
        assertEquals(List.of("“The bridge is safe.”"), content(text, a));
    }

    @Test
    void colonEndingTheLineTakesTheQuotedParagraphBelow() {
        String text = "The council's letter puts it this way:\n“Parking will be free on Sundays.”\n";
        Attribution a = only(text);
        assertEquals("The council's letter", source(text, a));
        assertEquals("puts it this way:", cue(text, a));
        assertEquals(List.of("“Parking will be free on Sundays.”"), content(text, a));
    }

    @Test
    void splitQuoteResumesAfterATimeTail() {
        String text = "“The road is closed,” the sheriff said on Monday, “and it will stay closed.”";
        Attribution a = only(text);
        assertEquals("the sheriff", source(text, a));
        assertEquals(List.of("“The road is closed,”", "“and it will stay closed.”"), content(text, a));
    }

    @Test
    void nameEndingInLyOpeningTheSentenceIsTheSource() {
        String text = "Shelly said the library would stay open late.";
        Attribution a = only(text);
        assertEquals("Shelly", source(text, a));
        assertEquals("said", cue(text, a));
    }

    @Test
    void restrictiveWhoClauseBelongsToTheSource() {
        String text = "Most of the residents who attended said the plan was rushed.";
        Attribution a = only(text);
        assertEquals("Most of the residents who attended", source(text, a));
        assertEquals(List.of("the plan was rushed"), content(text, a));
    }

    @Test
    void participleOfANounLikeVerbAfterACommaSharesTheSource() {
        String text = "The mayor praised the new bridge, noting it had opened a month early.";
        List<Attribution> all = extractor.extract(text);
        Attribution noting = all.stream().filter(a -> cue(text, a).equals("noting")).findFirst().orElseThrow();
        assertEquals("The mayor", source(text, noting));
        assertEquals(List.of("it had opened a month early"), content(text, noting));
    }

    @Test
    void describingNounPhraseBetweenDashesBelongsToTheSource() {
        String text = "Lena Ortiz — a nurse from the county hospital — says the ward is understaffed.";
        Attribution a = only(text);
        assertEquals("Lena Ortiz — a nurse from the county hospital —", source(text, a));
        assertEquals("says", cue(text, a));
        assertEquals(List.of("the ward is understaffed"), content(text, a));
    }

    @Test
    void cueInAnOpeningSubordinateClauseStopsAtItsComma() {
        String text = "While the council says the park is safe, residents said the lights have been broken for months.";
        List<Attribution> all = extractor.extract(text);
        assertEquals(2, all.size(), () -> "two attributions expected, got " + all.size());
        Attribution council = all.stream().filter(a -> cue(text, a).equals("says")).findFirst().orElseThrow();
        assertEquals("the council", source(text, council));
        assertEquals(List.of("the park is safe"), content(text, council));
        Attribution residents = all.stream().filter(a -> cue(text, a).equals("said")).findFirst().orElseThrow();
        assertEquals("residents", source(text, residents));
        assertEquals(List.of("the lights have been broken for months"), content(text, residents));
    }

    @Test
    void transcriptTurnRunsToTheEndOfItsLine() {
        String text = "The interview went on.\n\nHOST: Will you run again? People are asking.\n\nMORALES: I have not decided. "
                + "My family will decide with me.\n";
        List<Attribution> all = extractor.extract(text);
        assertEquals(2, all.size(), () -> "two turns expected, got " + all.size());
        assertEquals("HOST", source(text, all.get(0)));
        assertEquals(":", cue(text, all.get(0)));
        assertEquals(List.of("Will you run again? People are asking"), content(text, all.get(0)));
        assertEquals("MORALES", source(text, all.get(1)));
        assertEquals(List.of("I have not decided. My family will decide with me"), content(text, all.get(1)));
    }

    @Test
    void shoutedHeadlineLabelIsNoSpeaker() {
        String text = "Opening line.\n\nBREAKING: Senate Passes Budget After Long Night\n";
        assertTrue(extractor.extract(text).stream().noneMatch(a -> source(text, a).equals("BREAKING")));
    }

    @Test
    void objectGapRelativeStandsForTheContent() {
        String text = "The committee released the figures, which she said were collected by volunteers.";
        Attribution a = only(text);
        assertEquals("she", source(text, a));
        assertEquals("said", cue(text, a));
        assertEquals(List.of("which", "were collected by volunteers"), content(text, a));
    }

    @Test
    void appearingOnAShowIsNoImpression() {
        String text = "The senator appeared on a morning show to discuss the vote.";
        assertTrue(extractor.extract(text).isEmpty(), () -> "no attribution expected in: " + text);
    }

    @Test
    void asideBetweenCommasIsNotPartOfTheSource() {
        String text = "Pedersen, for her part, said the deal was fair.";
        Attribution a = only(text);
        assertEquals("Pedersen", source(text, a));
        assertEquals(List.of("the deal was fair"), content(text, a));
    }

    @Test
    void prepositionsInsideTheSubjectKeepTheWholeSubjectAsSource() {
        String text = "A producer for the regional network said the interview would air on Friday.";
        Attribution a = only(text);
        assertEquals("A producer for the regional network", source(text, a));
        assertEquals(List.of("the interview would air on Friday"), content(text, a));
    }

    @Test
    void participleBetweenQuantifierAndSourceNounIsAnAdjective() {
        String text = "Other informed sources stressed, however, that the mayor deserved the credit.";
        Attribution a = only(text);
        assertEquals("Other informed sources", source(text, a));
        assertEquals("stressed", cue(text, a));
        assertEquals(List.of("that the mayor deserved the credit"), content(text, a));
    }

    @Test
    void aCueVerbWithAnObjectStaysACue() {
        String text = "The minister informed officials that the border would close.";
        Attribution a = only(text);
        assertEquals("The minister", source(text, a));
    }
}
