package org.claimgraph.provenance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.claimgraph.extract.Span;
import org.claimgraph.provenance.ArticleCue.Kind;
import org.junit.jupiter.api.Test;

/** Each text cue of an article's own chain of issue 5, on lines shaped like the seeds'. */
class ArticleCuesTest {

    private static List<ArticleCue> cues(String text) {
        return ArticleCues.find(text, new Span(0, text.length()));
    }

    private static ArticleCue only(String text, Kind kind) {
        List<ArticleCue> of = cues(text).stream().filter(c -> c.kind() == kind).toList();
        assertEquals(1, of.size(), kind + " in " + cues(text));
        return of.get(0);
    }

    @Test
    void aWireInParenthesesAfterTheDatelineIsTheReporter() {
        String text = "BAGHDAD (Reuters) - A visit to Baghdad by the commander of Iran's Quds Force has put a pause on attacks.";
        ArticleCue cue = only(text, Kind.REPORTER);
        assertEquals(Optional.of("Reuters"), cue.agent());
        assertEquals("(Reuters)", cue.span().of(text));
    }

    @Test
    void aDatelineWithDateAndOutletNamesThePublisher() {
        String text = "Headline\n2024-03-20 Shafaq News/ The English newspaper reported that talks continue.";
        ArticleCue cue = only(text, Kind.PUBLISHER);
        assertEquals(Optional.of("Shafaq News"), cue.agent());
        assertTrue(cue.span().of(text).startsWith("2024-03-20 Shafaq News"), cue.span().of(text));
        assertEquals(List.of(), cues("The talks of 2024-03-20 Shafaq News/ were mentioned in passing."),
                "a date and slash inside a line are no dateline");
    }

    @Test
    void toldAWireMakesTheWireTheReporterButToldAnyOtherOutletDoesNot() {
        String text = "A visit halted attacks, multiple Iranian and Iraqi sources told Reuters, as Iran seeks calm.";
        ArticleCue cue = only(text, Kind.REPORTER);
        assertEquals(Optional.of("Reuters"), cue.agent());
        assertEquals("told Reuters", cue.span().of(text));
        assertEquals(List.of(), cues("An Iraqi political source told Asharq Al-Awsat that the truce was arranged."));
        assertEquals(Optional.of("Associated Press"),
                only("Officials told The Associated Press on Monday.", Kind.REPORTER).agent());
    }

    @Test
    void forThisReportNamesTheOutletThatSpokeWithTheSources() {
        String text = "For this report, Reuters spoke with three Iranian officials and four diplomats.";
        ArticleCue cue = only(text, Kind.REPORTER);
        assertEquals(Optional.of("Reuters"), cue.agent());
        assertEquals("For this report, Reuters spoke with", cue.span().of(text));
    }

    @Test
    void translatedByOnItsOwnLineNamesTheTranslator() {
        String text = "because the Israelis do not listen to them anyway.” Translated by: Shafaq News LINK\n";
        ArticleCue cue = only(text, Kind.TRANSLATOR);
        assertEquals(Optional.of("Shafaq News"), cue.agent());
        assertTrue(cue.span().of(text).startsWith("Translated by: Shafaq News"), cue.span().of(text));
    }

    @Test
    void inAReportTranslatedByNamesTheTranslatorWithoutAgency() {
        String text = "The newspaper indicated, in a report translated by Shafaq News Agency, that the media confirmed it.";
        ArticleCue cue = only(text, Kind.TRANSLATOR);
        assertEquals(Optional.of("Shafaq News"), cue.agent());
    }

    @Test
    void sourceLinkAloneOnALineMarksACopyAndNamesNoOne() {
        String text = "Reporting was contributed by Falih Hassan from Baghdad.\n\nSource link\n";
        ArticleCue cue = only(text, Kind.SOURCE_LINK);
        assertEquals(Optional.empty(), cue.agent());
        assertEquals("Source link", cue.span().of(text));
        assertEquals(List.of(), cues("The source link was broken, he said.").stream()
                .filter(c -> c.kind() == Kind.SOURCE_LINK).toList(), "only the line on its own is the cue");
    }

    @Test
    void reportingWasContributedByCreditsTheOriginalsStaff() {
        String text = "Reporting was contributed by Falih Hassan from Baghdad, Farnaz Fassihi from New York.";
        ArticleCue cue = only(text, Kind.CONTRIBUTORS);
        assertEquals("Reporting was contributed by", cue.span().of(text));
    }

    @Test
    void cuesOutsideTheRegionAreLeftOut() {
        String text = "First story (Reuters) - one.\nSecond story, sources told Reuters.";
        int second = text.indexOf("Second");
        List<ArticleCue> inSecond = ArticleCues.find(text, new Span(second, text.length()));
        assertEquals(1, inSecond.size(), inSecond.toString());
        assertEquals("told Reuters", inSecond.get(0).span().of(text));
    }
}
