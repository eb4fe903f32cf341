package org.planwatch.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

/**
 * Peaks of this process's memory: the heap in use (sampled every 20 ms: the pools' own peaks are
 * reached at different moments and do not add up), the most the heap held right after a
 * collection (what the process really keeps), and the kernel's high-water mark of its RSS. All
 * can be reset, so that each stage of a run gets its own.
 */
final class Memory {
    private static final AtomicLong HEAP_PEAK = new AtomicLong();
    private static final AtomicLong LIVE_PEAK = new AtomicLong();
    private static final Set<String> HEAP_POOLS = ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(pool -> pool.getType() == MemoryType.HEAP)
            .map(MemoryPoolMXBean::getName)
            .collect(Collectors.toSet());

    static {
        Thread sampler = new Thread(
                () -> {
                    while (true) {
                        HEAP_PEAK.accumulateAndGet(
                                ManagementFactory.getMemoryMXBean()
                                        .getHeapMemoryUsage()
                                        .getUsed(),
                                Math::max);
                        try {
                            Thread.sleep(20);
                        } catch (InterruptedException e) {
                            return;
                        }
                    }
                },
                "memory-sampler");
        sampler.setDaemon(true);
        sampler.start();
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (gc instanceof NotificationEmitter emitter) {
                emitter.addNotificationListener(
                        (notification, handback) -> {
                            if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(
                                    notification.getType())) {
                                var info = GarbageCollectionNotificationInfo.from(
                                        (CompositeData) notification.getUserData());
                                long after = info.getGcInfo().getMemoryUsageAfterGc().entrySet().stream()
                                        .filter(pool -> HEAP_POOLS.contains(pool.getKey()))
                                        .mapToLong(pool -> pool.getValue().getUsed())
                                        .sum();
                                LIVE_PEAK.accumulateAndGet(after, Math::max);
                            }
                        },
                        null,
                        null);
            }
        }
    }

    private Memory() {}

    /** Starts new peaks: the heap's and, where Linux allows it, the RSS high-water mark. */
    static void resetPeaks() {
        HEAP_PEAK.set(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
        LIVE_PEAK.set(0);
        try {
            Files.writeString(Path.of("/proc/self/clear_refs"), "5"); // resets VmHWM to the current RSS
        } catch (IOException | RuntimeException e) {
            // not Linux, or not allowed: the RSS peak is then the run's so far
        }
    }

    /** {@code heap_mb}, {@code heap_after_gc_mb} and {@code rss_mb} since the last reset. */
    static Map<String, Long> peaks() {
        return Map.of("heap_mb", heapPeakMb(), "heap_after_gc_mb", liveHeapPeakMb(), "rss_mb", rssPeakMb());
    }

    static long heapPeakMb() {
        return HEAP_PEAK.get() / (1024 * 1024);
    }

    /**
     * The most heap in use right after a collection: what the process holds, not what it has yet
     * to collect.
     */
    static long liveHeapPeakMb() {
        return LIVE_PEAK.get() / (1024 * 1024);
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
