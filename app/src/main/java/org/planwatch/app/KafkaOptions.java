package org.planwatch.app;

import java.time.Duration;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.planwatch.broker.TopicCreator;
import org.planwatch.schema.TopicSet;
import picocli.CommandLine.Option;

/** Where the Kafka cluster is and which topics to use; shared by every subcommand. */
final class KafkaOptions {
    @Option(
            names = "--bootstrap",
            paramLabel = "HOST:PORT[,...]",
            description = "Kafka bootstrap servers (env PLANWATCH_BOOTSTRAP).")
    String bootstrap;

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
    Short replicationFactor;

    @Option(
            names = "--kafka-timeout",
            paramLabel = "DURATION",
            defaultValue = "PT30S",
            description = "How long to wait for the cluster to answer before giving up "
                    + "(ISO-8601, env PLANWATCH_KAFKA_TIMEOUT; default ${DEFAULT-VALUE}).")
    Duration timeout;

    TopicSet topics() {
        return TopicSet.defaults().prefixed(topicPrefix);
    }

    /** The bootstrap address, or a clear error saying how to give one. */
    String requireBootstrap() {
        if (bootstrap == null || bootstrap.isBlank()) {
            throw new UsageProblem("no Kafka cluster given: pass --bootstrap HOST:PORT or set PLANWATCH_BOOTSTRAP "
                    + "(./planwatch broker starts a local one)");
        }
        return bootstrap;
    }

    /**
     * Creates the pipeline's topics where they are missing and waits for their leaders; a cluster
     * that does not answer in time is a one-line error naming its address.
     */
    static void createTopics(String bootstrap, TopicSet topics, Short replicationFactor, Duration timeout)
            throws InterruptedException {
        Properties p = new Properties();
        p.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        p.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) timeout.toMillis());
        p.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) Math.min(timeout.toMillis(), 30_000));
        try (Admin admin = Admin.create(p)) {
            new TopicCreator(admin, Optional.ofNullable(replicationFactor)).ensure(topics.all(), timeout);
        } catch (TimeoutException | IllegalStateException e) {
            throw new UsageProblem("cannot set up topics on Kafka at " + bootstrap + " within " + timeout + ": "
                    + e.getMessage() + " (check --bootstrap / PLANWATCH_BOOTSTRAP)");
        }
    }

    void createTopics() throws InterruptedException {
        createTopics(requireBootstrap(), topics(), replicationFactor, timeout);
    }
}
