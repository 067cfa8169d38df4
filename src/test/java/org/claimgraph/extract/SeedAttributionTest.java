package org.claimgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Attributions in the seed articles. Expected spans were written by hand from reading each
 * sentence under PolNeAR's conventions; sentences are located with indexOf.
 */
class SeedAttributionTest {

    private final AttributionExtractor extractor = Extractors.standard();

    /** The attribution whose cue reads {@code cue} inside the sentence that starts with {@code sentence}. */
    private static Attribution find(String text, List<Attribution> all, String sentence, String cue) {
        int at = text.indexOf(sentence);
        assertTrue(at >= 0, "sentence not in seed: " + sentence);
        int end = text.indexOf('\n', at);
        int sentenceEnd = end < 0 ? text.length() : end;
        for (Attribution a : all) {
            Span c = Span.cover(a.cue());
            if (c.start() >= at && c.end() <= sentenceEnd && Span.textOf(text, a.cue()).equals(cue)) {
                return a;
            }
        }
        fail("no attribution with cue '" + cue + "' in: " + sentence);
        return null;
    }

    private static String source(String text, Attribution a) {
        return Span.textOf(text, a.source());
    }

    private static String content(String text, Attribution a) {
        return Span.textOf(text, a.content());
    }

    @Test
    void officeOfMikatiDenied() {
        String text = SeedArticles.read("001");
        List<Attribution> all = extractor.extract(text);
        Attribution a = find(text, all, "The office of Lebanese caretaker prime minister Najib Mikati on Friday denied",
                "denied");
        assertEquals("The office of Lebanese caretaker prime minister Najib Mikati", source(text, a));
        assertTrue(content(text, a).startsWith("that the US had asked Lebanon to declare a unilateral ceasefire"));
    }

    @Test
    void twoSourcesToldReuters() {
        String text = SeedArticles.read("001");
        List<Attribution> all = extractor.extract(text);
        Attribution a = find(text, all, "The office of Lebanese caretaker prime minister Najib Mikati", "told");
        assertEquals("two sources", source(text, a));
        assertEquals("that a US envoy had made the request to inject momentum into stalled talks on a deal to end"
                + " hostilities between Hezbollah and Israel", content(text, a));
        assertEquals(QuoteKind.INDIRECT, a.kind());
    }

    @Test
    void iraqiSourceToldAsharqAlAwsat() {
        String text = SeedArticles.read("001");
        List<Attribution> all = extractor.extract(text);
        Attribution a = find(text, all, "Meanwhile, an Iraqi political source told Asharq Al-Awsat", "told");
        assertEquals("an Iraqi political source", source(text, a));
        assertTrue(content(text, a).startsWith("that the truce was arranged by PM Sudani"), content(text, a));
    }

    @Test
    void reportQuotedInformedSourceAsSaying() {
        String text = SeedArticles.read("000");
        List<Attribution> all = extractor.extract(text);
        Attribution a = find(text, all, "The report quoted an informed source as saying", "as saying");
        assertEquals("an informed source", source(text, a));
        assertEquals("The report", Span.textOf(text, a.relays()));
        assertTrue(content(text, a).endsWith("for more than a month.”"), content(text, a));
    }

    @Test
    void accordingToTwoPoliticalSources() {
        String text = SeedArticles.read("000");
        List<Attribution> all = extractor.extract(text);
        Attribution a = find(text, all, "According to two political sources close to Hezbollah", "According to");
        assertEquals("two political sources close to Hezbollah", source(text, a));
        assertEquals("Ismail Qaani traveled to Lebanon several times in recent months in order to meet with"
                + " Hezbollah leader Hassan Nasrallah and discuss ways to continue pressure on Israel without"
                + " entering into a wide-scale war", content(text, a));
    }

    @Test
    void spunMentionedForSaid() {
        String text = SeedArticles.read("002");
        List<Attribution> all = extractor.extract(text);
        Attribution five = find(text, all, "The federal government in Baghdad, a uncommon ally", "mentioned");
        assertEquals("5 of the sources", source(text, five));
        assertTrue(content(text, five).startsWith("The federal government in Baghdad"));
        assertTrue(content(text, five).endsWith("after the Jordan assault"), content(text, five));

        Attribution politician = find(text, all, "The assault “performed into the hand", "mentioned");
        assertEquals("a Shi’ite politician from the ruling coalition", source(text, politician));
        assertEquals("The assault “performed into the hand of the Iraqi authorities”", content(text, politician));
        assertEquals(QuoteKind.MIXED, politician.kind());
    }

