package org.claimgraph.nlp;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import opennlp.tools.lemmatizer.LemmatizerModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerModel;

/**
 * The OpenNLP UD-EWT English models, read once from the classpath (they ship inside the
 * opennlp-models-*-en jars). Model objects are immutable and thread-safe, so one copy serves all
 * threads; only the ME decoders built on them hold per-call state.
 */
final class EnglishModels {

    static final String SENTENCE = "/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
    static final String TOKENS = "/opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin";
    static final String POS = "/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";
    static final String LEMMAS = "/opennlp-en-ud-ewt-lemmas-1.3-2.5.4.bin";

    final SentenceModel sentence;
    final TokenizerModel tokens;
    final POSModel pos;
    final LemmatizerModel lemmas;

    private EnglishModels() {
        try {
            sentence = new SentenceModel(open(SENTENCE));
            tokens = new TokenizerModel(open(TOKENS));
            pos = new POSModel(open(POS));
            lemmas = new LemmatizerModel(open(LEMMAS));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read OpenNLP models from the classpath", e);
        }
    }

    private static InputStream open(String resource) throws IOException {
        InputStream in = EnglishModels.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IOException("missing model " + resource + " (is opennlp-models-*-en on the classpath?)");
        }
        return in;
    }

    /** Loaded on first use, once per JVM (class-holder idiom: lazy and thread-safe without locks). */
    private static final class Holder {
        static final EnglishModels INSTANCE = new EnglishModels();
    }

    static EnglishModels get() {
        return Holder.INSTANCE;
    }
}
