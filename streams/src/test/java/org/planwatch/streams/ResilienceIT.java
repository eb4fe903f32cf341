package org.planwatch.streams;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Stream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.streams.KafkaStreams;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.planwatch.broker.EmbeddedKafkaBroker;
import org.planwatch.broker.EmbeddedKafkaExtension;
import org.planwatch.evaluation.ProgressEvaluator;
import org.planwatch.schema.IndicatorReading;
import org.planwatch.schema.ProgressEvaluation;
import org.planwatch.schema.TopicSet;
import org.planwatch.schema.Topics;

/**
 * The job's promises on a real broker, against alerts known by arithmetic ({@link Workload}):
 * killed with SIGKILL and restarted, restarted without its state, taken over by a second
 * instance, flooded with malformed records. Each time the alerts topic, read committed, holds
 * exactly the expected alerts: none missing, none twice, each key's in order.
 */
@ExtendWith(EmbeddedKafkaExtension.class)
class ResilienceIT {
    private static final Duration READY = Duration.ofMinutes(2);
    private static final Duration RESULTS = Duration.ofMinutes(8);

    @TempDir
    Path dir;

    @Test
    void shouldEmitExactlyTheExpectedAlertsThroughThreeKills(EmbeddedKafkaBroker broker) throws Exception {
        long seed = System.nanoTime();
        Random random = new Random(seed);
        Workload load = new Workload(100_000);
        Run run = new Run(broker, "crash");
        Path state = dir.resolve("crash-state");
        ChildJob job = run.child(state, Workload.targets());
        try {
            run.publishReadings(load);
            int total =
                    load.expectedAlerts().values().stream().mapToInt(List::size).sum();
            // three random points of the run, by how far the committed output has come
            List<Long> points = random.doubles(3, 0.02, 0.6)
                    .sorted()
                    .mapToObj(f -> (long) (f * total))
                    .toList();
            for (int kill = 1; kill <= 3; kill++) {
                long point = points.get(kill - 1);
                await().atMost(RESULTS).pollInterval(Duration.ofMillis(50)).until(() -> run.committedAlerts() >= point);
                long committed = run.committedAlerts();
                job.kill();
                System.out.printf(
                        "kill %d (seed %d): %d of %d alerts committed before it%n",
                        kill,
                        seed,
                        committed,
                        load.expectedAlerts().values().stream()
                                .mapToInt(List::size)
                                .sum());
                job = run.child(state, 0);
            }
            assertThat(run.alerts(load)).as("seed %d", seed).isEqualTo(load.expectedAlerts());
            assertThat(job.alive()).isTrue();
        } finally {
            job.close();
        }
    }

    @Test
    void shouldRebuildIdenticalResultsFromTheChangelogsAfterLosingItsState(EmbeddedKafkaBroker broker)
            throws Exception {
        Workload load = new Workload(20_000);
        Run run = new Run(broker, "state-loss");
        Path state = dir.resolve("lost-state");
        ChildJob job = run.child(state, Workload.targets());
        try {
            run.publishReadings(load);
            long fifth =
                    load.expectedAlerts().values().stream().mapToInt(List::size).sum() / 5;
            await().atMost(RESULTS).pollInterval(Duration.ofMillis(50)).until(() -> run.committedAlerts() >= fifth);
            job.kill();
            deleteRecursively(state);
            assertThat(state).doesNotExist();
            job = run.child(state, 0);
            assertThat(run.alerts(load)).isEqualTo(load.expectedAlerts());
        } finally {
            job.close();
        }
    }

    @Test
    void shouldLetASecondInstanceTakeOverWhenOneIsKilled(EmbeddedKafkaBroker broker) throws Exception {
        Workload load = new Workload(20_000);
        Run run = new Run(broker, "two");
        ChildJob first = run.child(dir.resolve("first"), Workload.targets());
        ChildJob second = run.child(dir.resolve("second"), 0);
        try {
            run.publishReadings(load);
            long fifth =
                    load.expectedAlerts().values().stream().mapToInt(List::size).sum() / 5;
            await().atMost(RESULTS).pollInterval(Duration.ofMillis(50)).until(() -> run.committedAlerts() >= fifth);
            first.kill();
            assertThat(run.alerts(load)).isEqualTo(load.expectedAlerts());
            assertThat(second.alive()).isTrue();
        } finally {
            first.close();
            second.close();
        }
    }

    /** The seven ways a record can be bad, in turn. */
    private enum Poison {
        UNDECODABLE,
        UNKNOWN_INDICATOR,
        UNKNOWN_REGION,
        WRONG_UNIT,
        NOT_FINITE,
        OUT_OF_RANGE,
        YEAR_OUTSIDE_PLANS
    }

