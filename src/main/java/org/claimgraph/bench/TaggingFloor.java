package org.claimgraph.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import org.claimgraph.ingest.Article;

/**
 * The floor the extractor is compared with: Apache OpenNLP splitting sentences, tokenizing and
 * POS-tagging the same text with the models claimgraph's nlp package uses (UD-EWT 1.3, Penn tags), on
 * one thread. Sentence splitting is included because the tagger is meant to see sentences; it is a
 * small part of the cost. Lemmatizing is left out: it is not part of "tokenize + POS".
 */
final class TaggingFloor {

    // The same resources as org.claimgraph.nlp.EnglishModels, which is package-private there.
    private static final String SENTENCE = "/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
    private static final String TOKENS = "/opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin";
    private static final String POS = "/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";

    private final SentenceDetectorME sentences;
    private final TokenizerME tokenizer;
    private final POSTaggerME tagger;

    TaggingFloor() {
        try {
            sentences = new SentenceDetectorME(new SentenceModel(open(SENTENCE)));
            tokenizer = new TokenizerME(new TokenizerModel(open(TOKENS)));
            tagger = new POSTaggerME(new POSModel(open(POS)), POSTagFormat.PENN);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the OpenNLP models", e);
        }
    }

    /**
     * Words per second over {@code articles}, timed on a second pass: the first, untimed, lets the JIT
     * compile the taggers, so the figure is the steady state a long ingest runs at.
     */
    Rate wordsPerSecond(List<Article> articles) {
        articles.forEach(a -> tag(a.text()));
        long words = articles.stream().mapToLong(a -> BenchCorpus.words(a.text())).sum();
        long tags = 0;
        Rate.Stopwatch watch = Rate.start();
        for (Article a : articles) {
            tags += tag(a.text());
        }
        Rate rate = watch.stop(words);
        if (tags < 0) {
            throw new AssertionError(); // keeps the work observable, so nothing is optimised away
        }
        return rate;
    }

    private int tag(String text) {
        int n = 0;
        for (String line : text.split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            for (String sentence : sentences.sentDetect(line)) {
                n += tagger.tag(tokenizer.tokenize(sentence)).length;
            }
        }
        return n;
    }

    private static InputStream open(String resource) throws IOException {
        InputStream in = TaggingFloor.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IOException("missing model " + resource);
        }
        return in;
    }
}
