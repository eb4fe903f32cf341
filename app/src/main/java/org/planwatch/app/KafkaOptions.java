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
  @Option(names = "--bootstrap", paramLabel = "HOST:PORT[,...]",
      description = "Kafka bootstrap servers (env PLANWATCH_BOOTSTRAP).")
  String bootstrap;

  @Option(names = "--topic-prefix", paramLabel = "PREFIX", defaultValue = "",
      description = "Prefix for every topic name, to run several pipelines on one cluster "
          + "(env PLANWATCH_TOPIC_PREFIX; default none).")
  String topicPrefix;

  @Option(names = "--replication-factor", paramLabel = "N",
      description = "Replicas per partition for topics PlanWatch creates "
          + "(env PLANWATCH_REPLICATION_FACTOR; default the broker's default.replication.factor).")
  Short replicationFactor;

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

  /** Creates the pipeline's topics where they are missing and waits for their leaders. */
  static void createTopics(String bootstrap, TopicSet topics, Short replicationFactor)
      throws InterruptedException, TimeoutException {
    Properties p = new Properties();
    p.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
    p.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 30_000);
    try (Admin admin = Admin.create(p)) {
      new TopicCreator(admin, Optional.ofNullable(replicationFactor)).ensure(topics.all(), Duration.ofSeconds(60));
    }
  }

  void createTopics() throws InterruptedException, TimeoutException {
    createTopics(requireBootstrap(), topics(), replicationFactor);
  }
}
