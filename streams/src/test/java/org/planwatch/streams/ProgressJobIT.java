package org.planwatch.streams;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KafkaStreams;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.planwatch.broker.EmbeddedKafkaBroker;
import org.planwatch.broker.EmbeddedKafkaExtension;
import org.planwatch.evaluation.ProgressEvaluator;
import org.planwatch.runtime.TopicCreator;
import org.planwatch.schema.ProgressAlert;
import org.planwatch.schema.ProgressStatus;
import org.planwatch.schema.TargetCodec;
import org.planwatch.schema.TopicSet;
import org.planwatch.schema.Topics;

/** The progress job on a real broker: exactly-once output, and bad records on the dead-letter topic. */
@ExtendWith(EmbeddedKafkaExtension.class)
class ProgressJobIT {
    @TempDir
    Path stateDir;

    @Test
    void shouldRouteUndecodableAndUncoveredReadingsToTheDeadLetterTopicAndKeepRunning(EmbeddedKafkaBroker broker)
            throws Exception {
        TopicSet topics = createTopics(broker);
        Properties props = properties(broker, topics);
        try (ProgressJob job = ProgressJob.start(props, topics, ProgressEvaluator.withDefaults(), Clock.systemUTC())) {
            job.awaitRunning(Duration.ofSeconds(60));
            try (KafkaProducer<String, byte[]> producer = producer(broker)) {
                var target = ProgressTopologyTest.BEDS_14;
                producer.send(new ProducerRecord<>(
                                topics.targets().name(),
                                Topics.targetKey(target),
                                topics.targets().valueSerde().serializer().serialize("", TargetCodec.toEvent(target))))
                        .get();
                job.awaitTargets(1, Duration.ofSeconds(30));
                String key = Topics.readingKey("440700", "hospital_beds_per_1000");
                var serializer = topics.readings().valueSerde().serializer();
                producer.send(new ProducerRecord<>(
                                topics.readings().name(), key, "garbage".getBytes(StandardCharsets.UTF_8)))
                        .get();
                producer.send(new ProducerRecord<>(
                                topics.readings().name(),
                                Topics.readingKey("440700", "unknown"),
                                serializer.serialize("", ProgressTopologyTest.reading("440700", "unknown", 2022, 1.0))))
                        .get();
                producer.send(new ProducerRecord<>(
                                topics.readings().name(),
                                key,
                                serializer.serialize(
                                        "",
                                        ProgressTopologyTest.reading("440700", "hospital_beds_per_1000", 2023, 5.50))))
                        .get();
            }

            List<ConsumerRecord<byte[], byte[]>> dead =
                    readCommitted(broker, topics.readingsDlq().name(), 2);
            assertThat(dead).anySatisfy(r -> {
                assertThat(new String(r.value(), StandardCharsets.UTF_8)).isEqualTo("garbage");
                assertThat(header(r, "__streams.errors.exception")).contains("SerializationException");
                assertThat(header(r, "__streams.errors.topic"))
                        .isEqualTo(topics.readings().name());
                assertThat(header(r, "__streams.errors.offset")).isEqualTo("0");
            });
            assertThat(dead)
                    .anySatisfy(r -> assertThat(header(r, DeadLetterHeaders.REASON))
                            .isEqualTo(DeadLetterHeaders.UNKNOWN_INDICATOR));

            List<ConsumerRecord<byte[], byte[]>> alerts =
                    readCommitted(broker, topics.alerts().name(), 1);
            ProgressAlert alert = topics.alerts()
                    .valueSerde()
                    .deserializer()
                    .deserialize("", alerts.get(0).value());
            assertThat(alert.getStatus()).isEqualTo(ProgressStatus.LAGGING);
            assertThat(job.state()).isEqualTo(KafkaStreams.State.RUNNING);
        }
    }

    /** A quota assigned after the readings (a new version of the target on its key) re-evaluates them. */
    @Test
    void shouldReEvaluateHeldReadingsWhenARevisedTargetArrives(EmbeddedKafkaBroker broker) throws Exception {
        TopicSet topics = createTopics(broker);
        Properties props = properties(broker, topics);
        try (ProgressJob job = ProgressJob.start(props, topics, ProgressEvaluator.withDefaults(), Clock.systemUTC());
                KafkaProducer<String, byte[]> producer = producer(broker)) {
            job.awaitRunning(Duration.ofSeconds(60));
            var targets = topics.targets().valueSerde().serializer();
            var readings = topics.readings().valueSerde().serializer();
            var awaiting = ProgressTopologyTest.quota(null);
            var reading = ProgressTopologyTest.reading("440700", "good_air_days_share", 2022, 89.6);
            producer.send(new ProducerRecord<>(
                            topics.readings().name(),
                            Topics.readingKey("440700", "good_air_days_share"),
                            readings.serialize("", reading)))
                    .get();
            producer.send(new ProducerRecord<>(
                            topics.targets().name(),
                            Topics.targetKey(awaiting),
                            targets.serialize("", TargetCodec.toEvent(awaiting))))
                    .get();
            readCommitted(broker, topics.alerts().name(), 1);

            var assigned = ProgressTopologyTest.quota(92.0);
            producer.send(new ProducerRecord<>(
                            topics.targets().name(),
                            Topics.targetKey(assigned),
                            targets.serialize("", TargetCodec.toEvent(assigned))))
                    .get();

            List<ProgressAlert> alerts = readCommitted(broker, topics.alerts().name(), 2).stream()
                    .map(r -> topics.alerts().valueSerde().deserializer().deserialize("", r.value()))
                    .toList();
            assertThat(alerts)
                    .extracting(a -> a.getStatus() + " after " + a.getPreviousStatus())
                    .containsExactly("AWAITING_QUOTA after null", "ON_TRACK after AWAITING_QUOTA");
            assertThat(job.state()).isEqualTo(KafkaStreams.State.RUNNING);
        }
    }

