package org.planwatch.streams;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.planwatch.schema.TopicSet;

/** Reads a topic as the job's consumers do, {@code read_committed}, from the start, in a group of its own. */
public final class CommittedRecords {
    private CommittedRecords() {}

    public static <K> KafkaConsumer<K, byte[]> consumer(String bootstrap, Deserializer<K> keys) {
        return new KafkaConsumer<>(
                Map.of(
                        ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                        bootstrap,
                        ConsumerConfig.GROUP_ID_CONFIG,
                        "reader-" + UUID.randomUUID(),
                        ConsumerConfig.AUTO_OFFSET_RESET_CONFIG,
                        "earliest",
                        ConsumerConfig.ISOLATION_LEVEL_CONFIG,
                        "read_committed",
                        ConsumerConfig.MAX_POLL_RECORDS_CONFIG,
                        5000),
                keys,
                new ByteArrayDeserializer());
    }

    /**
     * The records of {@code topic} once {@code count} are in (or {@code timeout} is over), and then
     * any that arrive within {@code quiet}: a duplicate would follow close behind.
     */
    public static <K> List<ConsumerRecord<K, byte[]>> read(
            String bootstrap,
            Deserializer<K> keys,
            String topic,
            int count,
            Duration timeout,
            Duration quiet,
            Runnable whileWaiting) {
        List<ConsumerRecord<K, byte[]>> records = new ArrayList<>();
        try (KafkaConsumer<K, byte[]> consumer = consumer(bootstrap, keys)) {
            consumer.subscribe(List.of(topic));
            long deadline = System.nanoTime() + timeout.toNanos();
            while (records.size() < count && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
                whileWaiting.run();
            }
            long end = System.nanoTime() + quiet.toNanos();
            while (System.nanoTime() < end) {
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
            }
        }
        return records;
    }

    /**
     * The reading ids of the alerts topic's records by key, in order, once {@code expected} are in
     * (or {@code timeout} is over) and a moment longer: what the exactly-once tests compare with
     * the arithmetic of {@link Workload}.
     */
    public static Map<String, List<String>> alertReadingIds(
            String bootstrap, TopicSet topics, int expected, Duration timeout) {
        var deserializer = topics.alerts().valueSerde().deserializer();
        Map<String, List<String>> byKey = new TreeMap<>();
        for (ConsumerRecord<String, byte[]> r : read(
                bootstrap,
                new StringDeserializer(),
                topics.alerts().name(),
                expected,
                timeout,
                Duration.ofSeconds(3),
                () -> {})) {
            byKey.computeIfAbsent(r.key(), k -> new ArrayList<>())
                    .add(deserializer.deserialize("", r.value()).getReadingId());
        }
        return byKey;
    }

    /**
     * How far {@code topic}'s committed records reach now: the sum of its partitions' last stable
     * offsets (transaction markers count too, so it runs a little ahead of the records).
     */
    public static long committedEnd(String bootstrap, String topic) {
        try (KafkaConsumer<String, byte[]> consumer = consumer(bootstrap, new StringDeserializer())) {
            var partitions = consumer.partitionsFor(topic).stream()
                    .map(p -> new org.apache.kafka.common.TopicPartition(p.topic(), p.partition()))
                    .toList();
            return consumer.endOffsets(partitions).values().stream()
                    .mapToLong(Long::longValue)
                    .sum();
        }
    }
}
