package org.planwatch.runtime;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.config.ConfigException;
import org.planwatch.schema.TopicSet;

/**
 * Where the Kafka cluster is, how to talk to it and which topics to use: what every deployable
 * needs before anything of its own. The keys are the command line's ({@code bootstrap},
 * {@code kafka-config}, {@code topic-prefix}, {@code replication-factor}, {@code kafka-timeout}).
 *
 * @param clientConfig a Kafka client properties file (security, tuning) under PlanWatch's guarantees
 * @param replicationFactor replicas of the topics PlanWatch creates; empty for the broker's default
 */
public record KafkaSettings(
        String bootstrap,
        Optional<Path> clientConfig,
        String topicPrefix,
        Optional<Short> replicationFactor,
        Duration timeout) {
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);

    public KafkaSettings {
        if (bootstrap == null || bootstrap.isBlank()) {
            throw new SettingsException(SettingsSource.variable("bootstrap")
                    + ": no Kafka cluster given; set it to HOST:PORT[,HOST:PORT...]");
        }
        if (replicationFactor.filter(r -> r < 1).isPresent()) {
            throw new SettingsException(SettingsSource.variable("replication-factor") + ": " + replicationFactor.get()
                    + " is no replica count; give 1 or more");
        }
    }

    public static KafkaSettings from(SettingsSource source) {
        return new KafkaSettings(
                source.text("bootstrap", ""),
                source.value("kafka-config").map(Path::of),
                source.text("topic-prefix", ""),
                source.value("replication-factor").map(v -> (short) source.integer("replication-factor", 0, 1, 32767)),
                source.duration("kafka-timeout", DEFAULT_TIMEOUT));
    }

    public TopicSet topics() {
        return TopicSet.defaults().prefixed(topicPrefix);
    }

    /**
     * A default group or application id with the topic prefix before it, so that a second pipeline
     * on the same cluster has groups of its own instead of sharing, and starving, the first one's;
     * an id the user chose is kept as given.
     */
    public String ownId(String id, String defaultId) {
        return id.equals(defaultId) && !topicPrefix.isEmpty() ? topicPrefix + defaultId : id;
    }

    /**
     * Creates {@code topics} where they are missing and waits for their leaders.
     *
     * @throws IllegalStateException naming the cluster, when it does not answer within the timeout;
     *     the caller says which of its settings to check
     */
    public void createTopics(KafkaClientProperties file, TopicSet topics) throws InterruptedException {
        try (Admin admin = admin(file)) {
            new TopicCreator(admin, replicationFactor).ensure(topics.all(), timeout);
        } catch (TimeoutException | IllegalStateException e) {
            throw new IllegalStateException(
                    "cannot set up topics on Kafka at " + bootstrap + " within " + timeout + ": " + e.getMessage(), e);
        }
    }

    /** An admin client with {@code file}'s client properties, answering within the timeout. */
    public Admin admin(KafkaClientProperties file) {
        Properties p = new Properties();
        p.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        // The admin client refuses a request timeout above the API timeout.
        p.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) timeout.toMillis());
        p.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) Math.min(timeout.toMillis(), 30_000));
        return Admin.create(file.merge("admin client", new Properties(), p));
    }

    /** The client properties file, read and checked; each key it may not change is told to {@code warnings}. */
    public KafkaClientProperties clientProperties(Consumer<String> warnings) {
        if (clientConfig.isEmpty()) {
            return KafkaClientProperties.NONE;
        }
        try {
            return KafkaClientProperties.read(clientConfig.get(), warnings);
        } catch (ConfigException e) {
            throw new SettingsException(SettingsSource.variable("kafka-config") + ": " + e.getMessage());
        }
    }
}
