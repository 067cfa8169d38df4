package org.claimgraph.spark;

import java.io.Serializable;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.claimgraph.extract.Extractors;
import org.claimgraph.ingest.Article;
import org.claimgraph.ingest.ArticleReader;
import org.claimgraph.ingest.ChunkedExtractor;
import org.claimgraph.ingest.IngestProblem;
import org.claimgraph.rdf.ClaimGraphs;
import org.claimgraph.store.ShardQuads;

/**
 * What a worker does with one input file: the core's own reader and article-to-graph function, the
 * ones `claimgraph extract` runs, giving each article's graph as N-Quads and each unusable input as a
 * problem line. The extractor (OpenNLP models) is built once per worker JVM, not per task.
 */
final class ArticleExtraction {

    /** An input file and the directory it was found under, which names it (its origin) as extract does. */
    record InputFile(String root, String file) implements Serializable {
    }

    /** One article's N-Quads, or a problem ("origin: reason") when {@code quads} is null. */
    record Output(String quads, String problem, int words) implements Serializable {
    }

    private static final class Holder {
        // Long texts are extracted in pieces, exactly as ingest and extract do.
        static final ClaimGraphs GRAPHS = new ClaimGraphs(new ChunkedExtractor(Extractors.all()));
    }

    private ArticleExtraction() {
    }

    static List<Output> of(InputFile input) {
        List<Output> out = new ArrayList<>();
        // A page holding several stories gives several articles of one text: count its words once.
        boolean[] counted = {false};
        new ArticleReader().readFile(Path.of(input.root()), Path.of(input.file()), result -> {
            if (result instanceof IngestProblem p) {
                out.add(new Output(null, p.origin() + ": " + p.reason(), 0));
                return;
            }
            Article article = (Article) result;
            try {
                String quads = ShardQuads.of(Holder.GRAPHS.of(article));
                out.add(new Output(quads, null, counted[0] ? 0 : words(article.text())));
                counted[0] = true;
            } catch (RuntimeException e) {
                // As ingest does: one failing article is reported, the others go on.
                out.add(new Output(null, article.origin() + ": " + e, 0));
            }
        });
        return out;
    }

    private static int words(String text) {
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            boolean letter = !Character.isWhitespace(text.charAt(i));
            if (letter && !inWord) {
                words++;
            }
            inWord = letter;
        }
        return words;
    }
}
