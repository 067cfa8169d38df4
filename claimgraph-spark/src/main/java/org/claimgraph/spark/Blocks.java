package org.claimgraph.spark;

import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.storage.StorageLevel;
import scala.Tuple2;

/**
 * Connected components of an undirected graph given as an edge list in both directions, by
 * min-label propagation: every node takes the least label among itself and its neighbours until none
 * changes. Rounds grow with a component's diameter, which for copies of one story is small.
 */
final class Blocks {

    private Blocks() {
    }

    /** Each node with the least node of its component. */
    static JavaPairRDD<String, String> label(JavaRDD<String> nodes, JavaPairRDD<String, String> edges) {
        JavaPairRDD<String, String> labels = nodes.mapToPair(n -> new Tuple2<>(n, n)).persist(StorageLevel.MEMORY_AND_DISK());
        while (true) {
            JavaPairRDD<String, String> next = edges.join(labels)
                    .mapToPair(e -> new Tuple2<>(e._2()._1(), e._2()._2()))
                    .union(labels)
                    .reduceByKey((a, b) -> a.compareTo(b) <= 0 ? a : b)
                    .persist(StorageLevel.MEMORY_AND_DISK());
            long changed = next.join(labels).filter(l -> !l._2()._1().equals(l._2()._2())).count();
            labels.unpersist();
            labels = next;
            if (changed == 0) {
                return labels;
            }
        }
    }
}
