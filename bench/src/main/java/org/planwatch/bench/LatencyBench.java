package org.planwatch.bench;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.planwatch.producer.FeedBatch;
import org.planwatch.producer.FeedFormat;
import org.planwatch.producer.RawReading;
import org.planwatch.producer.ReadingPublisher;

/**
 * Publish-to-status latency at a steady rate: readings that each change an evaluation, published
 * in 10 ms ticks by PlanWatch's producer into the running job, and the time from each one's
 * send (its record timestamp, which the job carries to the status it writes) until that status
 * can be read {@code read_committed}.
 */
final class LatencyBench {
    private static final long TICK_NANOS = 10_000_000;

    /** Percentiles in milliseconds, and how many statuses they are over. */
    record Latency(int ratePerSecond, int published, int measured, double p50, double p95, double p99, double max) {}

    private LatencyBench() {}

    static Latency run(PipelineBench pipeline, List<RawReading> changes, int ratePerSecond) throws Exception {
        List<Long> latencies = new ArrayList<>();
        AtomicBoolean reading = new AtomicBoolean(true);
        try (KafkaConsumer<byte[], byte[]> statuses = statusConsumer(pipeline)) {
            long start = System.currentTimeMillis();
            Thread reader = new Thread(
                    () -> {
                        while (reading.get()) {
                            for (ConsumerRecord<byte[], byte[]> r : statuses.poll(Duration.ofMillis(20))) {
                                if (r.timestamp() >= start && r.value() != null) {
                                    latencies.add(System.currentTimeMillis() - r.timestamp());
                                }
                            }
                        }
                    },
                    "bench-status-reader");
            reader.start();
            publishAtRate(pipeline, changes, ratePerSecond);
            Thread.sleep(3_000); // the last commit interval, and then some
            reading.set(false);
            reader.join();
        }
        long[] sorted = latencies.stream().mapToLong(Long::longValue).sorted().toArray();
        return new Latency(
                ratePerSecond,
                changes.size(),
                sorted.length,
                percentile(sorted, 0.50),
                percentile(sorted, 0.95),
                percentile(sorted, 0.99),
                sorted.length == 0 ? 0 : sorted[sorted.length - 1]);
    }

    private static void publishAtRate(PipelineBench pipeline, List<RawReading> changes, int ratePerSecond)
            throws InterruptedException {
        ReadingPublisher publisher =
                new ReadingPublisher(pipeline.producer(), pipeline.topics().readings(), Clock.systemUTC());
        int perTick = Math.max(1, (int) (ratePerSecond * TICK_NANOS / 1_000_000_000L));
        long next = System.nanoTime();
        for (int i = 0; i < changes.size(); i += perTick) {
            List<RawReading> tick = changes.subList(i, Math.min(changes.size(), i + perTick));
            publisher.publish(new FeedBatch("bench-latency", FeedFormat.CSV, tick, List.of()), BenchWorkload.SOURCE);
            next += TICK_NANOS;
            long wait = next - System.nanoTime();
            if (wait > 0) {
                Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
            }
        }
    }

    /** Every partition of the status topic, from its end as it is now. */
    private static KafkaConsumer<byte[], byte[]> statusConsumer(PipelineBench pipeline) {
        KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(
                Map.of(
                        ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                        pipeline.bootstrap(),
                        ConsumerConfig.GROUP_ID_CONFIG,
                        "bench-latency-" + UUID.randomUUID(),
                        ConsumerConfig.ISOLATION_LEVEL_CONFIG,
                        "read_committed",
                        ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG,
                        false),
                new ByteArrayDeserializer(),
                new ByteArrayDeserializer());
        String topic = pipeline.topics().statuses().name();
        List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                .map(p -> new TopicPartition(topic, p.partition()))
                .toList();
        consumer.assign(partitions);
        consumer.seekToEnd(partitions);
        partitions.forEach(consumer::position);
        return consumer;
    }

    static double percentile(long[] sorted, double q) {
        if (sorted.length == 0) {
            return 0;
        }
        int index = (int) Math.ceil(q * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    static String describe(Latency l) {
        return l.ratePerSecond() + "/s: p50 " + l.p50() + " ms, p95 " + l.p95() + " ms, p99 " + l.p99() + " ms, max "
                + l.max() + " ms over " + l.measured() + " statuses of " + l.published() + " readings";
    }
}
