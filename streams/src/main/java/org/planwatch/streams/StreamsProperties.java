package org.planwatch.streams;

import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.errors.LogAndContinueProcessingExceptionHandler;
import org.planwatch.runtime.ClientGuarantees;
import org.planwatch.runtime.KafkaClientProperties;
import org.planwatch.schema.TopicSet;

/** How the progress job runs: exactly once, bad records to the dead-letter topic. */
public final class StreamsProperties {
    public static final String DEFAULT_APPLICATION_ID = "planwatch-streams";
    /**
     * How often the job commits by default: a status is visible after the commit that follows its
     * reading, so this bounds the latency. Chosen by {@code bench --commit-interval} on the idle
     * two-core machine: p99 publish to status 79 ms at 1,000 readings/s (twice) at 30 ms, 96-129 ms
     * at 50 ms, 142-162 ms at Kafka Streams' 100 ms, for no throughput loss beyond the runs' spread
     * (README, Performance).
     */
    public static final String DEFAULT_COMMIT_INTERVAL = "PT0.03S";

    private StreamsProperties() {}

    public static Properties properties(
            String bootstrap, String applicationId, Path stateDir, TopicSet topics, Map<String, String> overrides) {
        return properties(bootstrap, applicationId, stateDir, topics, overrides, KafkaClientProperties.NONE);
    }

    /**
     * With the user's client properties (security, tuning) added; every setting made here, and
     * {@code overrides} (the command's options), wins over them.
     */
    public static Properties properties(
            String bootstrap,
            String applicationId,
            Path stateDir,
            TopicSet topics,
            Map<String, String> overrides,
            KafkaClientProperties file) {
        // What exactly once needs of the clients Streams makes, stated here so that a client
        // properties file shared with the other commands cannot undo it (its acks=1 would stop
        // the job at start, its isolation level be dropped with a log line nobody reads).
        Properties p = ClientGuarantees.committedReads(ClientGuarantees.durableWriter(bootstrap));
        p.put(StreamsConfig.APPLICATION_ID_CONFIG, applicationId);
        p.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        p.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
        // Undecodable or unprocessable records go to the dead-letter topic with Streams' own
        // exception, topic, partition and offset headers; the job goes on.
        p.put(StreamsConfig.DESERIALIZATION_EXCEPTION_HANDLER_CLASS_CONFIG, CountingDeserializationHandler.class);
        p.put(StreamsConfig.PROCESSING_EXCEPTION_HANDLER_CLASS_CONFIG, LogAndContinueProcessingExceptionHandler.class);
        p.put(
                StreamsConfig.ERRORS_DEAD_LETTER_QUEUE_TOPIC_NAME_CONFIG,
                topics.readingsDlq().name());
        p.put(StreamsConfig.consumerPrefix(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG), "earliest");
        p.putAll(overrides);
        // a default a client properties file may change, unlike the settings above
        Properties defaults = new Properties();
        defaults.put(
                StreamsConfig.COMMIT_INTERVAL_MS_CONFIG,
                Long.toString(java.time.Duration.parse(DEFAULT_COMMIT_INTERVAL).toMillis()));
        return file.merge("Kafka Streams " + applicationId, defaults, p);
    }
}
