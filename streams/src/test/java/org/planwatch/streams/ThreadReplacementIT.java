package org.planwatch.streams;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.common.errors.InvalidTxnStateException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.streams.KafkaStreams;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.planwatch.broker.EmbeddedKafkaBroker;
import org.planwatch.broker.EmbeddedKafkaExtension;
import org.planwatch.domain.IndicatorDictionary;
import org.planwatch.domain.RegionDictionary;
import org.planwatch.evaluation.ProgressEvaluator;
import org.planwatch.schema.TopicSet;

/**
 * What the job does when a commit fails as it does after a partition leader's death (the failure
 * {@code ClusterFaultIT} met once in five runs): the stream thread is replaced, its transaction
 * never becomes visible, and the alerts still come out exactly once, on a real broker. When
 * commits keep failing, the job stops in error instead of spinning.
 */
@ExtendWith(EmbeddedKafkaExtension.class)
class ThreadReplacementIT {
    private static final Duration RESULTS = Duration.ofMinutes(4);

    @TempDir
    Path dir;

    @Test
    void replacesTheThreadAfterEachFailedCommitAndEmitsEveryAlertOnce(EmbeddedKafkaBroker broker) throws Exception {
        TopicSet topics = topics(broker);
        Workload load = new Workload(12_000);
        Map<String, List<String>> expected = load.expectedAlerts();
        int expectedCount = expected.values().stream().mapToInt(List::size).sum();
        FailingCommitClients clients = new FailingCommitClients();
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        int failures = 3;

        try (ProgressJob job = start(broker, topics, registry, clients);
                KafkaProducer<String, byte[]> producer = Workload.producer(broker.bootstrapServers())) {
            job.awaitRunning(Duration.ofMinutes(2));
            load.publishTargets(producer, topics);
            job.awaitTargets(Workload.targets(), Duration.ofMinutes(2));
            // each third of the readings meets a failed commit: the first after it is published
            int vintages = load.readingsOf(0);
            for (int part = 1; part <= failures; part++) {
                int from = vintages * (part - 1) / failures;
                int to = vintages * part / failures;
                clients.failNextCommit();
                load.publishReadings(producer, topics, from, to);
                long due = alertsBefore(expected, to);
                awaitCommitted(broker, topics, due);
                System.out.printf("vintages %d-%d: %d alerts committed after a failed commit%n", from, to - 1, due);
            }

            assertThat(CommittedRecords.alertReadingIds(broker.bootstrapServers(), topics, expectedCount, RESULTS))
                    .isEqualTo(expected);
            assertThat(clients.failed()).as("commits failed on purpose").isEqualTo(failures);
            assertThat(registry.get(ThreadFailureHandler.REPLACED)
                            .tag("cause", InvalidTxnStateException.class.getSimpleName())
                            .counter()
                            .count())
                    .isEqualTo(failures);
            assertThat(job.failure()).isNull();
            assertThat(job.state()).isEqualTo(KafkaStreams.State.RUNNING);
            System.out.printf(
                    "%d commits, %d failed and replaced; %d alerts, each once%n",
                    clients.commits(), clients.failed(), expectedCount);
        }
    }

    @Test
    void stopsInErrorWhenCommitsKeepFailing(EmbeddedKafkaBroker broker) throws Exception {
        TopicSet topics = topics(broker);
        FailingCommitClients clients = new FailingCommitClients();
        clients.failEveryCommit();

        try (ProgressJob job = start(broker, topics, new SimpleMeterRegistry(), clients);
                KafkaProducer<String, byte[]> producer = Workload.producer(broker.bootstrapServers())) {
            new Workload(0).publishTargets(producer, topics);
            new Workload(2_000).publishReadings(producer, topics);

            job.failed().get(RESULTS.toMillis(), TimeUnit.MILLISECONDS);
            assertThat(job.failure()).hasRootCauseInstanceOf(InvalidTxnStateException.class);
            assertThat(clients.failed()).isEqualTo(ThreadFailureHandler.BUDGET + 1);
            assertThat(committedAlerts(broker, topics))
                    .as("no failed transaction is visible")
                    .isEmpty();
        }
    }

    private ProgressJob start(
            EmbeddedKafkaBroker broker, TopicSet topics, SimpleMeterRegistry registry, FailingCommitClients clients) {
        String applicationId = topics.readings().name() + "-job";
        return ProgressJob.start(
                StreamsProperties.properties(
                        broker.bootstrapServers(),
                        applicationId,
                        dir.resolve("state"),
                        topics,
                        // a replaced thread's consumer stays in the group until its session
                        // expires (45 s by default): the broker's least, so that the test is quick
                        Map.of(
                                "commit.interval.ms",
                                "100",
                                "session.timeout.ms",
                                "6000",
                                "heartbeat.interval.ms",
                                "1500")),
                topics,
                ProgressEvaluator.withDefaults(),
                Clock.systemUTC(),
                registry,
                IndicatorDictionary.bundled(),
                RegionDictionary.bundled(),
                java.util.Optional.of(clients));
    }

    private static TopicSet topics(EmbeddedKafkaBroker broker) throws Exception {
        return JobTopics.fresh(broker.bootstrapServers(), "replace-").topics();
    }

    /** How many of the expected alerts are of readings before vintage {@code to}. */
    private static long alertsBefore(Map<String, List<String>> expected, int to) {
        return expected.values().stream()
                .flatMap(List::stream)
                .filter(id -> Integer.parseInt(id.substring(id.lastIndexOf("|v") + 2)) < to)
                .count();
    }

    private static void awaitCommitted(EmbeddedKafkaBroker broker, TopicSet topics, long count) {
        // a stream thread dies of each injected failure, by design: that is no failure of the wait
        await().alias(count + " alerts committed")
                .dontCatchUncaughtExceptions()
                .atMost(RESULTS)
                .pollInterval(Duration.ofMillis(50))
                .until(() -> CommittedRecords.committedEnd(
                                broker.bootstrapServers(), topics.alerts().name())
                        >= count);
    }

    private static List<ConsumerRecord<String, byte[]>> committedAlerts(EmbeddedKafkaBroker broker, TopicSet topics) {
        return CommittedRecords.read(
                broker.bootstrapServers(),
                new StringDeserializer(),
                topics.alerts().name(),
                1,
                Duration.ofSeconds(5),
                Duration.ZERO,
                () -> {});
    }
}
