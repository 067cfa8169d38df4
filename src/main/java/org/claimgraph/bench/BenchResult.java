package org.claimgraph.bench;

import java.util.List;

/**
 * Everything one benchmark run measured.
 *
 * @param corpus                  where the base texts came from
 * @param baseArticles            articles in the base corpus
 * @param baseWords               words in the base corpus
 * @param sampleWords             words in the sample timed for one-core extraction and the OpenNLP floor
 * @param extractPerCore          article → quads on one thread, words per CPU second and per wall second
 * @param extractAllCores         the same on all cores, over the whole base corpus, words per wall second
 * @param tokenizePos             OpenNLP sentence split + tokenize + POS on one thread
 * @param compareArticles         articles loaded by both loaders for the ingest comparison
 * @param compareTriples          triples those articles hold
 * @param ingestTriplesPerSec     claimgraph's {@link org.claimgraph.store.BatchLoader} into a fresh store
 * @param jenaBulkTriplesPerSec   Jena's TDB2 phased bulk loader, the same quads into another fresh store
 * @param scales                  the store at each size, smallest first
 * @param peakHeapMb              peak heap in use over the run
 * @param batchSize               articles per write transaction
 * @param scaling                 actor resolution and copy detection over the corpus at N (issues 4, 5)
 * @param jenaBulkStoreMb         size on disk of the bulk loader's store (MiB of file length)
 */
public record BenchResult(Machine machine, String corpus, int baseArticles, long baseWords, long sampleWords,
                          Rate extractPerCore, double extractAllCores, Rate tokenizePos,
                          long compareArticles, long compareTriples,
                          double ingestTriplesPerSec, double jenaBulkTriplesPerSec,
                          List<ScaleResult> scales, double peakHeapMb, int batchSize,
                          CorpusScaling scaling, double jenaBulkStoreMb) {

    public BenchResult {
        scales = List.copyOf(scales);
    }

    public ScaleResult largest() {
        return scales.get(scales.size() - 1);
    }
}
