package org.planwatch.consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.planwatch.consumer.Alerts.alert;

import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.MockConsumer;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.RecordDeserializationException;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.record.TimestampType;
import org.junit.jupiter.api.Test;
import org.planwatch.schema.ProgressEvaluation;
import org.planwatch.schema.ProgressStatus;
import org.planwatch.schema.Topics;

/** The poll loop against Kafka's MockConsumer: poison records, commits, failures. */
class AlertConsumerTest {
    private static final TopicPartition TP = new TopicPartition(Topics.ALERTS.name(), 0);
    private static final String KEY = "jm-health-14|440700|hospital_beds_per_1000";

    private final MockConsumer<String, ProgressEvaluation> mock = new MockConsumer<>("earliest");
    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final StatusBoard board = new StatusBoard();
    private final AlertHandler handler = new AlertHandler(board, new IndicatorMetrics(registry, board));
    private final AlertConsumer loop = new AlertConsumer(mock, Topics.ALERTS, handler);

    private void assign() {
        mock.schedulePollTask(() -> {
            mock.rebalance(List.of(TP));
            mock.updateBeginningOffsets(Map.of(TP, 0L));
        });
    }

    private static ConsumerRecord<String, ProgressEvaluation> record(long offset, ProgressEvaluation alert) {
        return new ConsumerRecord<>(TP.topic(), TP.partition(), offset, KEY, alert);
    }

    @Test
    void shouldGiveADeadMembersPartitionsAwayAfterTenSecondsUnlessAClientFileSaysOtherwise() throws Exception {
        java.nio.file.Path file = java.nio.file.Files.createTempFile("kafka", ".properties");
        java.nio.file.Files.writeString(file, "session.timeout.ms=30000\n");

        assertThat(AlertConsumer.properties("broker:9092", "planwatch-consumer"))
                .containsEntry("session.timeout.ms", "10000")
                .containsEntry("heartbeat.interval.ms", "3333");
        assertThat(AlertConsumer.properties(
                                "broker:9092",
                                "planwatch-consumer",
                                org.planwatch.runtime.KafkaClientProperties.read(file, w -> {}))
                        .getProperty("session.timeout.ms"))
                .isEqualTo("30000");
    }

    @Test
    void shouldSkipAnUndecodableRecordCountItAndGoOn() throws Exception {
        assign();
        mock.schedulePollTask(() -> mock.setPollException(new RecordDeserializationException(
                RecordDeserializationException.DeserializationExceptionOrigin.VALUE,
                TP,
                0L,
                0L,
                TimestampType.CREATE_TIME,
                null,
                null,
                new RecordHeaders(),
                "bad bytes",
                new KafkaException("bad bytes"))));
        mock.schedulePollTask(() -> mock.addRecord(record(1, alert(2023, ProgressStatus.LAGGING, 5.5, 5.6, 0.75, 1))));
        // past the poison record (offset 0) and the alert (offset 1): the next to read is 2
        assertThat(runUntilCommitted(loop, 2)).isEqualTo(2L);

        assertThat(registry.scrape()).contains("planwatch_alerts_undecodable_total 1.0");
        assertThat(registry.scrape()).contains("planwatch_alerts_consumed_total 1.0");
        assertThat(loop.stopped()).succeedsWithin(Duration.ZERO);
    }

    @Test
    void shouldCommitEachAlertBeforeTellingTheNextSoACrashRepeatsOneAtMost() throws Exception {
        assign();
        mock.schedulePollTask(() -> {
            for (long offset = 0; offset < 5; offset++) {
                mock.addRecord(record(offset, alert(2021 + (int) offset, ProgressStatus.LAGGING, 5.5, 5.6, 0.75, 1)));
            }
        });
        // what the group has committed when each alert of the one poll is told
        List<Long> committedWhenTold = new java.util.concurrent.CopyOnWriteArrayList<>();
        handler.addListener((key, alert) -> committedWhenTold.add(committed()));
        long atEnd = runUntilCommitted(loop, 5);

        // a batch commit would show -1 five times: a crash at the fifth would send all five again
        assertThat(committedWhenTold).containsExactly(-1L, 1L, 2L, 3L, 4L);
        assertThat(atEnd).isEqualTo(5L);
    }

    /** Runs {@code loop} on a thread of its own until {@code offset} is committed (or ten seconds pass), then stops it. */
    private long runUntilCommitted(AlertConsumer loop, long offset) throws InterruptedException {
        Thread thread = new Thread(loop);
        thread.start();
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (committed() < offset && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
        long atEnd = committed();
        loop.close();
        thread.join(10_000);
        return atEnd;
    }

    private long committed() {
        var offsets = mock.committed(java.util.Set.of(TP));
        return offsets.get(TP) == null ? -1 : offsets.get(TP).offset();
    }

    @Test
    void shouldReportAnUnexpectedFailureInsteadOfDyingSilently() throws Exception {
        assign();
        mock.schedulePollTask(() -> mock.setPollException(new KafkaException("broker said no")));
        Thread thread = new Thread(loop);
        thread.start();
        thread.join(10_000);

        assertThat(thread.isAlive()).isFalse();
        assertThat(loop.stopped()).isCompletedExceptionally();
        assertThat(mock.closed()).isTrue();
    }

    /**
     * A backlog reaches the alerts topic over many of the job's commits: in digest mode the polls
     * that follow one another without a quiet moment make one round of digests, one per
     * department, committed together (a digest per poll sent 市科技局 three in one demo).
     */
    @Test
    void shouldGatherABacklogOverSeveralPollsIntoOneDigestPerDepartment(
            @org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        java.nio.file.Path outbox = dir.resolve("outbox");
        Notifier notifier = new Notifier(
                Routing.outbox(outbox),
                Map.of("outbox", new OutboxChannel()),
                new NoticeWriter(
                        org.planwatch.domain.IndicatorDictionary.bundled(),
                        org.planwatch.domain.RegionDictionary.bundled()),
                true,
                Notifier.Retry.DEFAULT,
                RateLimit.REAL,
                (notice, route, error) -> {},
                registry);
        AlertConsumer digests = new AlertConsumer(
                mock, Topics.ALERTS, new AlertHandler(board, new IndicatorMetrics(registry, board), notifier));
        assign();
        String[] indicators = {"hospital_beds_per_1000", "nurses_per_1000", "doctors_per_1000"};
        for (int i = 0; i < indicators.length; i++) {
            long offset = i;
            ProgressEvaluation a = alert(2023, ProgressStatus.LAGGING, 5.5, 5.6, 0.75, 1);
            a.setIndicator(indicators[i]);
            mock.schedulePollTask(() -> mock.addRecord(record(offset, a)));
        }
        long atEnd = runUntilCommitted(digests, 3);

        assertThat(atEnd).isEqualTo(3L);
        try (var files = java.nio.file.Files.list(outbox)) {
            assertThat(files.toList())
                    .singleElement()
                    .satisfies(
                            f -> assertThat(java.nio.file.Files.readString(f)).contains("市卫生健康局：3项指标状态变化"));
        }
    }
}
