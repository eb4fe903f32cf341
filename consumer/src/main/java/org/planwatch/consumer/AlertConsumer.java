package org.planwatch.consumer;

import java.util.List;
import java.util.Properties;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.IsolationLevel;
import org.planwatch.schema.KafkaClientProperties;
import org.planwatch.schema.ProgressAlert;
import org.planwatch.schema.Topic;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the alerts topic in the consumer group: only committed transactions, each status change
 * handed to the {@link AlertHandler}, the offsets committed after the batch is handled, so that an
 * alert is acted on at least once and a restart goes on where the group left off.
 */
public final class AlertConsumer extends PollLoop {
    private static final Logger LOG = LoggerFactory.getLogger(AlertConsumer.class);
    public static final String DEFAULT_GROUP_ID = "planwatch-consumer";

    private final Topic<String, ProgressAlert> alerts;

    public AlertConsumer(
            Consumer<String, ProgressAlert> consumer, Topic<String, ProgressAlert> alerts, AlertHandler handler) {
        super(consumer, handler);
        this.alerts = alerts;
    }

    public static Properties properties(String bootstrap, String groupId) {
        return properties(bootstrap, groupId, KafkaClientProperties.NONE);
    }

    /** With the user's client properties (security, tuning) added; every setting made here wins over them. */
    public static Properties properties(String bootstrap, String groupId, KafkaClientProperties file) {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        p.put(ConsumerConfig.GROUP_ID_CONFIG, groupId);
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, IsolationLevel.READ_COMMITTED.toString());
        // A new group starts at the beginning: no alert written before it first ran goes untold.
        p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        return file.merge("consumer " + groupId, new Properties(), p);
    }

    public static Consumer<String, ProgressAlert> consumer(Topic<String, ProgressAlert> topic, Properties properties) {
        return new KafkaConsumer<>(
                properties, topic.keySerde().deserializer(), topic.valueSerde().deserializer());
    }

    @Override
    void start() {
        consumer.subscribe(List.of(alerts.name()));
    }

    @Override
    void handle(ConsumerRecords<String, ProgressAlert> records) {
        pending = !records.isEmpty();
        List<ProgressAlert> batch = new java.util.ArrayList<>();
        for (ConsumerRecord<String, ProgressAlert> record : records) {
            if (record.value() != null) {
                batch.add(record.value());
            }
        }
        try {
            handler.alerts(batch);
        } catch (InterruptedException e) {
            // stopping mid-delivery: leave the batch uncommitted, to be read and sent again
            Thread.currentThread().interrupt();
            throw new org.apache.kafka.common.errors.WakeupException();
        }
        if (!records.isEmpty()) {
            consumer.commitSync();
        }
        pending = false;
    }

    /** A batch read but not yet wholly delivered: its offsets must not be committed. */
    private volatile boolean pending;

    @Override
    void stopping() {
        if (pending) {
            return;
        }
        try {
            consumer.commitSync();
        } catch (RuntimeException e) {
            LOG.warn(
                    "could not commit the last handled alerts while stopping; they will be read again: {}",
                    e.toString());
        }
    }
}
