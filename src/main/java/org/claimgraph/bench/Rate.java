package org.claimgraph.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/**
 * Words per second on one thread, two ways: per second of the thread's own CPU time, which holds on a
 * machine others are using at the same time, and per second of wall-clock time, which does not.
 */
public record Rate(double perCpuSecond, double perWallSecond) {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    /** Starts timing the calling thread. */
    static Stopwatch start() {
        return new Stopwatch(THREADS.getCurrentThreadCpuTime(), System.nanoTime());
    }

    record Stopwatch(long cpuStart, long wallStart) {

        /** The rate of {@code words} since the start, on the same thread. */
        Rate stop(long words) {
            long cpu = Math.max(1, THREADS.getCurrentThreadCpuTime() - cpuStart);
            long wall = Math.max(1, System.nanoTime() - wallStart);
            return new Rate(words / (cpu / 1e9), words / (wall / 1e9));
        }
    }
}
