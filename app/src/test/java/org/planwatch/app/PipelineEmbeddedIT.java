package org.planwatch.app;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.planwatch.broker.EmbeddedKafkaBroker;

/** The end-to-end scenario on the in-JVM KRaft broker: what CI proves on every run. */
class PipelineEmbeddedIT extends PipelineScenario {
  private static EmbeddedKafkaBroker broker;

  @BeforeAll
  static void startBroker() {
    broker = EmbeddedKafkaBroker.start();
  }

  @AfterAll
  static void stopBroker() {
    broker.close();
  }

  @Override
  String bootstrap() {
    return broker.bootstrapServers();
  }
}
