package org.planwatch.bench;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.producer.Producer;
import org.planwatch.broker.TopicCreator;
import org.planwatch.domain.IndicatorDictionary;
import org.planwatch.domain.RegionDictionary;
import org.planwatch.domain.TargetCatalogue;
import org.planwatch.evaluation.ProgressEvaluator;
import org.planwatch.producer.FeedBatch;
import org.planwatch.producer.FeedFormat;
import org.planwatch.producer.ProducerSettings;
import org.planwatch.producer.PublishResult;
import org.planwatch.producer.ReadingPublisher;
import org.planwatch.producer.TargetPublisher;
import org.planwatch.schema.IndicatorReading;
import org.planwatch.schema.PlanTarget;
import org.planwatch.schema.TopicSet;
import org.planwatch.streams.ProgressJob;
import org.planwatch.streams.StreamsSettings;

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
        try (Producer<String, PlanTarget> targets = ProducerSettings.producer(
                topics.targets(), ProducerSettings.properties(bootstrap, "bench-backfill-targets", Map.of()))) {
            new TargetPublisher(targets, topics.targets()).publish(catalogue.targets());
        }
        String applicationId = "bench-backfill-" + System.nanoTime();
        try (ProgressJob job = ProgressJob.start(
                        StreamsSettings.properties(
                                bootstrap,
                                applicationId,
                                stateDir,
                                topics,
                                Map.of("commit.interval.ms", Long.toString(commitInterval.toMillis()))),
                        topics,
                        ProgressEvaluator.withDefaults(),
                        Clock.systemUTC(),
                        new SimpleMeterRegistry(),
                        indicators,
                        regions);
                Producer<String, IndicatorReading> producer = ProducerSettings.producer(
                        topics.readings(), ProducerSettings.properties(bootstrap, "bench-backfill", Map.of()))) {
            job.awaitRunning(Duration.ofMinutes(2));
            job.awaitTargets(catalogue.targets().size(), timeout);
            ReadingPublisher publisher = new ReadingPublisher(producer, topics.readings(), Clock.systemUTC());
            long total = workload.firstReleases();
            progress.accept(String.format(
                    "backfill: %,d simulated counties x %,d indicators x 10 years = %,d readings, %,d targets held",
                    counties,
                    workload.pairs() / counties,
                    total,
                    catalogue.targets().size()));
            long start = System.nanoTime();
            for (long from = 0; from < total; from += CHUNK) {
                int count = (int) Math.min(CHUNK, total - from);
                PublishResult result = publisher.publish(
                        new FeedBatch("bench-backfill", FeedFormat.CSV, workload.readings(from, count), List.of()),
                        BenchWorkload.SOURCE);
                if (!result.failed().isEmpty()) {
                    throw new IllegalStateException(
                            "backfill: " + result.failed().size() + " readings not acknowledged");
                }
            }
            GroupProgress.Span span = GroupProgress.awaitEnd(
                    admin,
                    applicationId,
                    List.of(topics.readings().name(), applicationId + "-by-region-repartition"),
                    timeout);
            if (job.failure() != null) {
                throw new IllegalStateException("backfill: the job failed", job.failure());
            }
            double seconds = (span.doneNanos() - start) / 1e9;
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
