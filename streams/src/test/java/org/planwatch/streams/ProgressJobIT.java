package org.planwatch.streams;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.streams.KafkaStreams;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.planwatch.broker.EmbeddedKafkaBroker;
import org.planwatch.broker.EmbeddedKafkaExtension;
import org.planwatch.evaluation.ProgressEvaluator;
import org.planwatch.schema.ProgressEvaluation;
import org.planwatch.schema.ProgressStatus;
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
        JobTopics on = JobTopics.fresh(broker.bootstrapServers(), "job-it-");
        TopicSet topics = on.topics();
        try (ProgressJob job = running(on)) {
            try (KafkaProducer<String, byte[]> producer = on.producer()) {
                var target = ProgressTopologyTest.BEDS_14;
                on.sendTarget(producer, target);
                job.awaitTargets(1, Duration.ofSeconds(30));
                String key = Topics.readingKey("440700", "hospital_beds_per_1000");
                producer.send(new ProducerRecord<>(
                                topics.readings().name(), key, "garbage".getBytes(StandardCharsets.UTF_8)))
                        .get();
                on.sendReading(producer, ProgressTopologyTest.reading("440700", "unknown", 2022, 1.0));
                on.sendReading(producer, ProgressTopologyTest.reading("440700", "hospital_beds_per_1000", 2023, 5.50));
            }

            List<ConsumerRecord<byte[], byte[]>> dead =
                    on.readCommitted(topics.readingsDlq().name(), 2);
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
                    on.readCommitted(topics.alerts().name(), 1);
            ProgressEvaluation alert = topics.alerts()
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
        JobTopics on = JobTopics.fresh(broker.bootstrapServers(), "job-it-");
        TopicSet topics = on.topics();
        try (ProgressJob job = running(on);
                KafkaProducer<String, byte[]> producer = on.producer()) {
            var awaiting = ProgressTopologyTest.quota(null);
            on.sendReading(producer, ProgressTopologyTest.reading("440700", "good_air_days_share", 2022, 89.6));
            on.sendTarget(producer, awaiting);
            on.readCommitted(topics.alerts().name(), 1);

            var assigned = ProgressTopologyTest.quota(92.0);
            on.sendTarget(producer, assigned);

            List<ProgressEvaluation> alerts = on.readCommitted(topics.alerts().name(), 2).stream()
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
        JobTopics on = JobTopics.fresh(broker.bootstrapServers(), "job-it-");
        TopicSet topics = on.topics();
        try (ProgressJob job = running(on);
                KafkaProducer<String, byte[]> producer = on.producer()) {
            java.util.function.BiConsumer<Double, Integer> air = (value, vintage) -> {
                var r = ProgressTopologyTest.reading("440700", "good_air_days_share", 2022, value);
                r.setVintage(vintage);
                r.setReadingId("air-2022-v" + vintage);
                try {
                    on.sendReading(producer, r);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            };
            var awaiting = ProgressTopologyTest.quota(null);
            on.sendTarget(producer, awaiting);
            job.awaitTargets(1, Duration.ofSeconds(30));
            air.accept(89.0, 1); // provisional
            on.readCommitted(topics.alerts().name(), 1);
            var assigned = ProgressTopologyTest.quota(92.0); // the quota, a year late
            on.sendTarget(producer, assigned);
            on.readCommitted(topics.alerts().name(), 2);
            air.accept(89.8, 2); // final
            on.readCommitted(topics.alerts().name(), 3);
            air.accept(80.0, 1); // the provisional figure, late: changes nothing
            air.accept(89.8, 2); // the final figure again: changes nothing

            var deserializer = topics.alerts().valueSerde().deserializer();
            assertThat(on.readCommitted(topics.alerts().name(), 3))
                    .extracting(r -> deserializer.deserialize("", r.value()))
                    .extracting(a -> a.getStatus() + " after " + a.getPreviousStatus() + " on " + a.getActual())
                    .containsExactly(
                            "AWAITING_QUOTA after null on 89.0",
                            "LAGGING after AWAITING_QUOTA on 89.0",
                            "AHEAD after LAGGING on 89.8");
            assertThat(on.readCommitted(topics.statuses().name(), 3))
                    .extracting(r -> deserializer.deserialize("", r.value()).getStatus())
                    .containsExactly(ProgressStatus.AWAITING_QUOTA, ProgressStatus.LAGGING, ProgressStatus.AHEAD);
            assertThat(job.state()).isEqualTo(KafkaStreams.State.RUNNING);
        }
    }

    /** The job on {@code on}'s topics under an application id of its own, once it runs. */
    private ProgressJob running(JobTopics on) throws Exception {
        ProgressJob job = ProgressJob.start(
                on.jobProperties("job-it-" + UUID.randomUUID(), stateDir),
                on.topics(),
                ProgressEvaluator.withDefaults(),
                Clock.systemUTC());
        try {
            job.awaitRunning(Duration.ofSeconds(60));
            return job;
        } catch (Exception | AssertionError e) {
            job.close();
            throw e;
        }
    }

    private static String header(ConsumerRecord<byte[], byte[]> r, String name) {
        var h = r.headers().lastHeader(name);
        return h == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }
}
