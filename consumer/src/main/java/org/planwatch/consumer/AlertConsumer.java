package org.planwatch.consumer;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.RecordDeserializationException;
import org.planwatch.runtime.ClientGuarantees;
import org.planwatch.runtime.KafkaClientProperties;
import org.planwatch.schema.ProgressEvaluation;
import org.planwatch.schema.Topic;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the alerts topic in the consumer group: only committed transactions, each status change
 * handed to the {@link AlertHandler}, each offset committed as soon as its alert is told (a digest's
 * batch as a whole), so that an alert is acted on at least once, a crash repeats at most the one in
 * flight, and a restart goes on where the group left off.
 */
public final class AlertConsumer extends PollLoop {
    private static final Logger LOG = LoggerFactory.getLogger(AlertConsumer.class);
    public static final String DEFAULT_GROUP_ID = "planwatch-consumer";

    private final Topic<String, ProgressEvaluation> alerts;

    public AlertConsumer(
            Consumer<String, ProgressEvaluation> consumer,
            Topic<String, ProgressEvaluation> alerts,
            AlertHandler handler) {
        super(consumer, handler);
        this.alerts = alerts;
    }

    /**
     * How long the group waits for a member that went silent before giving its partitions to
     * another: a killed and restarted consumer waits this long for its old self, delivering nothing
     * (Kafka's 45 s was a 46 s stall in an operator's trial); the broker accepts 6 s at least.
     */
    public static final java.time.Duration DEFAULT_SESSION_TIMEOUT = java.time.Duration.ofSeconds(10);

    /** The session timeout, and heartbeats every third of it, as consumer properties. */
    public static Properties membership(java.time.Duration sessionTimeout) {
        Properties p = new Properties();
        p.put(ConsumerConfig.SESSION_TIMEOUT_MS_CONFIG, Long.toString(sessionTimeout.toMillis()));
        p.put(ConsumerConfig.HEARTBEAT_INTERVAL_MS_CONFIG, Long.toString(sessionTimeout.toMillis() / 3));
        return p;
    }

    public static Properties properties(String bootstrap, String groupId) {
        return properties(bootstrap, groupId, KafkaClientProperties.NONE);
    }

    /** With the user's client properties (security, tuning) added; every setting made here wins over them. */
    public static Properties properties(String bootstrap, String groupId, KafkaClientProperties file) {
        Properties p = ClientGuarantees.committedReads(new Properties());
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        p.put(ConsumerConfig.GROUP_ID_CONFIG, groupId);
        // A new group starts at the beginning: no alert written before it first ran goes untold.
        p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        return file.merge("consumer " + groupId, membership(DEFAULT_SESSION_TIMEOUT), p);
    }

    public static Consumer<String, ProgressEvaluation> consumer(
            Topic<String, ProgressEvaluation> topic, Properties properties) {
        return new KafkaConsumer<>(
                properties, topic.keySerde().deserializer(), topic.valueSerde().deserializer());
    }

    @Override
    void start() {
        consumer.subscribe(List.of(alerts.name()));
    }

    @Override
    void handle(ConsumerRecords<String, ProgressEvaluation> records) {
        pending = !records.isEmpty();
        try {
            if (handler.deliversInDigests()) {
                deliverBatch(records);
            } else {
                for (ConsumerRecord<String, ProgressEvaluation> record : records) {
                    deliverOne(record);
                }
            }
        } catch (InterruptedException e) {
            // stopping mid-delivery: leave the rest uncommitted, to be read and sent again
            Thread.currentThread().interrupt();
            throw new org.apache.kafka.common.errors.WakeupException();
        }
        pending = false;
    }

    /**
     * One alert told, then its offset committed before the next: a crash re-sends at most the one
     * in flight, where a batch commit re-sent the whole poll (hundreds of messages at a robot's 20 a
     * minute). The commit's round trip is small beside a send's.
     */
    private void deliverOne(ConsumerRecord<String, ProgressEvaluation> record) throws InterruptedException {
        if (record.value() != null) {
            handler.alerts(List.of(record.value()));
        }
        consumer.commitSync(Map.of(
                new TopicPartition(record.topic(), record.partition()), new OffsetAndMetadata(record.offset() + 1)));
        polled();
    }

    /**
     * Digests group the changes gathered over consecutive polls by department, so they are
     * committed together; a crash re-sends at most the digests of the one round in flight.
     */
    private void deliverBatch(ConsumerRecords<String, ProgressEvaluation> records) throws InterruptedException {
        if (records.isEmpty()) {
            return;
        }
        List<ProgressEvaluation> batch = new ArrayList<>();
        add(records, batch);
        // A backlog reaches the topic over many of the job's commits, tens of milliseconds apart:
        // gathered until the topic is quiet for a moment, so that a department gets one digest of
        // it, not one per poll. A record no schema reads ends the gathering; the loop skips it.
        while (!records.isEmpty() && batch.size() < MOST_GATHERED) {
            try {
                records = consumer.poll(QUIET);
            } catch (RecordDeserializationException e) {
                break;
            }
            polled();
            add(records, batch);
        }
        handler.alerts(batch);
        consumer.commitSync();
    }

    private static void add(ConsumerRecords<String, ProgressEvaluation> records, List<ProgressEvaluation> batch) {
        for (ConsumerRecord<String, ProgressEvaluation> record : records) {
            if (record.value() != null) {
                batch.add(record.value());
            }
        }
    }

    /** How long the alerts topic stays quiet before the changes gathered go out as digests. */
    private static final Duration QUIET = Duration.ofSeconds(1);

    /** The most changes gathered into one round of digests, should the topic never fall quiet. */
    private static final int MOST_GATHERED = 10_000;

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
