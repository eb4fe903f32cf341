package org.planwatch.bench;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.planwatch.runtime.ClientGuarantees;

/**
 * What the broker does for a plain client, with nothing of PlanWatch's on top: the readings'
 * bytes written by an idempotent {@code acks=all} producer, then read back by a consumer.
 */
final class RawBaseline {
    private RawBaseline() {}

    /** The pipeline's producer guarantees and batching, nothing more. */
    private static Properties writer(String bootstrap) {
        Properties p = ClientGuarantees.durableWriter(bootstrap);
        p.put(ProducerConfig.LINGER_MS_CONFIG, 5);
        p.put(ProducerConfig.BATCH_SIZE_CONFIG, 64 * 1024);
        return p;
    }

    /** Records per second from the first send to the last acknowledgement. */
    static double produce(String bootstrap, String topic, Events events) {
        AtomicReference<Exception> failure = new AtomicReference<>();
        try (KafkaProducer<byte[], byte[]> producer =
                new KafkaProducer<>(writer(bootstrap), new ByteArraySerializer(), new ByteArraySerializer())) {
            long start = System.nanoTime();
            for (int i = 0; i < events.size(); i++) {
                producer.send(
                        new ProducerRecord<>(
                                topic, events.keys().get(i), events.values().get(i)),
                        (m, e) -> {
                            if (e != null) {
                                failure.compareAndSet(null, e);
                            }
                        });
            }
            producer.flush();
            long elapsed = System.nanoTime() - start;
            if (failure.get() != null) {
                throw new IllegalStateException("raw producer: a record was not acknowledged", failure.get());
            }
            return Rates.perSecond(events.size(), elapsed);
        }
    }

    /** Records per second reading {@code count} records back from the start, in a group of its own. */
    static double consume(String bootstrap, String topic, int count, Duration timeout) {
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(
                Map.of(
                        ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                        bootstrap,
                        ConsumerConfig.GROUP_ID_CONFIG,
                        "bench-raw-" + UUID.randomUUID(),
                        ConsumerConfig.AUTO_OFFSET_RESET_CONFIG,
                        "earliest",
                        ConsumerConfig.MAX_POLL_RECORDS_CONFIG,
                        5000),
                new ByteArrayDeserializer(),
                new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(topic));
            long deadline = System.nanoTime() + timeout.toNanos();
            long first = 0;
            int read = 0;
            while (read < count) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("raw consumer: " + read + " of " + count + " read in " + timeout);
                }
                int got = consumer.poll(Duration.ofMillis(100)).count();
                if (got > 0 && first == 0) {
                    first = System.nanoTime();
                }
                read += got;
            }
            // From the first batch in: the group's join is not the broker's reading speed.
            return Rates.perSecond(read, System.nanoTime() - first);
        }
    }
}
