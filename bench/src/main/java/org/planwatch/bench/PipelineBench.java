package org.planwatch.bench;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.streams.StreamsConfig;
import org.planwatch.domain.IndicatorDictionary;
import org.planwatch.domain.RegionDictionary;
import org.planwatch.domain.TargetCatalogue;
import org.planwatch.evaluation.ProgressEvaluator;
import org.planwatch.producer.FeedBatch;
import org.planwatch.producer.FeedFormat;
import org.planwatch.producer.ProducerProperties;
import org.planwatch.producer.PublishResult;
import org.planwatch.producer.RawReading;
import org.planwatch.producer.ReadingPublisher;
import org.planwatch.producer.TargetPublisher;
import org.planwatch.schema.IndicatorReading;
import org.planwatch.schema.PlanTarget;
import org.planwatch.schema.TopicSet;
import org.planwatch.streams.ProgressJob;
import org.planwatch.streams.ProgressTopology;
import org.planwatch.streams.StreamsProperties;

/**
 * PlanWatch itself: the catalogue's targets in, the progress job running (exactly once, the real
 * evaluation), then readings published by PlanWatch's producer; timed from the first publish to
 * the job's last commit, when the last status is written. The job stays up for {@link LatencyBench}.
 */
final class PipelineBench implements AutoCloseable {
    private final String bootstrap;
    private final TopicSet topics;
    private final String applicationId;
    private final List<JobInstance> jobs;
    private final Producer<String, IndicatorReading> producer;

    private PipelineBench(String bootstrap, TopicSet topics, String applicationId, List<JobInstance> jobs) {
        this.bootstrap = bootstrap;
        this.topics = topics;
        this.applicationId = applicationId;
        this.jobs = jobs;
        this.producer = ProducerProperties.producer(
                topics.readings(), ProducerProperties.properties(bootstrap, applicationId + "-readings", Map.of()));
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
        return start(
                "bench-pipeline",
                bootstrap,
                topics,
                catalogue,
                IndicatorDictionary.bundled(),
                RegionDictionary.bundled(),
                stateDir,
                instances,
                commitInterval,
                Duration.ofMinutes(2));
    }

    /**
     * As above, with the job checking readings against dictionaries of the caller's, and waiting
     * up to {@code targetsTimeout} for the catalogue to load.
     *
     * @param name what the application id and the clients' ids start with
     */
    static PipelineBench start(
            String name,
            String bootstrap,
            TopicSet topics,
            TargetCatalogue catalogue,
            IndicatorDictionary indicators,
            RegionDictionary regions,
            Path stateDir,
            int instances,
            Duration commitInterval,
            Duration targetsTimeout)
            throws Exception {
        return start(
                name,
                bootstrap,
                topics,
                catalogue,
                (applicationId, i) -> JobInstance.inProcess(ProgressJob.start(
                        StreamsProperties.properties(
                                bootstrap,
                                applicationId,
                                stateDir.resolve("instance-" + i),
                                topics,
                                Map.of(
                                        StreamsConfig.COMMIT_INTERVAL_MS_CONFIG,
                                        Long.toString(commitInterval.toMillis()))),
                        topics,
                        ProgressEvaluator.withDefaults(),
                        Clock.systemUTC(),
                        new SimpleMeterRegistry(),
                        indicators,
                        regions,
                        java.util.Optional.empty())),
                instances,
                targetsTimeout);
    }

    /** Starts instance {@code index} of the job under {@code applicationId}. */
    @FunctionalInterface
    interface Launcher {
        JobInstance launch(String applicationId, int index) throws Exception;
    }