    @Test
    void shouldDeadLetterEveryMalformedRecordAndStayRunning(EmbeddedKafkaBroker broker) throws Exception {
        Workload load = new Workload(10_000);
        Run run = new Run(broker, "poison");
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        try (ProgressJob job = ProgressJob.start(
                        run.properties(dir.resolve("poison-state")),
                        run.topics,
                        ProgressEvaluator.withDefaults(),
                        Clock.systemUTC(),
                        registry);
                KafkaProducer<String, byte[]> producer = Workload.producer(broker.bootstrapServers())) {
            job.awaitRunning(READY);
            job.awaitTargets(Workload.targets(), READY);

            Map<String, Integer> expectedReasons = new TreeMap<>();
            var serializer = run.topics.readings().valueSerde().serializer();
            List<String> keys = Workload.keys();
            int valid = 0;
            for (int i = 0; i < 10_000; i++) {
                Poison poison = Poison.values()[i % Poison.values().length];
                String[] ri = keys.get(i % keys.size()).split("\\|");
                IndicatorReading bad = Workload.reading(ri[0], ri[1], 0);
                byte[] bytes = null;
                switch (poison) {
                    case UNDECODABLE -> bytes = ("not avro " + i).getBytes(StandardCharsets.UTF_8);
                    case UNKNOWN_INDICATOR -> bad.setIndicator("no_such_indicator");
                    case UNKNOWN_REGION -> bad.setRegion("999999");
                    case WRONG_UNIT -> bad.setUnit("亿元");
                    case NOT_FINITE -> bad.setValue(Double.NaN);
                    case OUT_OF_RANGE -> bad.setValue(150.0);
                    case YEAR_OUTSIDE_PLANS -> bad.setYear(2031);
                }
                String reason = poison == Poison.UNDECODABLE
                        ? "undecodable"
                        : poison.name().toLowerCase().replace('_', '-');
                expectedReasons.merge(reason, 1, Integer::sum);
                producer.send(new ProducerRecord<>(
                        run.topics.readings().name(),
                        Topics.readingKey(bad.getRegion(), bad.getIndicator()),
                        bytes != null ? bytes : serializer.serialize("", bad)));
                // a valid reading after each bad one, each key's in vintage order
                if (valid < load.readings) {
                    String[] key = keys.get(valid % keys.size()).split("\\|");
                    producer.send(new ProducerRecord<>(
                            run.topics.readings().name(),
                            Topics.readingKey(key[0], key[1]),
                            serializer.serialize("", Workload.reading(key[0], key[1], valid / keys.size()))));
                    valid++;
                }
            }
            producer.flush();

            List<KafkaStreams.State> seen = new ArrayList<>();
            Map<String, List<String>> alerts = run.alerts(load, () -> seen.add(job.state()));
            assertThat(alerts).isEqualTo(load.expectedAlerts());
            assertThat(seen).isNotEmpty().containsOnly(KafkaStreams.State.RUNNING);
            assertThat(job.failure()).isNull();

            Map<String, Integer> reasons = new TreeMap<>();
            for (ConsumerRecord<String, byte[]> r :
                    run.read(run.topics.readingsDlq().name(), 10_000, RESULTS)) {
                var planwatch = r.headers().lastHeader(DeadLetterHeaders.REASON);
                var streams = r.headers().lastHeader("__streams.errors.exception");
                String reason = planwatch != null
                        ? new String(planwatch.value(), StandardCharsets.UTF_8)
                        : streams != null ? "undecodable" : "no reason header";
                reasons.merge(reason, 1, Integer::sum);
            }
            assertThat(reasons).isEqualTo(expectedReasons);
            expectedReasons.forEach((reason, n) -> assertThat(registry.get(RefusalCounter.NAME)
                            .tag("reason", reason)
                            .counter()
                            .count())
                    .as(reason)
                    .isEqualTo((double) n));
        }
    }

    /** One scenario's topics and application id on the shared broker. */
    private static final class Run {
        final EmbeddedKafkaBroker broker;
        final String prefix;
        final String applicationId;
        final TopicSet topics;

        Run(EmbeddedKafkaBroker broker, String name) throws Exception {
            this.broker = broker;
            this.prefix = name + "-" + UUID.randomUUID() + "-";
            this.applicationId = prefix + "job";
            this.topics = TopicSet.defaults().prefixed(prefix);
            JobTopics.on(broker.bootstrapServers(), topics);
            try (KafkaProducer<String, byte[]> producer = Workload.producer(broker.bootstrapServers())) {
                new Workload(0).publishTargets(producer, topics);
            }
        }

        java.util.Properties properties(Path state) {
            return StreamsProperties.properties(
                    broker.bootstrapServers(), applicationId, state, topics, Map.of("commit.interval.ms", "100"));
        }

        ChildJob child(Path state, int targets) throws Exception {
            return ChildJob.start(broker.bootstrapServers(), applicationId, state, prefix, targets)
                    .awaitReady(READY);
        }

        void publishReadings(Workload load) {
            try (KafkaProducer<String, byte[]> producer = Workload.producer(broker.bootstrapServers())) {
                load.publishReadings(producer, topics);
            }
        }

        /** How far the committed alerts reach now: the sum of the last stable offsets. */
        long committedAlerts() {
            return CommittedRecords.committedEnd(
                    broker.bootstrapServers(), topics.alerts().name());
        }

        Map<String, List<String>> alerts(Workload load) {
            return alerts(load, () -> {});
        }

        /** The alerts' reading ids by key, in order, once as many as expected are in, and a moment longer. */
        Map<String, List<String>> alerts(Workload load, Runnable whileWaiting) {
            int expected =
                    load.expectedAlerts().values().stream().mapToInt(List::size).sum();
            var deserializer = topics.alerts().valueSerde().deserializer();
            Map<String, List<String>> byKey = new TreeMap<>();
            for (ConsumerRecord<String, byte[]> r : read(topics.alerts().name(), expected, RESULTS, whileWaiting)) {
                ProgressEvaluation a = deserializer.deserialize("", r.value());
                byKey.computeIfAbsent(r.key(), k -> new ArrayList<>()).add(a.getReadingId());
            }
            return byKey;
        }

        List<ConsumerRecord<String, byte[]>> read(String topic, int count, Duration timeout) {
            return read(topic, count, timeout, () -> {});
        }

        List<ConsumerRecord<String, byte[]>> read(String topic, int count, Duration timeout, Runnable whileWaiting) {
            return CommittedRecords.read(
                    broker.bootstrapServers(),
                    new StringDeserializer(),
                    topic,
                    count,
                    timeout,
                    Duration.ofSeconds(3),
                    whileWaiting);
        }
    }

    private static void deleteRecursively(Path root) throws java.io.IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
