package org.claimgraph.nlp;

import java.util.ArrayList;
import java.util.List;

import opennlp.tools.lemmatizer.LemmatizerME;
import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.util.Span;

/**
 * Sentences, tokens, POS tags and lemmas for English text, via OpenNLP's UD-EWT models.
 * Thread-safe: models are shared, the (stateful) ME decoders are kept one per thread.
 * Segmentation is cheap; tagging is the expensive step and is done only on request, per sentence.
 */
public final class NlpPipeline {

    private static final NlpPipeline INSTANCE = new NlpPipeline();

    private final ThreadLocal<SentenceDetectorME> sentenceDetector;
    private final ThreadLocal<TokenizerME> tokenizer;
    private final ThreadLocal<POSTaggerME> tagger;
    private final ThreadLocal<LemmatizerME> lemmatizer;

    private NlpPipeline() {
        sentenceDetector = ThreadLocal.withInitial(() -> new SentenceDetectorME(EnglishModels.get().sentence));
        tokenizer = ThreadLocal.withInitial(() -> new TokenizerME(EnglishModels.get().tokens));
        // Penn tags: they keep the VBD/VBZ/VBN distinctions the attribution rules lean on.
        tagger = ThreadLocal.withInitial(() -> new POSTaggerME(EnglishModels.get().pos, POSTagFormat.PENN));
        lemmatizer = ThreadLocal.withInitial(() -> new LemmatizerME(EnglishModels.get().lemmas));
    }

    /** The shared pipeline; models load on first use. */
    public static NlpPipeline english() {
        return INSTANCE;
    }

    /**
     * Sentences with untagged tokens. Line breaks always end a sentence: in scraped news a line is
     * a paragraph, headline or caption, and the sentence model would otherwise run across them.
     */
    public List<Sentence> segment(String text) {
        List<Sentence> out = new ArrayList<>();
        int lineStart = 0;
        int n = text.length();
        while (lineStart < n) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = n;
            }
            segmentLine(text, lineStart, lineEnd, out);
            lineStart = lineEnd + 1;
        }
        return out;
    }

    private void segmentLine(String text, int from, int to, List<Sentence> out) {
        String line = text.substring(from, to);
        if (line.isBlank()) {
            return;
        }
        for (Span s : sentenceDetector.get().sentPosDetect(line)) {
            Span trimmed = s.trim(line);
            if (trimmed.length() == 0) {
                continue;
            }
            String sentence = line.substring(trimmed.getStart(), trimmed.getEnd());
            int base = from + trimmed.getStart();
            List<Token> tokens = new ArrayList<>();
            for (Span t : tokenizer.get().tokenizePos(sentence)) {
                tokens.add(Token.untagged(base + t.getStart(), base + t.getEnd()));
            }
            out.add(new Sentence(base, base + sentence.length(), tokens));
        }
    }

    /** The same sentence with POS tags and lemmas; returns it unchanged if already tagged. */
    public Sentence tag(String text, Sentence sentence) {
        if (sentence.tagged()) {
            return sentence;
        }
        List<Token> tokens = sentence.tokens();
        String[] words = new String[tokens.size()];
        for (int i = 0; i < words.length; i++) {
            words[i] = tokens.get(i).text(text);
        }
        String[] tags = tagger.get().tag(words);
        String[] lemmas = lemmatizer.get().lemmatize(words, tags);
        List<Token> out = new ArrayList<>(words.length);
        for (int i = 0; i < words.length; i++) {
            Token t = tokens.get(i);
            out.add(new Token(t.start(), t.end(), tags[i], lemmas[i]));
        }
        return new Sentence(sentence.start(), sentence.end(), out);
    }

    /** Segment and tag everything. */
    public List<Sentence> analyze(String text) {
        List<Sentence> out = new ArrayList<>();
        for (Sentence s : segment(text)) {
            out.add(tag(text, s));
        }
        return out;
    }
}
