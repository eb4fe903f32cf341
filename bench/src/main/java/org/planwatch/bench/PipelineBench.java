package org.planwatch.bench;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.producer.Producer;
import org.planwatch.domain.TargetCatalogue;
import org.planwatch.evaluation.ProgressEvaluator;
import org.planwatch.producer.FeedBatch;
import org.planwatch.producer.FeedFormat;
import org.planwatch.producer.ProducerSettings;
import org.planwatch.producer.PublishResult;
import org.planwatch.producer.RawReading;
import org.planwatch.producer.ReadingPublisher;
import org.planwatch.producer.TargetPublisher;
import org.planwatch.schema.IndicatorReading;
import org.planwatch.schema.PlanTarget;
import org.planwatch.schema.TopicSet;
import org.planwatch.streams.ProgressJob;
import org.planwatch.streams.StreamsSettings;

/**
 * PlanWatch itself: the catalogue's targets in, the progress job running (exactly once, the real
 * evaluation), then readings published by PlanWatch's producer; timed from the first publish to
 * the job's last commit, when the last status is written. The job stays up for {@link LatencyBench}.
 */
final class PipelineBench implements AutoCloseable {
    private final String bootstrap;
    private final TopicSet topics;
    private final String applicationId;
    private final List<ProgressJob> jobs;
    private final Producer<String, IndicatorReading> producer;

    private PipelineBench(String bootstrap, TopicSet topics, String applicationId, List<ProgressJob> jobs) {
        this.bootstrap = bootstrap;
        this.topics = topics;
        this.applicationId = applicationId;
        this.jobs = jobs;
        this.producer = ProducerSettings.producer(
                topics.readings(), ProducerSettings.properties(bootstrap, "bench-readings", Map.of()));
    }

    /**
     * Publishes the catalogue and starts {@code instances} instances of the job (one application,
     * sharing the partitions), waiting until they hold every target between them.
     */
    static PipelineBench start(
            String bootstrap,
            TopicSet topics,
            TargetCatalogue catalogue,
            Path stateDir,
            int instances,
            Duration commitInterval)
            throws Exception {
        try (Producer<String, PlanTarget> targets = ProducerSettings.producer(
                topics.targets(), ProducerSettings.properties(bootstrap, "bench-targets", Map.of()))) {
            new TargetPublisher(targets, topics.targets()).publish(catalogue.targets());
        }
        String applicationId = "bench-pipeline-" + System.nanoTime();
        List<ProgressJob> jobs = new java.util.ArrayList<>();
        for (int i = 0; i < instances; i++) {
            jobs.add(ProgressJob.start(
                    StreamsSettings.properties(
                            bootstrap,
                            applicationId,
                            stateDir.resolve("instance-" + i),
                            topics,
                            Map.of("commit.interval.ms", Long.toString(commitInterval.toMillis()))),
                    topics,
                    ProgressEvaluator.withDefaults(),
                    Clock.systemUTC()));
        }
        for (ProgressJob job : jobs) {
            job.awaitRunning(Duration.ofMinutes(2));
        }
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (jobs.stream().mapToInt(ProgressJob::targetsLoaded).sum()
                < catalogue.targets().size()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("pipeline: the job did not load the catalogue's targets in 2 minutes");
            }
            Thread.sleep(100);
        }
        return new PipelineBench(bootstrap, topics, applicationId, List.copyOf(jobs));
    }

    /** Readings per second from the first publish until the job has committed them all. */
    double run(Admin admin, List<RawReading> readings, Duration timeout) throws Exception {
        long start = System.nanoTime();
        PublishResult result = new ReadingPublisher(producer, topics.readings(), Clock.systemUTC())
                .publish(new FeedBatch("bench", FeedFormat.CSV, readings, List.of()), BenchWorkload.SOURCE);
        if (!result.failed().isEmpty()) {
            throw new IllegalStateException("pipeline: " + result.failed().size()
                    + " readings not acknowledged, first: " + result.failed().get(0));
        }
        GroupProgress.Span span = GroupProgress.awaitEnd(
                admin,
                applicationId,
                List.of(topics.readings().name(), applicationId + "-by-region-repartition"),
                timeout);
        for (ProgressJob job : jobs) {
            if (job.failure() != null) {
                throw new IllegalStateException("pipeline: the job failed", job.failure());
            }
        }
        return Rates.perSecond(readings.size(), span.doneNanos() - start);
    }

    String bootstrap() {
        return bootstrap;
    }

    TopicSet topics() {
        return topics;
    }

    Producer<String, IndicatorReading> producer() {
        return producer;
    }

    @Override
    public void close() {
        producer.close();
        jobs.forEach(ProgressJob::close);
    }
}
