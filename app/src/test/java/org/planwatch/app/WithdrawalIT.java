package org.planwatch.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.planwatch.broker.EmbeddedKafkaBroker;
import org.planwatch.broker.EmbeddedKafkaExtension;
import org.planwatch.schema.ProgressEvaluation;
import org.planwatch.schema.ProgressStatus;
import org.planwatch.schema.TopicSet;

/**
 * A bureau's deletion withdraws what it names, end to end on the in-JVM broker (issue 24, defect
 * 4): an SDMX-CSV file publishes unemployment for 2025 and 2026 against the national 15th plan; a
 * second file, the bureau's correction, deletes 2026 ({@code ACTION=D}): the job judges the target
 * again on 2025 alone; a third deletes 2025 too, and the target's status goes from the status topic.
 */
@ExtendWith(EmbeddedKafkaExtension.class)
class WithdrawalIT {
    private static final String KEY = "cn-15|CN|surveyed_urban_unemployment";
    private static final String HEADER = "STRUCTURE,STRUCTURE_ID,ACTION,REF_AREA,INDICATOR,TIME_PERIOD,OBS_VALUE\n";

    @TempDir
    Path dir;

    @Test
    void shouldJudgeATargetAgainWithoutTheYearsABureauDeletes(EmbeddedKafkaBroker broker) throws Exception {
        try (ImportedPlanPipeline pipeline = new ImportedPlanPipeline(broker.bootstrapServers(), dir, "withdraw")) {
            publish(pipeline, "release.csv", """
                    dataflow,NBS:LABOUR(1.0),I,CN,surveyed_urban_unemployment,2025,5.2
                    dataflow,NBS:LABOUR(1.0),I,CN,surveyed_urban_unemployment,2026,6.1
                    """, "published 2, rejected 0", null);
            Optional<ProgressEvaluation> last =
                    lastStatus(pipeline, s -> s.isPresent() && s.get().getYear() == 2026);
            assertThat(last).hasValueSatisfying(a -> assertThat(a.getStatus()).isEqualTo(ProgressStatus.LAGGING));

            publish(
                    pipeline,
                    "correction.csv",
                    """
                    dataflow,NBS:LABOUR(1.0),D,CN,surveyed_urban_unemployment,2026,
                    """,
                    "published 1, rejected 0",
                    "1 of its rows withdraw a year's figure");
            // judged again on 2025 alone, the plan's base year: no year of the plan judged yet
            last = lastStatus(pipeline, s -> s.isPresent() && s.get().getPreviousStatus() == ProgressStatus.LAGGING);
            assertThat(last).hasValueSatisfying(a -> {
                assertThat(a.getYear()).isEqualTo(2025);
                assertThat(a.getActual()).isEqualTo(5.2);
                assertThat(a.getStatus()).isEqualTo(ProgressStatus.INSUFFICIENT_DATA);
            });

            publish(
                    pipeline,
                    "withdrawal.csv",
                    """
                    dataflow,NBS:LABOUR(1.0),D,CN,surveyed_urban_unemployment,2025,5.2
                    """,
                    "published 1, rejected 0",
                    "1 of its rows withdraw a year's figure");
            last = lastStatus(pipeline, Optional::isEmpty);
            assertThat(last).as("no figure of the plan's years left: no status").isEmpty();
        }
    }

    private void publish(ImportedPlanPipeline pipeline, String name, String rows, String summary, String said)
            throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, HEADER + rows);
        CommandRun run = pipeline.publish(file);
        assertThat(run.out.toString()).contains(summary);
        if (said != null) {
            assertThat(run.err.toString()).contains(said);
        }
    }

    /**
     * The unemployment target's last record on the status topic (empty: a tombstone), read from the
     * start until it is {@code awaited} and then for two seconds more, so that a record after it shows.
     */
    private static Optional<ProgressEvaluation> lastStatus(
            ImportedPlanPipeline pipeline, Predicate<Optional<ProgressEvaluation>> awaited) {
        String bootstrap = pipeline.bootstrap;
        TopicSet topics = pipeline.topics;
        Properties config = new Properties();
        config.putAll(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                bootstrap,
                ConsumerConfig.GROUP_ID_CONFIG,
                "withdraw-reader-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG,
                "earliest",
                ConsumerConfig.ISOLATION_LEVEL_CONFIG,
                "read_committed"));
        List<Optional<ProgressEvaluation>> records = new ArrayList<>();
        try (KafkaConsumer<String, ProgressEvaluation> consumer = new KafkaConsumer<>(
                config,
                topics.statuses().keySerde().deserializer(),
                topics.statuses().valueSerde().deserializer())) {
            consumer.subscribe(List.of(topics.statuses().name()));
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while ((records.isEmpty() || !awaited.test(records.get(records.size() - 1)))
                    && System.nanoTime() < deadline) {
                poll(consumer, Duration.ofMillis(200), records);
            }
            poll(consumer, Duration.ofSeconds(2), records);
        }
        assertThat(records).as("records of %s on the status topic", KEY).isNotEmpty();
        return records.get(records.size() - 1);
    }

    private static void poll(
            KafkaConsumer<String, ProgressEvaluation> consumer,
            Duration wait,
            List<Optional<ProgressEvaluation>> records) {
        for (ConsumerRecord<String, ProgressEvaluation> r : consumer.poll(wait)) {
            if (r.key().equals(KEY)) {
                records.add(Optional.ofNullable(r.value()));
            }
        }
    }
}
