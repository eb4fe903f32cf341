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
import org.apache.kafka.common.Node;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;
import org.planwatch.schema.ProgressEvaluation;
import org.planwatch.schema.ProgressStatus;
import org.planwatch.schema.Topics;

/** The board rebuilt from the compacted status topic at start: every key's last record, tombstones honoured. */
class StatusReaderTest {
    private static final TopicPartition TP = new TopicPartition(Topics.STATUSES.name(), 0);

    @Test
    void shouldRebuildTheBoardFromTheBeginningAndSayWhenItHasCaughtUp() throws Exception {
        MockConsumer<String, ProgressEvaluation> mock = new MockConsumer<>("earliest");
        mock.updatePartitions(
                TP.topic(), List.of(new PartitionInfo(TP.topic(), 0, Node.noNode(), new Node[0], new Node[0])));
        mock.updateBeginningOffsets(Map.of(TP, 0L));
        mock.updateEndOffsets(Map.of(TP, 3L));
        PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        StatusBoard board = new StatusBoard();
        StatusReader reader =
                new StatusReader(mock, Topics.STATUSES, new AlertHandler(board, new IndicatorMetrics(registry, board)));
        mock.schedulePollTask(() -> {
            mock.addRecord(new ConsumerRecord<>(
                    TP.topic(), 0, 0, "a", alert(2022, ProgressStatus.LAGGING, 5.4, 5.47, 0.75, 1)));
            mock.addRecord(new ConsumerRecord<>(
                    TP.topic(), 0, 1, "b", alert(2022, ProgressStatus.ON_TRACK, 5.5, 5.47, 1.1, 1)));
            mock.addRecord(new ConsumerRecord<>(TP.topic(), 0, 2, "b", null));
        });
        Thread thread = new Thread(reader);
        thread.start();
        assertThat(reader.caughtUp()).succeedsWithin(Duration.ofSeconds(10));
        assertThat(board.get("a"))
                .hasValueSatisfying(s -> assertThat(s.getStatus()).isEqualTo(ProgressStatus.LAGGING));
        assertThat(board.get("b")).isEmpty();
        assertThat(mock.committed(java.util.Set.of(TP))).isEmpty();
        reader.close();
        thread.join(10_000);
        assertThat(reader.stopped()).succeedsWithin(Duration.ZERO);
    }
}
