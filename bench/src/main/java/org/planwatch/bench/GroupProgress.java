package org.planwatch.bench;

import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

/**
 * How far a Kafka Streams application has got, read from the broker: the offsets its group has
 * committed against the ends of its input topics. Under exactly-once an input offset is
 * committed in the same transaction as the output it caused, so an input committed to its end
 * means every output is written and visible.
 */
final class GroupProgress {
    private static final Duration POLL = Duration.ofMillis(50);

    /**
     * @param firstNanos when the group had first committed anything on these topics
     * @param firstCommitted how many records it had committed then
     * @param doneNanos when it had committed them to their ends
     * @param committed how many records that was
     */
    record Span(long firstNanos, long firstCommitted, long doneNanos, long committed) {
        double recordsPerSecondFromFirstCommit() {
            return Rates.perSecond(committed - firstCommitted, doneNanos - firstNanos);
        }
    }

    private GroupProgress() {}

    /** Waits until {@code group} has committed every partition of {@code topics} to its end. */
    static Span awaitEnd(Admin admin, String group, Collection<String> topics, Duration timeout)
            throws InterruptedException, ExecutionException, TimeoutException {
        Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
        admin.describeTopics(topics)
                .allTopicNames()
                .get()
                .values()
                .forEach(t -> t.partitions()
                        .forEach(p -> latest.put(new TopicPartition(t.name(), p.partition()), OffsetSpec.latest())));
        long deadline = System.nanoTime() + timeout.toNanos();
        long firstNanos = 0;
        long firstCommitted = 0;
        while (true) {
            Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group)
                    .partitionsToOffsetAndMetadata()
                    .get(10, TimeUnit.SECONDS);
            long now = System.nanoTime();
            long sum = 0;
            boolean atEnd = true;
            var ends = admin.listOffsets(latest).all().get(10, TimeUnit.SECONDS);
            for (TopicPartition tp : latest.keySet()) {
                OffsetAndMetadata c = committed.get(tp);
                long offset = c == null ? 0 : c.offset();
                sum += offset;
                atEnd &= offset >= ends.get(tp).offset();
            }
            if (firstNanos == 0 && sum > 0) {
                firstNanos = now;
                firstCommitted = sum;
            }
            if (atEnd && sum > 0) {
                return new Span(firstNanos, firstCommitted, now, sum);
            }
            if (now > deadline) {
                throw new TimeoutException(
                        group + " committed " + sum + " records of " + topics + ", not all, in " + timeout);
            }
            Thread.sleep(POLL.toMillis());
        }
    }
}
