package org.claimgraph.eval;

import com.google.common.base.CharMatcher;
import com.google.common.base.Splitter;
import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.claimgraph.extract.Attribution;
import org.claimgraph.extract.AttributionExtractor;

/** Runs an extractor over a PolNeAR split and scores it against the gold attributions. */
public final class AttributionEvaluation {

    private static final Splitter WORDS = Splitter.on(CharMatcher.whitespace()).omitEmptyStrings();

    private final AttributionExtractor extractor;

    public AttributionEvaluation(AttributionExtractor extractor) {
        this.extractor = extractor;
    }

    public Evaluation run(AttributionCorpus corpus) throws IOException {
        return run(corpus, Integer.MAX_VALUE);
    }

    /** Scores the first {@code limit} articles in alphabetical order. */
    public Evaluation run(AttributionCorpus corpus, int limit) throws IOException {
        if (limit < 0) {
            throw new IllegalArgumentException("limit must not be negative: " + limit);
        }
        Map<Role, RoleTally> roles = new EnumMap<>(Role.class);
        List<EvalError> errors = new ArrayList<>();
        int gold = 0;
        int predicted = 0;
        int allExact = 0;
        int articles = 0;
        long words = 0;
        long nanos = 0;
        for (String name : corpus.articleNames().stream().limit(limit).toList()) {
            GoldArticle article = corpus.load(name);
            // Only the extractor is timed: reading files and scoring are not its cost.
            long started = System.nanoTime();
            List<Attribution> found = extractor.extract(article.text());
            nanos += System.nanoTime() - started;

            ArticleScore score = ArticleScorer.score(article, found);
            score.tallies().forEach((role, tally) -> roles.merge(role, tally, RoleTally::plus));
            errors.addAll(score.errors());
            gold += score.gold();
            predicted += score.predicted();
            allExact += score.allExact();
            articles++;
            words += WORDS.splitToStream(article.text()).count();
        }
        EvalReport report = new EvalReport(corpus.dir().toString(), roles, gold, predicted, allExact,
                articles, words, nanos);
        return new Evaluation(report, errors);
    }
}
