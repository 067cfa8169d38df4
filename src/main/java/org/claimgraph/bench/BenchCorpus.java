package org.claimgraph.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.claimgraph.ingest.Article;
import org.claimgraph.ingest.ArticleReader;

/**
 * The texts the benchmark runs on: PolNeAR's train and dev texts when they are there (real political
 * news, about 750 words an article), else the five seed articles. Read at run time, never copied.
 *
 * @param articles    the base corpus, replicated by {@link Replicas} to reach larger scales
 * @param description where the texts came from, for the report
 */
public record BenchCorpus(List<Article> articles, String description) {

    public BenchCorpus {
        articles = List.copyOf(articles);
        if (articles.isEmpty()) {
            throw new IllegalArgumentException("no articles for the benchmark in " + description);
        }
    }

    /** PolNeAR's train+dev texts under {@code polnear} if present, else the seeds in {@code seeds}. */
    public static BenchCorpus load(Path polnear, Path seeds) {
        List<Path> splits = new ArrayList<>();
        for (String split : List.of("train", "dev")) {
            Path text = polnear.resolve(split).resolve("text");
            if (Files.isDirectory(text)) {
                splits.add(text);
            }
        }
        if (!splits.isEmpty()) {
            return new BenchCorpus(new ArticleReader().read(splits).articles(), "PolNeAR " + splits);
        }
        return new BenchCorpus(new ArticleReader().read(seeds).articles(), "seed articles " + seeds);
    }

    public long words() {
        return articles.stream().mapToLong(a -> words(a.text())).sum();
    }

    /** Whitespace-separated words: the unit of every words/s figure, the same for all measurements. */
    public static long words(String text) {
        long n = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            boolean space = Character.isWhitespace(text.charAt(i));
            if (!space && !inWord) {
                n++;
            }
            inWord = !space;
        }
        return n;
    }

    /** The first articles holding at least {@code words} words (all of them if the corpus is smaller). */
    public List<Article> sample(long words) {
        List<Article> out = new ArrayList<>();
        long seen = 0;
        for (Article a : articles) {
            if (seen >= words) {
                break;
            }
            out.add(a);
            seen += words(a.text());
        }
        return out;
    }
}
