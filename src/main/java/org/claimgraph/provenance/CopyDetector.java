package org.claimgraph.provenance;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds articles that are copies of one story, without comparing every pair: an inverted index from
 * name-and-number shingles to articles proposes only pairs that share shingles, and each proposed
 * pair is confirmed by an order-preserving alignment of its sentences.
 */
public final class CopyDetector {

    /** A shingle in more articles than this says nothing about any pair (think "united states"). */
    private static final int MAX_POSTINGS = 200;
    private static final int MIN_SHARED_SHINGLES = 3;
    private static final int MIN_ALIGNED = 3;
    /**
     * Share of the shorter article's sentences that must align, and of its shingles that must be shared.
     * Articles on one topic share names ("Kataib Hezbollah", "Iraq") in a third of their sentences;
     * copies of one story share them in most, and in the same order.
     */
    private static final double MIN_ALIGNED_SHARE = 0.5;
    private static final double MIN_SIMILARITY = 0.2;

    /** One article's fingerprint: sentences as anchor lists, and its shingles. */
    private record Print(List<List<String>> sentences, Set<String> shingles) {
    }

    /** What the detector found: confirmed pairs, and the groups of articles telling one story. */
    public record Result(List<CopyPair> pairs, List<List<String>> groups) {
    }

    private CopyDetector() {
    }

    public static Result detect(List<StoryText> articles) {
        List<Print> prints = articles.stream().map(a -> print(a.text())).toList();
        Map<String, List<Integer>> index = new HashMap<>();
        for (int i = 0; i < prints.size(); i++) {
            for (String s : prints.get(i).shingles()) {
                index.computeIfAbsent(s, k -> new ArrayList<>()).add(i);
            }
        }
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
        for (Map.Entry<Long, Integer> e : shared.entrySet()) {
            if (e.getValue() < MIN_SHARED_SHINGLES) {
                continue;
            }
            int i = (int) (e.getKey() >>> 32);
            int j = (int) (e.getKey() & 0xffffffffL);
            Print a = prints.get(i);
            Print b = prints.get(j);
            SentenceAlignment.Result al = SentenceAlignment.align(a.sentences(), b.sentences());
            int shorter = Math.min(al.sentencesA(), al.sentencesB());
            double similarity = (double) e.getValue() / Math.max(1, Math.min(a.shingles().size(), b.shingles().size()));
            if (al.aligned() >= MIN_ALIGNED && al.aligned() >= MIN_ALIGNED_SHARE * shorter
                    && similarity >= MIN_SIMILARITY) {
                pairs.add(new CopyPair(articles.get(i).article(), articles.get(j).article(), e.getValue(),
                        similarity, al.aligned(), al.sentencesA(), al.sentencesB()));
                parent[find(parent, i)] = find(parent, j);
            }
        }
        Map<Integer, List<String>> groups = new LinkedHashMap<>();
        for (int i = 0; i < articles.size(); i++) {
            groups.computeIfAbsent(find(parent, i), k -> new ArrayList<>()).add(articles.get(i).article());
        }
        return new Result(pairs, new ArrayList<>(groups.values()));
    }

    /**
     * The shingles that propose pairs for {@link #detect}: articles sharing none cannot be copies, so
     * an engine can block on them before running the detector on each block.
     */
    public static Set<String> shingles(String text) {
        return print(text).shingles();
    }

    private static Print print(String text) {
        List<List<String>> sentences = Anchors.sentences(text).stream().map(Anchors::of).toList();
        Set<String> shingles = new HashSet<>();
        sentences.forEach(s -> shingles.addAll(Anchors.shingles(s)));
        return new Print(sentences, shingles);
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }
}
