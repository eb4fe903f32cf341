package org.planwatch.consumer;

import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.common.errors.RecordDeserializationException;
import org.apache.kafka.common.errors.WakeupException;
import org.planwatch.schema.ProgressAlert;
import org.planwatch.schema.Topic;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The poll loop over the status and alerts topics. Reads only committed transactions, hands each
 * record to the {@link AlertHandler} (status records, tombstones included, to the board; alerts
 * to the counters and listeners), and commits offsets after the batch is handled. A record that cannot
 * be decoded is logged with its partition and offset, counted, and skipped; any other failure
 * ends the loop and completes {@link #stopped()} exceptionally.
 */
public final class AlertConsumer implements Runnable, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(AlertConsumer.class);
    public static final String DEFAULT_GROUP_ID = "planwatch-consumer";

    private final Consumer<String, ProgressAlert> consumer;
    private final Topic<String, ProgressAlert> statuses;
    private final Topic<String, ProgressAlert> alerts;
    private final AlertHandler handler;
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final CompletableFuture<Void> stopped = new CompletableFuture<>();

    public AlertConsumer(
            Consumer<String, ProgressAlert> consumer,
            Topic<String, ProgressAlert> statuses,
            Topic<String, ProgressAlert> alerts,
            AlertHandler handler) {
        this.consumer = consumer;
        this.statuses = statuses;
        this.alerts = alerts;
        this.handler = handler;
    }

    public static Properties properties(String bootstrap, String groupId) {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        p.put(ConsumerConfig.GROUP_ID_CONFIG, groupId);
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, IsolationLevel.READ_COMMITTED.toString());
        p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        return p;
    }

    public static Consumer<String, ProgressAlert> consumer(Topic<String, ProgressAlert> topic, Properties properties) {
        return new KafkaConsumer<>(
                properties, topic.keySerde().deserializer(), topic.valueSerde().deserializer());
    }

    @Override
    public void run() {
        try {
            consumer.subscribe(List.of(statuses.name(), alerts.name()));
            while (running.get()) {
                ConsumerRecords<String, ProgressAlert> records;
                try {
                    records = consumer.poll(Duration.ofMillis(500));
                } catch (RecordDeserializationException e) {
                    // A record no version of the schema can read: count it, say where it is, go past it.
                    LOG.error(
                            "cannot decode record at {}-{}@{}, skipped: {}",
                            e.topicPartition().topic(),
                            e.topicPartition().partition(),
                            e.offset(),
                            e.getMessage());
                    handler.undecodable(
                            e.topicPartition().topic(), e.topicPartition().partition(), e.offset());
                    consumer.seek(e.topicPartition(), e.offset() + 1);
                    continue;
                }
                for (ConsumerRecord<String, ProgressAlert> record : records) {
                    if (record.topic().equals(statuses.name())) {
                        handler.status(record.key(), record.value());
                    } else if (record.value() != null) {
                        handler.alert(record.key(), record.value());
                    }
                }
                if (!records.isEmpty()) {
                    consumer.commitSync();
                }
            }
        } catch (WakeupException e) {
            if (running.get()) {
                fail(e);
                return;
            }
            // Woken to stop, perhaps between handling a batch and committing it: commit what was handled.
            commitQuietly();
        } catch (RuntimeException e) {
            fail(e);
            return;
        } finally {
            consumer.close();
        }
        stopped.complete(null);
    }

    private void fail(RuntimeException e) {
        LOG.error("alert consumer stopped by an unexpected error", e);
        stopped.completeExceptionally(e);
    }

    private void commitQuietly() {
        try {
            consumer.commitSync();
        } catch (RuntimeException e) {
            LOG.warn(
                    "could not commit the last handled alerts while stopping; they will be read again: {}",
                    e.toString());
        }
    }

    /** Completes when the loop ends: normally after {@link #close()}, exceptionally if it died. */
    public CompletableFuture<Void> stopped() {
        return stopped;
    }

    /** Stops the loop from another thread; the loop closes the consumer. */
    @Override
    public void close() {
        running.set(false);
        consumer.wakeup();
    }
}