    /** As above, with instances the caller starts: in a JVM of their own, say. */
    static PipelineBench start(
            String name,
            String bootstrap,
            TopicSet topics,
            TargetCatalogue catalogue,
            Launcher launcher,
            int instances,
            Duration targetsTimeout)
            throws Exception {
        String applicationId = name + "-" + System.nanoTime();
        try (Producer<String, PlanTarget> targets = ProducerProperties.producer(
                topics.targets(), ProducerProperties.properties(bootstrap, applicationId + "-targets", Map.of()))) {
            new TargetPublisher(targets, topics.targets()).publish(catalogue.targets());
        }
        List<JobInstance> jobs = new java.util.ArrayList<>();
        for (int i = 0; i < instances; i++) {
            jobs.add(launcher.launch(applicationId, i));
        }
        for (JobInstance job : jobs) {
            job.awaitReady(Duration.ofMinutes(2));
        }
        long deadline = System.nanoTime() + targetsTimeout.toNanos();
        while (jobs.stream().mapToInt(JobInstance::targetsLoaded).sum()
                < catalogue.targets().size()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(
                        name + ": the job did not load the catalogue's targets in " + targetsTimeout);
            }
            Thread.sleep(100);
        }
        return new PipelineBench(bootstrap, topics, applicationId, List.copyOf(jobs));
    }

    /**
     * Readings per second from the first publish until the job has committed them all (the
     * pipeline), and PlanWatch's producer alone: until the broker acknowledged the last of them;
     * {@code rerouted} records the job read back from its own topics: records published on another
     * region's partition (by-region) and the messages about averages between regions' tasks.
     */
    record Throughput(double pipeline, double publish, long rerouted) {}

    /** The pipeline's throughput on {@code readings}, published at once. */
    Throughput run(Admin admin, List<RawReading> readings, Duration timeout) throws Exception {
        long start = System.nanoTime();
        long[] published = new long[1];
        GroupProgress.Span span =
                publishAndAwait(admin, readings.size(), readings.size(), (from, count) -> readings, timeout, published);
        return new Throughput(
                Rates.perSecond(readings.size(), span.doneNanos() - start),
                Rates.perSecond(readings.size(), published[0] - start),
                span.committed() - readings.size());
    }

    /** Readings {@code from} to {@code from + count} of a load. */
    @FunctionalInterface
    interface Chunks {
        List<RawReading> get(long from, int count);
    }

    /**
     * Publishes {@code total} readings, {@code chunk} at a time, through PlanWatch's producer; the
     * time from the first publish until the job has committed them all.
     */
    Loaded load(Admin admin, long total, int chunk, Chunks readings, Duration timeout) throws Exception {
        long start = System.nanoTime();
        long[] published = new long[1];
        long done = publishAndAwait(admin, total, chunk, readings, timeout, published)
                .doneNanos();
        return new Loaded(Duration.ofNanos(published[0] - start), Duration.ofNanos(done - start));
    }

    /** How long a load took: until the broker had every reading, and until the job had committed the last. */
    record Loaded(Duration published, Duration committed) {}

    /** {@code published[0]} is set to when the broker had acknowledged the last reading. */
    private GroupProgress.Span publishAndAwait(
            Admin admin, long total, int chunk, Chunks readings, Duration timeout, long[] published) throws Exception {
        ReadingPublisher publisher = new ReadingPublisher(producer, topics.readings(), Clock.systemUTC());
        for (long from = 0; from < total; from += chunk) {
            int count = (int) Math.min(chunk, total - from);
            PublishResult result = publisher.publish(
                    new FeedBatch(applicationId, FeedFormat.CSV, readings.get(from, count), List.of()),
                    BenchWorkload.SOURCE);
            if (!result.failed().isEmpty()) {
                throw new IllegalStateException(
                        applicationId + ": " + result.failed().size() + " readings not acknowledged, first: "
                                + result.failed().get(0));
            }
        }
        published[0] = System.nanoTime();
        GroupProgress.Span span = GroupProgress.awaitEnd(
                admin,
                applicationId,
                List.of(topics.readings().name(), applicationId + "-" + ProgressTopology.BY_REGION + "-repartition"),
                timeout);
        for (JobInstance job : jobs) {
            if (job.failure() != null) {
                throw new IllegalStateException(applicationId + ": the job failed", job.failure());
            }
        }
        return span;
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
    public void close() throws Exception {
        producer.close();
        for (JobInstance job : jobs) {
            job.close();
        }
    }
}
