package org.planwatch.bench;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import org.apache.kafka.streams.StreamsConfig;
import org.planwatch.domain.IndicatorDictionary;
import org.planwatch.evaluation.ProgressEvaluator;
import org.planwatch.schema.TopicSet;
import org.planwatch.streams.ProgressJob;
import org.planwatch.streams.StreamsProperties;

/**
 * The child side of {@link ChildJvmJob}: the progress job on synthetic counties. Prints
 * {@value #READY} once it holds its targets, then on {@value #STOP} (or end of input) its memory
 * peaks since then and exits.
 */
final class ChildJvmJobMain {
    static final String READY = "READY";
    static final String STOP = "STOP";
    static final String PEAKS = "PEAKS ";

    private ChildJvmJobMain() {}

    public static void main(String[] args) throws Exception {
        String bootstrap = args[0];
        String applicationId = args[1];
        Path state = Path.of(args[2]);
        TopicSet topics = TopicSet.defaults().prefixed(args[3]);
        String commitMs = args[4];
        SyntheticCounties province = new SyntheticCounties(Integer.parseInt(args[5]));
        int targets = Integer.parseInt(args[6]);
        try (ProgressJob job = ProgressJob.start(
                StreamsProperties.properties(
                        bootstrap,
                        applicationId,
                        state,
                        topics,
                        Map.of(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, commitMs)),
                topics,
                ProgressEvaluator.withDefaults(),
                Clock.systemUTC(),
                new SimpleMeterRegistry(),
                IndicatorDictionary.bundled(),
                province.dictionary(true),
                java.util.Optional.empty())) {
            job.awaitRunning(Duration.ofMinutes(2));
            job.awaitTargets(targets, Duration.ofMinutes(5));
            job.failed().thenRun(() -> {
                System.err.println("the job failed: " + job.failure());
                System.exit(2);
            });
            Memory.resetPeaks();
            long gcBefore = gcMillis();
            System.out.println(READY);
            System.out.flush();
            BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
            String line;
            while ((line = in.readLine()) != null && !line.equals(STOP)) {
                // wait for the parent
            }
            System.out.printf(
                    "%sheap_mb=%d heap_after_gc_mb=%d rss_mb=%d gc_ms=%d heap_max_mb=%d%n",
                    PEAKS,
                    Memory.heapPeakMb(),
                    Memory.liveHeapPeakMb(),
                    Memory.rssPeakMb(),
                    gcMillis() - gcBefore,
                    Runtime.getRuntime().maxMemory() / (1024 * 1024));
            System.out.flush();
        }
    }

    private static long gcMillis() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream()
                .mapToLong(GarbageCollectorMXBean::getCollectionTime)
                .sum();
    }
}
