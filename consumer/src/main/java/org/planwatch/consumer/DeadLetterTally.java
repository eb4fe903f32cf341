package org.planwatch.consumer;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.planwatch.runtime.ClientGuarantees;
import org.planwatch.runtime.KafkaClientProperties;
import org.planwatch.schema.RefusalHeaders;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How many records each dead-letter topic holds, by reason, counted from the topics themselves:
 * {@code planwatch.dead.letters{topic, reason}}. The job's refusal counters live in its memory and
 * start again at 0 when it restarts (Prometheus's {@code increase()} copes with that, a person
 * reading the number does not); these are read back from the log at every start, outside any
 * group, so they survive restarts of either process and agree with {@code ./planwatch dlq list}
 * for as long as the topic keeps its records.
 */
final class DeadLetterTally implements Runnable, AutoCloseable {
    static final String DEAD_LETTERS = "planwatch.dead.letters";
    /** A record without PlanWatch's reason header: Kafka Streams' own, for a record it could not decode. */
    static final String UNLABELLED = "undecodable";

    private static final Logger LOG = LoggerFactory.getLogger(DeadLetterTally.class);

    private final Consumer<byte[], byte[]> consumer;
    private final List<String> topics;
    private final MeterRegistry registry;
    private final Map<List<String>, AtomicLong> counts = new ConcurrentHashMap<>();
    private final List<Meter> meters = new ArrayList<>();
    private final AtomicBoolean running = new AtomicBoolean(true);

    DeadLetterTally(Consumer<byte[], byte[]> consumer, List<String> topics, MeterRegistry registry) {
        this.consumer = consumer;
        this.topics = List.copyOf(topics);
        this.registry = registry;
    }

    /** A consumer that reads committed records only (the job writes its dead letters in its transactions). */
    static Consumer<byte[], byte[]> consumer(String bootstrap, KafkaClientProperties file) {
        return new KafkaConsumer<>(
                file.merge("dead-letter tally", new Properties(), ClientGuarantees.committedReader(bootstrap)),
                new ByteArrayDeserializer(),
                new ByteArrayDeserializer());
    }

    @Override
    public void run() {
        try {
            List<TopicPartition> partitions = new ArrayList<>();
            for (String topic : topics) {
                consumer.partitionsFor(topic).forEach(p -> partitions.add(new TopicPartition(topic, p.partition())));
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            while (running.get()) {
                for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                    count(record.topic(), reason(record));
                }
            }
        } catch (WakeupException e) {
            if (running.get()) {
                LOG.error("dead-letter tally stopped unexpectedly", e);
            }
        } catch (RuntimeException e) {
            // The tally is a view; its failure must not take the consumer down with it.
            LOG.error("dead-letter tally stopped; planwatch_dead_letters is no longer updated", e);
        } finally {
            consumer.close();
        }
    }

    private static String reason(ConsumerRecord<byte[], byte[]> record) {
        Header h = record.headers().lastHeader(RefusalHeaders.REASON);
        return h == null || h.value() == null ? UNLABELLED : new String(h.value(), StandardCharsets.UTF_8);
    }

    private void count(String topic, String reason) {
        counts.computeIfAbsent(List.of(topic, reason), k -> {
                    AtomicLong n = new AtomicLong();
                    synchronized (meters) {
                        meters.add(Gauge.builder(DEAD_LETTERS, n, AtomicLong::get)
                                .tag("topic", topic)
                                .tag("reason", reason)
                                .description("Records the dead-letter topic holds, by reason, read back from the topic "
                                        + "at every start (survives restarts)")
                                .register(registry));
                    }
                    return n;
                })
                .incrementAndGet();
    }

    @Override
    public void close() {
        running.set(false);
        consumer.wakeup();
        synchronized (meters) {
            meters.forEach(registry::remove);
            meters.clear();
        }
    }
}
