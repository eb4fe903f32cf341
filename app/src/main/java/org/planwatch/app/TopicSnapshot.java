package org.planwatch.app;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.planwatch.runtime.ClientGuarantees;
import org.planwatch.runtime.KafkaClientProperties;

/**
 * A topic read once from its beginning to the end it had when the read began, committed records
 * only, outside any consumer group: what a command shows of the dead letters or the job's
 * statuses, as raw records for the caller to decode.
 */
final class TopicSnapshot {
    private TopicSnapshot() {}

    /** {@code reader} names the client in a warning about the user's client properties. */
    static List<ConsumerRecord<byte[], byte[]>> read(
            String bootstrap, KafkaClientProperties file, String topic, Duration timeout, String reader) {
        Properties p = ClientGuarantees.committedReader(bootstrap);
        p.put(ConsumerConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) timeout.toMillis());
        try (Consumer<byte[], byte[]> consumer = new KafkaConsumer<>(
                file.merge(reader, new Properties(), p), new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic, timeout).stream()
                    .map(i -> new TopicPartition(topic, i.partition()))
                    .toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions, timeout);
            List<ConsumerRecord<byte[], byte[]>> records = new ArrayList<>();
            long deadline = System.nanoTime() + timeout.toNanos();
            while (partitions.stream().anyMatch(tp -> consumer.position(tp, timeout) < end.get(tp))) {
                if (System.nanoTime() > deadline) {
                    throw new UsageProblem("cannot read " + topic + " to its end within " + timeout);
                }
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
            }
            return records;
        }
    }
}
