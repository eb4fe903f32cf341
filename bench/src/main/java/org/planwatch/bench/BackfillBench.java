package org.planwatch.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.apache.kafka.clients.admin.Admin;
import org.planwatch.domain.IndicatorDictionary;
import org.planwatch.domain.TargetCatalogue;
import org.planwatch.runtime.TopicCreator;
import org.planwatch.schema.TopicSet;

/**
 * A province loading ten years of history for every county at once, from empty state: every
 * county × every indicator × 2016-2025 published by PlanWatch's producer, a chunk at a time, into
 * a job that already holds the counties' targets; timed from the first publish until the job has
 * committed the last reading. The job runs in a JVM of its own with {@value #HEAP_MB} MB of heap at
 * most (the goal for the streams app), and reports its memory peaks.
 */
final class BackfillBench {
    private static final int CHUNK = 50_000;
    static final int HEAP_MB = 512;

    /**
     * @param readings the readings loaded
     * @param seconds from the first publish to the job's last commit
     * @param targets the targets the job held before
     * @param job the job's JVM: {@code heap_mb}, {@code rss_mb} peaks and {@code gc_ms} during the
     *     load, and its {@code heap_max_mb}
     */
    record Result(
            int counties,
            int indicators,
            long readings,
            double seconds,
            double readingsPerSecond,
            int targets,
            Map<String, Long> job) {}

    private BackfillBench() {}

    static Result run(
            Admin admin,
            String bootstrap,
            String topicPrefix,
            int counties,
            Path stateDir,
            Duration commitInterval,
            Duration timeout,
            Consumer<String> progress)
            throws Exception {
        SyntheticCounties province = new SyntheticCounties(counties);
        IndicatorDictionary indicators = IndicatorDictionary.bundled();
        TargetCatalogue catalogue = province.catalogue(TargetCatalogue.bundled());
        BenchWorkload workload = new BenchWorkload(province.dictionary(false), indicators, catalogue);
        TopicSet topics = TopicSet.defaults().prefixed(topicPrefix);
        new TopicCreator(admin, Optional.empty()).ensure(topics.all(), Duration.ofMinutes(1));
        int targets = catalogue.targets().size();
        AtomicReference<ChildJvmJob> child = new AtomicReference<>();
        double seconds;
        long total = workload.firstReleases();
        try (PipelineBench pipeline = PipelineBench.start(
                "bench-backfill",
                bootstrap,
                topics,
                catalogue,
                (applicationId, i) -> {
                    child.set(ChildJvmJob.start(
                            bootstrap,
                            applicationId,
                            stateDir,
                            topicPrefix,
                            commitInterval,
                            counties,
                            targets,
                            HEAP_MB));
                    return child.get();
                },
                1,
                timeout)) {
            progress.accept(String.format(
                    "backfill: %,d simulated counties x %,d indicators x 10 years = %,d readings, %,d targets held",
                    counties,
                    workload.pairs() / counties,
                    total,
                    catalogue.targets().size()));
            PipelineBench.Loaded loaded = pipeline.load(admin, total, CHUNK, workload::readings, timeout);
            seconds = loaded.committed().toNanos() / 1e9;
            progress.accept(String.format(
                    "backfill: the producer had published every reading after %.1f s, the job committed the last after %.1f s",
                    loaded.published().toNanos() / 1e9, seconds));
        }
        return new Result(
                counties,
                workload.pairs() / counties,
                total,
                seconds,
                total / seconds,
                targets,
                child.get().peaks());
    }
}