    @Test
    void invertedSaidASeniorIranianOfficial() {
        String text = SeedArticles.read("003");
        List<Attribution> all = extractor.extract(text);
        Attribution a = find(text, all, "“General Qaani’s visit was successful", "said");
        assertEquals("a senior Iranian security official", source(text, a));
        assertEquals("“General Qaani’s visit was successful, although not completely, as not all Iraqi"
                + " organizations agreed to de-escalate tensions,”", content(text, a));
        assertEquals(QuoteKind.DIRECT, a.kind());
    }

    @Test
    void spansStayInsideTheTextAndNothingThrows() {
        for (String text : SeedArticles.all()) {
            for (Attribution a : extractor.extract(text)) {
                for (List<Span> role : List.of(a.source(), a.cue(), a.content(), a.relays())) {
                    for (Span s : role) {
                        assertTrue(s.end() <= text.length());
                    }
                }
            }
        }
        String[] odd = {"", " ", "\"", "“", "said", "According to", ", said", "“x,” said", "told that",
            "\n\n\n", "a\u0000b said.", "Mr. said: “", "\uD83D\uDE00 said \uD83D\uDE00", "as saying"};
        for (String s : odd) {
            extractor.extract(s);
        }
    }

    @Test
    void pronounSourceGetsTheNearestNamedSourceAsReferent() {
        String text = SeedArticles.read("001");
        List<Attribution> all = extractor.extract(text);
        Attribution a = find(text, all, "Speaking on condition of anonymity, he said the PM took firm stances", "said");
        assertEquals("he", source(text, a));
        assertEquals("an Iraqi political source", a.sourceReferent().map(s -> s.of(text)).orElse(""));
        assertEquals("an Iraqi political source", a.speakerMention().map(s -> s.of(text)).orElse(""));
    }

    @Test
    void descriptionSourceInheritsTheOutletNamedBefore() {
        String text = SeedArticles.read("000");
        List<Attribution> all = extractor.extract(text);
        Attribution a = find(text, all, "The report stated that Washington recently renewed the exemption", "stated");
        assertEquals("The report", source(text, a));
        assertEquals("The English newspaper “The National”", a.sourceReferent().map(s -> s.of(text)).orElse(""));
    }

    @Test
    void quoteBeforeAttributionWithFollowingQuoteSentence() {
        String text = "Officials met on Monday. \u201cWe are ready,\u201d the minister said. \u201cThe talks will go on.\u201d";
        List<Attribution> all = extractor.extract(text);
        assertEquals(1, all.size());
        Attribution a = all.get(0);
        assertEquals("the minister", source(text, a));
        assertEquals("said", Span.textOf(text, a.cue()));
        assertEquals(List.of("\u201cWe are ready,\u201d", "\u201cThe talks will go on.\u201d"),
                a.content().stream().map(s -> s.of(text)).toList());
        assertEquals(QuoteKind.DIRECT, a.kind());
    }

    @Test
    void noAttributionsInsideDirectQuotes() {
        String text = "\u201cI think they said no,\u201d the senator said.";
        List<Attribution> all = extractor.extract(text);
        assertEquals(1, all.size());
        assertEquals("the senator", source(text, all.get(0)));
    }

    @Test
    void nestedAttributionsAreFlatByDefaultAndRelayedOnRequest() {
        String text = "The ministry said the envoy told officials that the plan had failed.";
        List<Attribution> flat = extractor.extract(text);
        assertEquals(1, flat.size());
        assertEquals("The ministry", source(text, flat.get(0)));

        List<Attribution> nested = Extractors.withNested().extract(text);
        Attribution inner = nested.stream().filter(a -> source(text, a).equals("the envoy")).findFirst().orElseThrow();
        assertEquals("told", Span.textOf(text, inner.cue()));
        assertEquals("that the plan had failed", content(text, inner));
        assertEquals("The ministry", Span.textOf(text, inner.relays()));
    }
}
