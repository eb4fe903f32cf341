package org.planwatch.app;

import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.kafka.KafkaContainer;

/**
 * The same end-to-end scenario on Apache Kafka's own image, where a Docker engine is available;
 * skipped cleanly where it is not (as on CI here, which proves the scenario on the in-JVM broker).
 */
@Testcontainers(disabledWithoutDocker = true)
class PipelineTestcontainersIT extends PipelineScenario {
    @Container
    static final KafkaContainer KAFKA =
            new KafkaContainer(System.getProperty("planwatch.kafka.image", "apache/kafka:4.3.1"));

    @Override
    String bootstrap() {
        return KAFKA.getBootstrapServers();
    }
}
