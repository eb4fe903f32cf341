package org.planwatch.app;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
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
        return TopicSnapshot.read(bootstrap, file, topic, timeout, "dead-letter reader").stream()
                .map(DeadLetters::letter)
                .toList();
    }

    private static Letter letter(ConsumerRecord<byte[], byte[]> r) {
        Map<String, String> headers = new LinkedHashMap<>();
        for (Header h : r.headers()) {
            headers.put(h.key(), h.value() == null ? "" : new String(h.value(), StandardCharsets.UTF_8));
        }
        return new Letter(r.partition(), r.offset(), r.timestamp(), r.key(), r.value(), headers);
    }
}
