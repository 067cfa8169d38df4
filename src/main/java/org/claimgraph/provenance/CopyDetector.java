package org.claimgraph.provenance;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Finds articles that are copies of one story, without comparing every pair: an inverted index from
 * name-and-number shingles to articles proposes only pairs that share shingles, and each proposed
 * pair is confirmed by an order-preserving alignment of its sentences. Articles are added one at a
 * time, so a corpus can be streamed through it: {@code CopyDetector.detect(stream)}, or
 * {@code new CopyDetector()}, {@code add} each, {@code result()}. Sentence signatures are computed only
 * for the articles of proposed pairs: kept for every article they would weigh ten times its text.
 */
public final class CopyDetector {

    /** A shingle in more articles than this says nothing about any pair (think "united states"). */
    static final int MAX_POSTINGS = 200;
    static final int MIN_SHARED_SHINGLES = 3;
    private static final int MIN_ALIGNED = 3;
    /**
     * Share of the shorter article's sentences that must align, and of its shingles that must be shared.
     * Articles on one topic share names ("Kataib Hezbollah", "Iraq") in a third of their sentences;
     * copies of one story share them in most, and in the same order.
     */
    private static final double MIN_ALIGNED_SHARE = 0.5;
    private static final double MIN_SIMILARITY = 0.2;

    /** One article as kept: its text, and how many distinct shingles it has (they live in the index). */
    private record Print(String text, int shingles) {
    }

    /**
     * What the detector found: confirmed pairs, the groups of articles telling one story, and how many
     * pairs were aligned to find them (against n(n-1)/2 for comparing every pair).
     */
    public record Result(List<CopyPair> pairs, List<List<String>> groups, int alignedPairs) {
    }

    private final List<String> articles = new ArrayList<>();
    private final List<Print> prints = new ArrayList<>();
    private final Map<String, List<Integer>> index = new HashMap<>();

    /** An empty detector; {@link #add} articles one by one, then {@link #result}. */
    public CopyDetector() {
    }

    /** Copies among {@code articles}, read once, in order. */
    public static Result detect(Stream<StoryText> articles) {
        CopyDetector detector = new CopyDetector();
        articles.forEachOrdered(detector::add);
        return detector.result();
    }

    public static Result detect(List<StoryText> articles) {
        return detect(articles.stream());
    }

    /** Indexes one article's shingles. */
    public void add(StoryText article) {
        Set<String> shingles = new HashSet<>();
        Anchors.sentences(article.text()).forEach(s -> shingles.addAll(Anchors.shingles(Anchors.of(s))));
        int id = prints.size();
        articles.add(article.article());
        prints.add(new Print(article.text(), shingles.size()));
        for (String s : shingles) {
            index.computeIfAbsent(s, k -> new ArrayList<>(2)).add(id);
        }
    }

    /** The pairs among the articles added so far: only those sharing shingles are aligned. */
    public Result result() {
        Map<Long, Integer> shared = new LinkedHashMap<>();
        for (List<Integer> postings : index.values()) {
            if (postings.size() < 2 || postings.size() > MAX_POSTINGS) {
                continue;
            }
            for (int x = 0; x < postings.size(); x++) {
                for (int y = x + 1; y < postings.size(); y++) {
                    shared.merge(((long) postings.get(x) << 32) | postings.get(y), 1, Integer::sum);
                }
            }
        }
        List<CopyPair> pairs = new ArrayList<>();
        int[] parent = new int[articles.size()];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
        }
        Map<Integer, List<SentenceSignature>> signatures = new HashMap<>();
        int aligned = 0;
        List<Map.Entry<Long, Integer>> candidates = new ArrayList<>(shared.entrySet());
        candidates.sort(Map.Entry.comparingByKey());
        for (Map.Entry<Long, Integer> e : candidates) {
            if (e.getValue() < MIN_SHARED_SHINGLES) {
                continue;
            }
            int i = (int) (e.getKey() >>> 32);
            int j = (int) (e.getKey() & 0xffffffffL);
            Print a = prints.get(i);
            Print b = prints.get(j);
            if (!proposes(e.getValue(), a.shingles(), b.shingles())) {
                continue;
            }
            aligned++;
            Optional<CopyPair> pair = confirm(articles.get(i),
                    signatures.computeIfAbsent(i, k -> signatures(a.text())), a.shingles(), articles.get(j),
                    signatures.computeIfAbsent(j, k -> signatures(b.text())), b.shingles(), e.getValue());
            if (pair.isPresent()) {
                pairs.add(pair.get());
                parent[find(parent, i)] = find(parent, j);
            }
        }
        Map<Integer, List<String>> groups = new LinkedHashMap<>();
        for (int i = 0; i < articles.size(); i++) {
            groups.computeIfAbsent(find(parent, i), k -> new ArrayList<>()).add(articles.get(i));
        }
        return new Result(pairs, new ArrayList<>(groups.values()), aligned);
    }

    /**
     * The shingles that propose pairs for {@link #detect}: articles sharing none cannot be copies, so
     * an engine can block on them before running the detector on each block.
     */
    public static Set<String> shingles(String text) {
        Set<String> shingles = new HashSet<>();
        Anchors.sentences(text).forEach(s -> shingles.addAll(Anchors.shingles(Anchors.of(s))));
        return shingles;
    }

    /** Whether two articles sharing {@code shared} shingles are worth aligning (as {@link #result} decides). */
    static boolean proposes(int shared, int shinglesA, int shinglesB) {
        return shared >= MIN_SHARED_SHINGLES && similarity(shared, shinglesA, shinglesB) >= MIN_SIMILARITY;
    }

    private static double similarity(int shared, int shinglesA, int shinglesB) {
        return (double) shared / Math.max(1, Math.min(shinglesA, shinglesB));
    }

    static List<SentenceSignature> signatures(String text) {
        return SentenceSignature.of(Anchors.sentences(text));
    }

    /** The pair {@code a}, {@code b} if their sentences align as copies' do, as {@link #result} confirms pairs. */
    static Optional<CopyPair> confirm(String a, List<SentenceSignature> sentencesA, int shinglesA,
                                      String b, List<SentenceSignature> sentencesB, int shinglesB, int shared) {
        SentenceAlignment.Result al = SentenceAlignment.align(sentencesA, sentencesB);
        int shorter = Math.min(al.sentencesA(), al.sentencesB());
        if (al.aligned() >= MIN_ALIGNED && al.aligned() >= MIN_ALIGNED_SHARE * shorter) {
            return Optional.of(new CopyPair(a, b, shared, similarity(shared, shinglesA, shinglesB), al.aligned(),
                    al.sentencesA(), al.sentencesB()));
        }
        return Optional.empty();
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }
}
