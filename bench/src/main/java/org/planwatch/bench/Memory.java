package org.planwatch.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Peaks of this process's memory: the heap pools' peak usage, and the kernel's high-water mark of
 * its RSS; both can be reset, so that each stage of a run gets its own.
 */
final class Memory {
    private Memory() {}

    /** Starts new peaks: the heap pools' and, where Linux allows it, the RSS high-water mark. */
    static void resetPeaks() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
        try {
            Files.writeString(Path.of("/proc/self/clear_refs"), "5"); // resets VmHWM to the current RSS
        } catch (IOException | RuntimeException e) {
            // not Linux, or not allowed: the RSS peak is then the run's so far
        }
    }

    /** {@code heap_mb} and {@code rss_mb} since the last reset. */
    static java.util.Map<String, Long> peaks() {
        return java.util.Map.of("heap_mb", heapPeakMb(), "rss_mb", rssPeakMb());
    }

    static long heapPeakMb() {
        long bytes = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
                bytes += pool.getPeakUsage().getUsed();
            }
        }
        return bytes / (1024 * 1024);
    }

    /** VmHWM from /proc/self/status; 0 where there is no /proc. */
    static long rssPeakMb() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024;
                }
            }
        } catch (IOException | NumberFormatException e) {
            // not Linux: no figure
        }
        return 0;
    }
}
