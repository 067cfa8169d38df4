package org.claimgraph.spark;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.storage.StorageLevel;
import org.claimgraph.provenance.CopyDetector;
import org.claimgraph.provenance.StoriesPass;
import org.claimgraph.provenance.StoryText;
import org.claimgraph.rdf.Vocab;
import org.claimgraph.store.ShardQuads;
import scala.Tuple2;

/**
 * The second pass: the stories graph (copies of one story across articles) from the article shards,
 * without bringing the corpus to the driver. Articles are blocked as the core's copy detector blocks
 * them, on shared name-and-number shingles: pairs sharing enough shingles are joined into connected
 * blocks, and the core's own stories pass runs on each block's articles on a worker. Two articles in
 * different blocks share too few shingles for the detector ever to pair them, so every block's stories
 * are the ones the pass over the whole corpus finds.
 */
final class StoriesJob {

    /** The copy detector's limits on shingle postings and shared shingles (provenance.CopyDetector). */
    private static final int MAX_POSTINGS = 200;
    private static final int MIN_SHARED_SHINGLES = 3;

    private StoriesJob() {
    }

    /** Writes the stories graph of the article shards in {@code articles} to {@code stories}; returns its triples. */
    static long run(JavaSparkContext sc, String articles, String stories) {
        JavaPairRDD<String, Iterable<String>> graphs = sc.textFile(articles)
                .mapToPair(line -> new Tuple2<>(QuadLines.graphOf(line), line))
                .groupByKey()
                .persist(StorageLevel.MEMORY_AND_DISK());
        JavaPairRDD<String, String> shingles = graphs.flatMapToPair(g -> {
            List<Tuple2<String, String>> out = new ArrayList<>();
            for (StoryText story : StoriesPass.stories(QuadLines.dataset(g._2()))) {
                for (String s : CopyDetector.shingles(story.text())) {
                    out.add(new Tuple2<>(s, story.article()));
                }
            }
            return out.iterator();
        });
        JavaPairRDD<String, String> edges = shingles.groupByKey()
                .flatMapToPair(posting -> {
                    List<String> ids = new ArrayList<>();
                    posting._2().forEach(ids::add);
                    List<Tuple2<Tuple2<String, String>, Integer>> pairs = new ArrayList<>();
                    if (ids.size() >= 2 && ids.size() <= MAX_POSTINGS) {
                        ids.sort(null);
                        for (int x = 0; x < ids.size(); x++) {
                            for (int y = x + 1; y < ids.size(); y++) {
                                pairs.add(new Tuple2<>(new Tuple2<>(ids.get(x), ids.get(y)), 1));
                            }
                        }
                    }
                    return pairs.iterator();
                })
                .reduceByKey(Integer::sum)
                .filter(e -> e._2() >= MIN_SHARED_SHINGLES)
                .flatMapToPair(e -> List.of(e._1(), e._1().swap()).iterator())
                .persist(StorageLevel.MEMORY_AND_DISK());
        JavaPairRDD<String, String> blocks = Blocks.label(graphs.keys(), edges);
        JavaRDD<String> quads = graphs.join(blocks)
                .mapToPair(g -> new Tuple2<>(g._2()._2(), g._2()._1()))
                .groupByKey()
                .map(block -> {
                    List<String> lines = new ArrayList<>();
                    block._2().forEach(article -> article.forEach(lines::add));
                    Model found = StoriesPass.compute(QuadLines.dataset(lines));
                    return found.isEmpty() ? "" : ShardQuads.of(
                            NodeFactory.createURI(Vocab.STORIES_GRAPH.getURI()), found.getGraph()).strip();
                })
                .filter(text -> !text.isEmpty())
                .persist(StorageLevel.MEMORY_AND_DISK());
        // One stories shard: the graph is small (a node per copy), and one file keeps it one graph piece for push.
        quads.coalesce(1).saveAsTextFile(stories);
        long triples = quads.map(t -> (long) t.split("\n").length).fold(0L, Long::sum);
        graphs.unpersist();
        edges.unpersist();
        quads.unpersist();
        return triples;
    }

}