    /**
     * The revision scenario: a provisional figure, its quota assigned after it, the final figure, the
     * provisional one arriving late again and the final one twice. Exactly one alert per status
     * change, in order; the status topic has every changed evaluation.
     */
    @Test
    void shouldAlertOncePerStatusChangeThroughRevisionsAndALateQuota(EmbeddedKafkaBroker broker) throws Exception {
        TopicSet topics = createTopics(broker);
        try (ProgressJob job = ProgressJob.start(
                        properties(broker, topics), topics, ProgressEvaluator.withDefaults(), Clock.systemUTC());
                KafkaProducer<String, byte[]> producer = producer(broker)) {
            job.awaitRunning(Duration.ofSeconds(60));
            var targets = topics.targets().valueSerde().serializer();
            var readings = topics.readings().valueSerde().serializer();
            String key = Topics.readingKey("440700", "good_air_days_share");
            java.util.function.BiConsumer<Double, Integer> air = (value, vintage) -> {
                var r = ProgressTopologyTest.reading("440700", "good_air_days_share", 2022, value);
                r.setVintage(vintage);
                r.setReadingId("air-2022-v" + vintage);
                try {
                    producer.send(new ProducerRecord<>(topics.readings().name(), key, readings.serialize("", r)))
                            .get();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            };
            var awaiting = ProgressTopologyTest.quota(null);
            producer.send(new ProducerRecord<>(
                            topics.targets().name(),
                            Topics.targetKey(awaiting),
                            targets.serialize("", TargetCodec.toEvent(awaiting))))
                    .get();
            job.awaitTargets(1, Duration.ofSeconds(30));
            air.accept(89.0, 1); // provisional
            readCommitted(broker, topics.alerts().name(), 1);
            var assigned = ProgressTopologyTest.quota(92.0); // the quota, a year late
            producer.send(new ProducerRecord<>(
                            topics.targets().name(),
                            Topics.targetKey(assigned),
                            targets.serialize("", TargetCodec.toEvent(assigned))))
                    .get();
            readCommitted(broker, topics.alerts().name(), 2);
            air.accept(89.8, 2); // final
            readCommitted(broker, topics.alerts().name(), 3);
            air.accept(80.0, 1); // the provisional figure, late: changes nothing
            air.accept(89.8, 2); // the final figure again: changes nothing

            var deserializer = topics.alerts().valueSerde().deserializer();
            assertThat(readCommitted(broker, topics.alerts().name(), 3))
                    .extracting(r -> deserializer.deserialize("", r.value()))
                    .extracting(a -> a.getStatus() + " after " + a.getPreviousStatus() + " on " + a.getActual())
                    .containsExactly(
                            "AWAITING_QUOTA after null on 89.0",
                            "LAGGING after AWAITING_QUOTA on 89.0",
                            "AHEAD after LAGGING on 89.8");
            assertThat(readCommitted(broker, topics.statuses().name(), 3))
                    .extracting(r -> deserializer.deserialize("", r.value()).getStatus())
                    .containsExactly(ProgressStatus.AWAITING_QUOTA, ProgressStatus.LAGGING, ProgressStatus.AHEAD);
            assertThat(job.state()).isEqualTo(KafkaStreams.State.RUNNING);
        }
    }

    /** A fresh set of topics, so that tests on one broker do not see each other's records. */
    private static TopicSet createTopics(EmbeddedKafkaBroker broker) throws Exception {
        TopicSet topics = TopicSet.defaults().prefixed("job-it-" + UUID.randomUUID() + "-");
        try (var admin =
                org.apache.kafka.clients.admin.Admin.create(Map.of("bootstrap.servers", broker.bootstrapServers()))) {
            new TopicCreator(admin, java.util.Optional.empty()).ensure(topics.all(), Duration.ofSeconds(30));
        }
        return topics;
    }

    /** Writes raw bytes, so that a test can send what no serializer would. */
    private static KafkaProducer<String, byte[]> producer(EmbeddedKafkaBroker broker) {
        return new KafkaProducer<>(
                Map.of(
                        ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                        broker.bootstrapServers(),
                        ProducerConfig.ACKS_CONFIG,
                        "all"),
                new StringSerializer(),
                new ByteArraySerializer());
    }

    private Properties properties(EmbeddedKafkaBroker broker, TopicSet topics) {
        return StreamsProperties.properties(
                broker.bootstrapServers(),
                "job-it-" + UUID.randomUUID(),
                stateDir,
                topics,
                Map.of("commit.interval.ms", "100"));
    }

    private static String header(ConsumerRecord<byte[], byte[]> r, String name) {
        var h = r.headers().lastHeader(name);
        return h == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }

    /** Reads committed records until {@code count} arrive, and asserts that no more follow. */
    static List<ConsumerRecord<byte[], byte[]>> readCommitted(EmbeddedKafkaBroker broker, String topic, int count) {
        List<ConsumerRecord<byte[], byte[]>> records = CommittedRecords.read(
                broker.bootstrapServers(),
                new ByteArrayDeserializer(),
                topic,
                count,
                Duration.ofSeconds(60),
                Duration.ofSeconds(1),
                () -> {});
        assertThat(records).as("records on %s", topic).hasSize(count);
        return records;
    }
}
