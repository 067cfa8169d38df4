package org.claimgraph.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.claimgraph.extract.Span;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AttributionCorpusTest {

    @TempDir
    Path tmp;

    @Test
    void alphabeticallyFirstAnnotatorIsGold() throws IOException {
        // "Smith told Jones the plan works.": Smith 0-5, told 6-10, Jones 11-16, content 17-31
        TinyCorpus corpus = new TinyCorpus(tmp)
                .text("news_2016_plan", "Smith told Jones the plan works.")
                .ann("news_2016_plan", "b000", "T1\tSource 11 16\tJones", "T2\tCue 6 10\ttold",
                        "T3\tContent 17 31\tthe plan works", "E1\tAttribution:T2 Source:T1 Cue:T2 Content:T3")
                .ann("news_2016_plan", "a999", "T1\tSource 0 5\tSmith", "T2\tCue 6 10\ttold",
                        "T3\tContent 17 31\tthe plan works", "E1\tAttribution:T2 Source:T1 Cue:T2 Content:T3");
        AttributionCorpus polnear = corpus.open();
        assertEquals(List.of("news_2016_plan"), polnear.articleNames());
        assertEquals("news_2016_plan_a999.ann", polnear.goldFile("news_2016_plan").getFileName().toString());
        GoldArticle article = polnear.load("news_2016_plan");
        assertEquals(List.of(new Span(0, 5)), article.gold().get(0).source());
    }

    @Test
    void articlesAreThoseWithAnnotationsInAlphabeticalOrder() throws IOException {
        TinyCorpus corpus = new TinyCorpus(tmp)
                .text("b_article", "B.").ann("b_article", "x1")
                .text("a_article", "A.").ann("a_article", "x1")
                .text("unannotated", "C.");
        assertEquals(List.of("a_article", "b_article"), corpus.open().articleNames());
        assertTrue(corpus.open().load("a_article").gold().isEmpty());
    }

    @Test
    void articleNameDropsTheAnnotatorSuffixOnly() {
        assertEquals("daily-news_2020-01-02_made-up-title",
                AttributionCorpus.articleName("daily-news_2020-01-02_made-up-title_ab12.ann"));
    }

    @Test
    void directoryWithoutTextAndAttributionsIsNotALayout() {
        assertFalse(AttributionCorpus.isLayout(tmp));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> AttributionCorpus.open(tmp));
        assertTrue(e.getMessage().contains(tmp.toString()));
    }
}
