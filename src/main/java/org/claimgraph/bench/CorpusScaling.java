package org.claimgraph.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.claimgraph.ingest.Article;
import org.claimgraph.provenance.CopyDetector;
import org.claimgraph.provenance.StoryText;
import org.claimgraph.resolve.EntityFinder;

/**
 * The cross-corpus measures of issues 4 and 5: that actor resolution and copy detection do not grow
 * faster than the corpus. Inputs beyond the base corpus are its articles again under fresh IRIs, as in
 * {@link Replicas}; for the copy detector with their names marked, see {@link #distinctStory}.
 *
 * @param resolutionArticlesSmall articles in the smaller resolution run
 * @param resolutionMsSmall       mentions, actor resolution and events, CPU ms per article over it
 * @param resolutionArticles      articles in the larger run
 * @param resolutionMs            the same per article over the larger run: flat if resolution is linear
 * @param copyArticles            articles given to the copy detector at once
 * @param copySeconds             wall-clock seconds the detector took over all of them
 * @param copyPairs               pairs of copies it confirmed
 */
public record CorpusScaling(long resolutionArticlesSmall, double resolutionMsSmall, long resolutionArticles,
                            double resolutionMs, long copyArticles, double copySeconds, int copyPairs) {

    static final long SMALL = 1_000;

    /**
     * Actor resolution in claimgraph is within the article (mentions to actors) and then by IRI, minted
     * from a folded name key, so joining an actor across articles is a hash lookup in the store. What
     * this times is therefore the per-article work, first over {@link #SMALL} articles then over
     * {@code articles}, on one thread.
     */
    static CorpusScaling measure(List<Article> base, long articles) {
        EntityFinder finder = EntityFinder.standard();
        base.stream().limit(20).forEach(a -> finder.find(a.text(), a.metadata().dateValue())); // JIT warm-up
        long small = Math.min(SMALL, articles);
        double smallMs = resolutionMs(finder, base, small);
        double largeMs = resolutionMs(finder, base, articles);

        List<StoryText> stories = new ArrayList<>();
        for (long i = 0; i < articles; i++) {
            Article a = base.get((int) (i % base.size()));
            stories.add(new StoryText("urn:bench:article:" + i, distinctStory(a.text(), i / base.size()),
                    Optional.empty(), Optional.empty(), Optional.empty()));
        }
        long start = System.nanoTime();
        CopyDetector.Result found = CopyDetector.detect(stories);
        double copySeconds = (System.nanoTime() - start) / 1e9;
        return new CorpusScaling(small, smallMs, articles, largeMs, articles, copySeconds, found.pairs().size());
    }

    /**
     * Copy {@code k} of a text as another story to the copy detector: every capitalised word gets the
     * suffix k, so copies share no names with each other. Plain replicas would make the corpus one of
     * 11-fold identical copies, whose tens of thousands of confirmed pairs, each aligned sentence by
     * sentence, measure the alignment and not whether candidate pairs are found without comparing
     * every pair; a news day holds mostly distinct stories.
     */
    static String distinctStory(String text, long k) {
        return k == 0 ? text : CAPITALISED.matcher(text).replaceAll("$0" + k);
    }

    private static final Pattern CAPITALISED = Pattern.compile("\\b\\p{Lu}\\p{L}*");

    private static double resolutionMs(EntityFinder finder, List<Article> base, long articles) {
        Rate.Stopwatch watch = Rate.start();
        long actors = 0;
        for (long i = 0; i < articles; i++) {
            Article a = base.get((int) (i % base.size()));
            actors += finder.find(a.text(), a.metadata().dateValue()).actors().actors().size();
        }
        // Rate of "articles" per CPU second, turned into CPU milliseconds per article.
        double perCpuSecond = watch.stop(articles).perCpuSecond();
        if (actors < 0) {
            throw new AssertionError(); // keeps the results observable, so no work is optimised away
        }
        return 1000 / perCpuSecond;
    }
}
