package org.claimgraph.provenance;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;
import org.claimgraph.rdf.Vocab.CG;

/**
 * One run of the incremental stories pass, inside the caller's write transaction: (re)indexes the
 * articles that changed, finds their copies through the shingle index, and rewrites only the stories
 * they join or leave. Every step reads the store by index lookups; nothing here is proportional to
 * the store except the list of article IRIs, read from one index range.
 *
 * <p>Pairs and groups come out as {@link CopyDetector#result} gives them for the whole corpus: a pair
 * is counted on the shingles held by 2 to {@link CopyDetector#MAX_POSTINGS} articles, its members
 * are taken in IRI order (the order the full pass reads them in), and a story's group is the
 * connected set of its confirmed pairs.
 */
final class StoryUpdate {

    /** Texts kept for aligning, by article: enough for the stories one ingest touches. */
    private static final int CACHED_ARTICLES = 512;

    private final DatasetGraph dsg;
    private final StoryIndex index;
    private final StoriesGraph stories;
    private final Map<String, List<SentenceSignature>> signatures = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, List<SentenceSignature>> eldest) {
            return size() > CACHED_ARTICLES;
        }
    };
    private final Map<Long, Boolean> telling = new HashMap<>();
    private final Set<Long> tooCommon = new HashSet<>();
    private final Map<String, Integer> shingleCounts = new HashMap<>();
    private int aligned;

    StoryUpdate(DatasetGraph dsg) {
        this.dsg = dsg;
        this.index = new StoryIndex(dsg);
        this.stories = new StoriesGraph(dsg);
    }

    /**
     * Indexes the articles the index lacks and forgets those gone from the store, leaving the stories
     * graph alone: for a store whose stories graph was computed elsewhere (a scale-out job's shard).
     */
    void indexOnly() {
        Set<String> inStore = articlesInStore();
        Set<String> indexed = index.articles();
        for (String a : indexed) {
            if (!inStore.contains(a)) {
                index.remove(a);
            }
        }
        for (String a : new TreeSet<>(inStore)) {
            if (!indexed.contains(a)) {
                StoriesPass.read(dsg, a).ifPresent(article -> index.add(a, StoryIndex.shingles(article.text().text())));
            }
        }
    }

    /** Brings the index and the stories graph up to date with the store, {@code loaded} being written anew. */
    CopyDetector.Result run(Collection<String> loaded) {
        Set<String> inStore = articlesInStore();
        Set<String> indexed = index.articles();
        // Written by this ingest, or left unindexed by an earlier pass that did not finish.
        TreeSet<String> changed = new TreeSet<>();
        loaded.stream().filter(inStore::contains).forEach(changed::add);
        inStore.stream().filter(a -> !indexed.contains(a)).forEach(changed::add);
        Set<String> gone = new HashSet<>(indexed);
        gone.removeAll(inStore);

        Set<Node> touched = new LinkedHashSet<>();
        for (String a : changed) {
            stories.storyOf(a).ifPresent(touched::add);
            index.remove(a);
        }
        for (String a : gone) {
            stories.storyOf(a).ifPresent(touched::add);
            index.remove(a);
        }
        // All of them first, so that a shingle's postings count the whole corpus, as in the full pass.
        for (String a : changed) {
            StoriesPass.read(dsg, a).ifPresent(article -> index.add(a, StoryIndex.shingles(article.text().text())));
        }

        List<CopyPair> pairs = new ArrayList<>();
        for (String a : changed) {
            pairsOf(a, changed, pairs);
        }
        Set<String> members = new TreeSet<>(changed);
        for (CopyPair p : pairs) {
            members.add(p.a());
            members.add(p.b());
            stories.storyOf(p.a()).ifPresent(touched::add);
            stories.storyOf(p.b()).ifPresent(touched::add);
        }
        // Old copies of a story one of these articles joins or leaves: their pairs are found again, so
        // that a story an article left may split.
        for (Node story : touched) {
            List<String> old = stories.members(story).stream()
                    .filter(m -> !changed.contains(m) && !gone.contains(m)).sorted().toList();
            members.addAll(old);
            for (int i = 0; i < old.size(); i++) {
                for (int j = i + 1; j < old.size(); j++) {
                    pair(old.get(i), old.get(j), sharedShingles(old.get(i), old.get(j))).ifPresent(pairs::add);
                }
            }
        }
        pairs.sort(Comparator.comparing(CopyPair::a).thenComparing(CopyPair::b));

        touched.forEach(stories::remove);
        List<List<String>> groups = groups(members, pairs);
        for (List<String> group : groups) {
            write(group, pairs);
        }
        return new CopyDetector.Result(pairs, groups, aligned);
    }

    private Set<String> articlesInStore() {
        Set<String> out = new HashSet<>();
        dsg.find(Node.ANY, Node.ANY, RDF.type.asNode(), CG.Article.asNode())
                .forEachRemaining((Quad q) -> out.add(q.getSubject().getURI()));
        return out;
    }

    /** The confirmed pairs of {@code a} with the articles sharing its shingles (a changed one only once). */
    private void pairsOf(String a, Set<String> changed, List<CopyPair> out) {
        Map<String, Integer> shared = new TreeMap<>();
        for (long h : index.shinglesOf(a)) {
            if (tooCommon.contains(h)) {
                continue;
            }
            List<String> postings = index.postings(h, CopyDetector.MAX_POSTINGS);
            if (postings.size() > CopyDetector.MAX_POSTINGS) {
                tooCommon.add(h); // "trump" is in most articles: read its postings once, not per new article
                continue;
            }
            if (postings.size() < 2) {
                continue;
            }
            for (String b : postings) {
                if (!b.equals(a) && !(changed.contains(b) && b.compareTo(a) < 0)) {
                    shared.merge(b, 1, Integer::sum);
                }
            }
        }
        shared.forEach((b, n) -> (a.compareTo(b) < 0 ? pair(a, b, n) : pair(b, a, n)).ifPresent(out::add));
    }

    /** Shingles two indexed articles share, counting only those that tell pairs apart. */
    private int sharedShingles(String a, String b) {
        Set<Long> common = index.shinglesOf(a);
        common.retainAll(index.shinglesOf(b));
        int n = 0;
        for (long h : common) {
            if (telling.computeIfAbsent(h, k -> {
                int postings = index.postings(k, CopyDetector.MAX_POSTINGS).size();
                return postings >= 2 && postings <= CopyDetector.MAX_POSTINGS;
            })) {
                n++;
            }
        }
        return n;
    }

    /** The pair {@code a < b} (IRI order) if it is proposed and its sentences align. */
    private java.util.Optional<CopyPair> pair(String a, String b, int shared) {
        if (shared < CopyDetector.MIN_SHARED_SHINGLES) {
            return java.util.Optional.empty(); // most articles sharing a shingle share only one or two
        }
        int countA = shingleCount(a);
        int countB = shingleCount(b);
        if (!CopyDetector.proposes(shared, countA, countB)) {
            return java.util.Optional.empty();
        }
        aligned++;
        return CopyDetector.confirm(a, signatures(a), countA, b, signatures(b), countB, shared);
    }

    private int shingleCount(String article) {
        return shingleCounts.computeIfAbsent(article, index::shingleCount);
    }

    private List<SentenceSignature> signatures(String article) {
        return signatures.computeIfAbsent(article, a -> StoriesPass.read(dsg, a)
                .map(x -> CopyDetector.signatures(x.text().text())).orElse(List.of()));
    }

    /** Connected sets of {@code members} through {@code pairs}, each in IRI order, ordered by first member. */
    private static List<List<String>> groups(Set<String> members, List<CopyPair> pairs) {
        Map<String, String> parent = new HashMap<>();
        members.forEach(m -> parent.put(m, m));
        for (CopyPair p : pairs) {
            parent.put(root(parent, p.a()), root(parent, p.b()));
        }
        Map<String, List<String>> groups = new LinkedHashMap<>();
        for (String m : members) { // a TreeSet: IRI order
            groups.computeIfAbsent(root(parent, m), k -> new ArrayList<>()).add(m);
        }
        return new ArrayList<>(groups.values());
    }

    private static String root(Map<String, String> parent, String m) {
        String r = m;
        while (!parent.get(r).equals(r)) {
            r = parent.get(r);
        }
        parent.put(m, r);
        return r;
    }

    /** Writes the story of one group, if it is one (see {@link StoriesPass#graph}). */
    private void write(List<String> group, List<CopyPair> pairs) {
        List<StoriesPass.Article> articles = new ArrayList<>();
        for (String m : group) {
            StoriesPass.read(dsg, m).ifPresent(articles::add);
        }
        Set<String> in = new HashSet<>(group);
        List<CopyPair> own = pairs.stream().filter(p -> in.contains(p.a())).toList();
        stories.add(StoriesPass.graph(articles, new CopyDetector.Result(own, List.of(group), 0)).getGraph());
    }
}
