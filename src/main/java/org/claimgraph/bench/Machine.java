package org.claimgraph.bench;

import java.lang.management.ManagementFactory;

/**
 * The machine a benchmark ran on. The load average is taken at the start and the end because the
 * figures mean little on a machine others are using at the same time.
 */
public record Machine(int cores, double maxHeapMb, String jvm, String os, double loadAtStart, double loadAtEnd) {

    static Machine now(double loadAtStart) {
        Runtime rt = Runtime.getRuntime();
        return new Machine(rt.availableProcessors(), rt.maxMemory() / (1024.0 * 1024.0),
                System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"),
                System.getProperty("os.name") + " " + System.getProperty("os.arch"),
                loadAtStart, loadAverage());
    }

    static double loadAverage() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }
}
