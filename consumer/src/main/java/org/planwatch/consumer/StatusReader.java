package org.planwatch.consumer;

import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.common.TopicPartition;
import org.planwatch.runtime.ClientGuarantees;
import org.planwatch.runtime.KafkaClientProperties;
import org.planwatch.schema.ProgressEvaluation;
import org.planwatch.schema.Topic;

/**
 * Reads the compacted status topic from its beginning at every start, outside any consumer group
 * and committing nothing, so that the board and the metrics hold every target's current status
 * after a restart (no gap, no false "resolved"), then follows the topic's changes. {@link
 * #caughtUp()} completes once the records that were there at the start have been read.
 */
public final class StatusReader extends PollLoop {
    private final Topic<String, ProgressEvaluation> statuses;
    private final CompletableFuture<Void> caughtUp = new CompletableFuture<>();
    private Map<TopicPartition, Long> ends;

    public StatusReader(
            Consumer<String, ProgressEvaluation> consumer,
            Topic<String, ProgressEvaluation> statuses,
            AlertHandler handler) {
        super(consumer, handler);
        this.statuses = statuses;
    }

    /**
     * No group: the status topic is read whole by every instance. The user's client properties
     * are added under these.
     */
    public static Properties properties(String bootstrap, KafkaClientProperties file) {
        return file.merge("status reader", new Properties(), ClientGuarantees.committedReader(bootstrap));
    }

    @Override
    void start() {
        List<TopicPartition> partitions = consumer.partitionsFor(statuses.name()).stream()
                .map(p -> new TopicPartition(p.topic(), p.partition()))
                .toList();
        consumer.assign(partitions);
        consumer.seekToBeginning(partitions);
        ends = consumer.endOffsets(partitions);
        checkCaughtUp();
    }

    @Override
    void handle(ConsumerRecords<String, ProgressEvaluation> records) {
        for (ConsumerRecord<String, ProgressEvaluation> record : records) {
            handler.status(record.key(), record.value());
        }
        checkCaughtUp();
    }

    private void checkCaughtUp() {
        if (!caughtUp.isDone()
                && ends.entrySet().stream().allMatch(e -> consumer.position(e.getKey()) >= e.getValue())) {
            caughtUp.complete(null);
        }
    }

    /** Completes when the status held at start has been read back. */
    public CompletableFuture<Void> caughtUp() {
        return caughtUp;
    }
}
