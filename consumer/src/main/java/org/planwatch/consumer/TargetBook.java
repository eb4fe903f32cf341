package org.planwatch.consumer;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.RecordDeserializationException;
import org.apache.kafka.common.errors.WakeupException;
import org.planwatch.domain.Target;
import org.planwatch.schema.PlanTarget;
import org.planwatch.schema.TargetCodec;
import org.planwatch.schema.Topic;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every plan target, keyed {@code plan|region|indicator}, read from the compacted targets topic
 * from its beginning at every start (no group, nothing committed) and then followed, so that a
 * message can say what the target is (its number, unit, year and base), not only how it stands.
 * A message sent before the book has caught up, or for a target deleted since, says less, never
 * something wrong.
 */
final class TargetBook implements Runnable, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(TargetBook.class);

    private final Consumer<String, PlanTarget> consumer;
    private final String topic;
    private final Map<String, Target> targets = new ConcurrentHashMap<>();
    private final CompletableFuture<Void> caughtUp = new CompletableFuture<>();
    private final AtomicBoolean running = new AtomicBoolean(true);

    TargetBook(Consumer<String, PlanTarget> consumer, String topic) {
        this.consumer = consumer;
        this.topic = topic;
    }

    /** An empty book that reads nothing: for writers used without a cluster. */
    static TargetBook empty() {
        TargetBook book = new TargetBook(null, null);
        book.caughtUp.complete(null);
        return book;
    }

    static TargetBook reading(Topic<String, PlanTarget> targets, Properties properties) {
        return new TargetBook(
                new KafkaConsumer<>(
                        properties,
                        targets.keySerde().deserializer(),
                        targets.valueSerde().deserializer()),
                targets.name());
    }

    Optional<Target> get(String key) {
        return Optional.ofNullable(targets.get(key));
    }

    void put(String key, Target target) {
        if (target == null) {
            targets.remove(key);
        } else {
            targets.put(key, target);
        }
    }

    /** Completes once the targets that were on the topic at start have been read. */
    CompletableFuture<Void> caughtUp() {
        return caughtUp;
    }

    @Override
    public void run() {
        try {
            List<TopicPartition> partitions = new ArrayList<>();
            consumer.partitionsFor(topic).forEach(p -> partitions.add(new TopicPartition(topic, p.partition())));
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            while (running.get()) {
                try {
                    for (ConsumerRecord<String, PlanTarget> r : consumer.poll(Duration.ofMillis(500))) {
                        put(r.key(), r.value() == null ? null : TargetCodec.toDomain(r.value()));
                    }
                } catch (RecordDeserializationException e) {
                    LOG.error(
                            "cannot decode target at {}@{}, skipped: {}",
                            e.topicPartition(),
                            e.offset(),
                            e.getMessage());
                    consumer.seek(e.topicPartition(), e.offset() + 1);
                }
                if (!caughtUp.isDone()
                        && ends.entrySet().stream().allMatch(e -> consumer.position(e.getKey()) >= e.getValue())) {
                    caughtUp.complete(null);
                }
            }
        } catch (WakeupException e) {
            if (running.get()) {
                LOG.error("target book stopped unexpectedly", e);
            }
        } catch (RuntimeException e) {
            // Messages still go out without the target's words; the loss must not stop them.
            LOG.error("target book stopped; messages no longer state their targets' numbers", e);
        } finally {
            caughtUp.complete(null);
            consumer.close();
        }
    }

    @Override
    public void close() {
        running.set(false);
        if (consumer != null) {
            consumer.wakeup();
        }
    }
}
