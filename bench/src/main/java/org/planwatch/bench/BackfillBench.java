package org.planwatch.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Consumer;
import org.apache.kafka.clients.admin.Admin;
import org.planwatch.broker.TopicCreator;
import org.planwatch.domain.IndicatorDictionary;
import org.planwatch.domain.RegionDictionary;
import org.planwatch.domain.TargetCatalogue;
import org.planwatch.schema.TopicSet;

/**
 * A province loading ten years of history for every county at once, from empty state: every
 * county × every indicator × 2016-2025 published by PlanWatch's producer, a chunk at a time, into
 * a job that already holds the counties' targets; timed from the first publish until the job has
 * committed the last reading.
 */
final class BackfillBench {
    private static final int CHUNK = 50_000;

    /**
     * @param readings the readings loaded
     * @param seconds from the first publish to the job's last commit
     * @param targets the targets the job held before
     */
    record Result(int counties, int indicators, long readings, double seconds, double readingsPerSecond, int targets) {}

    private BackfillBench() {}

    static Result run(
            Admin admin,
            String bootstrap,
            TopicSet topics,
            int counties,
            Path stateDir,
            Duration commitInterval,
            Duration timeout,
            Consumer<String> progress)
            throws Exception {
        SyntheticCounties province = new SyntheticCounties(counties);
        RegionDictionary regions = province.dictionary(true);
        IndicatorDictionary indicators = IndicatorDictionary.bundled();
        TargetCatalogue catalogue = province.catalogue(TargetCatalogue.bundled());
        BenchWorkload workload = new BenchWorkload(province.dictionary(false), indicators, catalogue);
        new TopicCreator(admin, Optional.empty()).ensure(topics.all(), Duration.ofMinutes(1));
        try (PipelineBench pipeline = PipelineBench.start(
                "bench-backfill",
                bootstrap,
                topics,
                catalogue,
                indicators,
                regions,
                stateDir,
                1,
                commitInterval,
                timeout)) {
            long total = workload.firstReleases();
            progress.accept(String.format(
                    "backfill: %,d simulated counties x %,d indicators x 10 years = %,d readings, %,d targets held",
                    counties,
                    workload.pairs() / counties,
                    total,
                    catalogue.targets().size()));
            double seconds = pipeline.load(admin, total, CHUNK, workload::readings, timeout)
                            .toNanos()
                    / 1e9;
            return new Result(
                    counties,
                    workload.pairs() / counties,
                    total,
                    seconds,
                    total / seconds,
                    catalogue.targets().size());
        }
    }
}
