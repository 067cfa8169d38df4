package org.claimgraph.bench;

import java.lang.management.ManagementFactory;

/**
 * Peak heap in use over a run (MemoryMXBean, garbage included), sampled every few milliseconds on a
 * daemon thread. Sampling rather than summing the heap pools' own peaks, because those peak at
 * different moments and their sum can exceed the heap itself. A sample can miss a peak shorter than
 * the interval; the figure is a floor of the true peak, within a few megabytes.
 */
final class HeapPeak implements AutoCloseable {

    private static final double MB = 1024.0 * 1024.0;

    private final Thread sampler;
    private volatile long peakUsed;
    private volatile boolean running = true;

    HeapPeak() {
        sampler = new Thread(this::sample, "claimgraph-heap-sampler");
        sampler.setDaemon(true);
        sampler.start();
    }

    private void sample() {
        while (running) {
            record();
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private void record() {
        long used = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        peakUsed = Math.max(peakUsed, used);
    }

    double megabytes() {
        record();
        return peakUsed / MB;
    }

    /**
     * Heap still in use after a full collection: the live set, which is what must stay flat as the
     * corpus grows. Forces a collection, so only for checkpoints of a benchmark.
     */
    static double liveMegabytes() {
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / MB;
    }

    @Override
    public void close() {
        running = false;
        sampler.interrupt();
    }
}
