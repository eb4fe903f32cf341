package org.planwatch.app;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.common.config.ConfigException;
import org.planwatch.runtime.KafkaClientProperties;
import org.planwatch.runtime.KafkaSettings;
import org.planwatch.schema.TopicSet;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Where the Kafka cluster is, how to talk to it and which topics to use; shared by every subcommand. */
public final class KafkaOptions {
    @Option(
            names = "--bootstrap",
            paramLabel = "HOST:PORT[,...]",
            description = "Kafka bootstrap servers (env PLANWATCH_BOOTSTRAP).")
    public String bootstrap;

    @Option(
            names = "--kafka-config",
            paramLabel = "FILE",
            description = "Kafka client properties file (security.protocol, sasl.*, ssl.*, config.providers, "
                    + "tuning) added to every Kafka client the command creates, for a secured cluster. It does not "
                    + "change the bootstrap servers, application and group ids, other options' values or PlanWatch's "
                    + "guarantees (acks, idempotence, exactly once, read_committed, manual commits): a warning names "
                    + "each such key. $${env:NAME} is resolved by Kafka's config provider; an unset NAME stops the "
                    + "command. The demo's own embedded broker does not use it "
                    + "(env PLANWATCH_KAFKA_CONFIG; default none).")
    public Path kafkaConfig;

    @Option(
            names = "--topic-prefix",
            paramLabel = "PREFIX",
            defaultValue = "",
            description = "Prefix for every topic name, to run several pipelines on one cluster "
                    + "(env PLANWATCH_TOPIC_PREFIX; default none).")
    String topicPrefix;

    @Option(
            names = "--replication-factor",
            paramLabel = "N",
            description = "Replicas per partition for topics PlanWatch creates "
                    + "(env PLANWATCH_REPLICATION_FACTOR; default the broker's default.replication.factor).")
    public Short replicationFactor;

    @Option(
            names = "--kafka-timeout",
            paramLabel = "DURATION",
            defaultValue = "PT30S",
            description = "How long to wait for the cluster to answer before giving up "
                    + "(ISO-8601, env PLANWATCH_KAFKA_TIMEOUT; default ${DEFAULT-VALUE}).")
    public Duration timeout;

    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    private KafkaClientProperties clientProperties;

    /**
     * A default group or application id with the topic prefix before it, so that a second pipeline
     * on the same cluster (another --topic-prefix) has groups of its own instead of sharing, and
     * starving, the first one's; an id the user chose is kept as given.
     */
    public String ownId(String id, String defaultId) {
        return id.equals(defaultId) && !topicPrefix.isEmpty() ? topicPrefix + defaultId : id;
    }

    public TopicSet topics() {
        return TopicSet.defaults().prefixed(topicPrefix);
    }

    /** The bootstrap address, or a clear error saying how to give one. */
    String requireBootstrap() {
        if (bootstrap == null || bootstrap.isBlank()) {
            throw new UsageProblem("no Kafka cluster given: pass --bootstrap HOST:PORT or set PLANWATCH_BOOTSTRAP "
                    + "(./planwatch broker starts a local one)");
        }
        BootstrapAddresses.parse(bootstrap);
        return bootstrap;
    }

    /**
     * The --kafka-config file, read and checked once; its overridden keys are printed as warnings.
     * A file that cannot be used is a one-line error naming it.
     */
    public KafkaClientProperties clientProperties() {
        if (clientProperties == null) {
            if (kafkaConfig == null) {
                clientProperties = KafkaClientProperties.NONE;
            } else {
                try {
                    clientProperties = KafkaClientProperties.read(
                            kafkaConfig, w -> command.commandLine().getErr().println("planwatch: warning: " + w));
                } catch (ConfigException e) {
                    throw new UsageProblem("cannot use --kafka-config " + e.getMessage());
                }
            }
        }
        return clientProperties;
    }

    /** As below, on a local broker of PlanWatch's own, which needs no client properties. */
    public static void createTopics(String bootstrap, TopicSet topics, Short replicationFactor, Duration timeout)
            throws InterruptedException {
        createTopics(bootstrap, KafkaClientProperties.NONE, topics, replicationFactor, timeout);
    }

    /**
     * Creates the pipeline's topics where they are missing and waits for their leaders; a cluster
     * that does not answer in time is a one-line error naming its address.
     */
    public static void createTopics(
            String bootstrap, KafkaClientProperties file, TopicSet topics, Short replicationFactor, Duration timeout)
            throws InterruptedException {
        try {
            new KafkaSettings(bootstrap, Optional.empty(), "", Optional.ofNullable(replicationFactor), timeout)
                    .createTopics(file, topics);
        } catch (IllegalStateException e) {
            throw new UsageProblem(e.getMessage() + " (check --bootstrap / PLANWATCH_BOOTSTRAP"
                    + (file.file() != null ? " and --kafka-config " + file.file() : "") + ")");
        }
    }

    /** An admin client of {@code bootstrap} with {@code file}'s client properties, answering within {@code timeout}. */
    static Admin admin(String bootstrap, KafkaClientProperties file, Duration timeout) {
        return new KafkaSettings(bootstrap, Optional.empty(), "", Optional.empty(), timeout).admin(file);
    }

    /** These options as the deployables' settings take them. */
    public KafkaSettings settings() {
        return new KafkaSettings(
                requireBootstrap(),
                Optional.ofNullable(kafkaConfig),
                topicPrefix,
                Optional.ofNullable(replicationFactor),
                timeout);
    }

    void createTopics() throws InterruptedException {
        String bootstrap = requireBootstrap();
        BootstrapAddresses addresses = BootstrapAddresses.parse(bootstrap);
        // a --kafka-config that cannot be used is said as such, before any wait
        KafkaClientProperties file = clientProperties();
        if (!addresses.anyListening(Duration.ofSeconds(2))) {
            // Said at once: the admin client would retry in silence for the whole timeout.
            command.commandLine()
                    .getErr()
                    .println("planwatch: nothing accepts connections at " + bootstrap + " yet; waiting up to " + timeout
                            + " for Kafka (check --bootstrap / PLANWATCH_BOOTSTRAP)");
        }
        try {
            createTopics(bootstrap, file, topics(), replicationFactor, timeout);
        } catch (UsageProblem e) {
            if (addresses.anyListening(Duration.ofSeconds(2))) {
                throw e;
            }
            // the topics are not at fault where no broker ever answered
            throw new UsageProblem("no Kafka broker answered at " + bootstrap + " within " + timeout
                    + ": is it running there? (check --bootstrap / PLANWATCH_BOOTSTRAP, or start one with"
                    + " ./planwatch broker)");
        }
    }
}
