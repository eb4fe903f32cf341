package org.planwatch.app;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.planwatch.runtime.ClientGuarantees;
import org.planwatch.runtime.KafkaClientProperties;

/**
 * Every record of a dead-letter topic, read from its start to the end it has when asked, committed
 * records only, without a consumer group (reading it changes nothing for anyone).
 */
final class DeadLetters {
    /** One refused record: where it sits in the dead-letter topic, its bytes as published, its headers. */
    record Letter(int partition, long offset, long timestamp, byte[] key, byte[] value, Map<String, String> headers) {
        String id() {
            return partition + "@" + offset;
        }

        String header(String name) {
            return headers.getOrDefault(name, "");
        }
    }

    private DeadLetters() {}

    static List<Letter> read(String bootstrap, KafkaClientProperties file, String topic, Duration timeout) {
        Properties p = ClientGuarantees.committedReader(bootstrap);
        p.put(ConsumerConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) timeout.toMillis());
        try (Consumer<byte[], byte[]> consumer = new KafkaConsumer<>(
                file.merge("dead-letter reader", new Properties(), p),
                new ByteArrayDeserializer(),
                new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic, timeout).stream()
                    .map(i -> new TopicPartition(topic, i.partition()))
                    .toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions, timeout);
            List<Letter> letters = new ArrayList<>();
            long deadline = System.nanoTime() + timeout.toNanos();
            while (partitions.stream().anyMatch(tp -> consumer.position(tp, timeout) < end.get(tp))) {
                if (System.nanoTime() > deadline) {
                    throw new UsageProblem("cannot read " + topic + " to its end within " + timeout);
                }
                for (ConsumerRecord<byte[], byte[]> r : consumer.poll(Duration.ofMillis(200))) {
                    letters.add(letter(r));
                }
            }
            return letters;
        }
    }

    private static Letter letter(ConsumerRecord<byte[], byte[]> r) {
        Map<String, String> headers = new LinkedHashMap<>();
        for (Header h : r.headers()) {
            headers.put(h.key(), h.value() == null ? "" : new String(h.value(), StandardCharsets.UTF_8));
        }
        return new Letter(r.partition(), r.offset(), r.timestamp(), r.key(), r.value(), headers);
    }
}
