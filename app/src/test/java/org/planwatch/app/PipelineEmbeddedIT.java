package org.planwatch.app;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.planwatch.broker.EmbeddedKafkaBroker;
import org.planwatch.broker.EmbeddedKafkaExtension;

/** The end-to-end scenario on the in-JVM KRaft broker: what CI proves on every run. */
@ExtendWith(EmbeddedKafkaExtension.class)
class PipelineEmbeddedIT extends PipelineScenario {
    private EmbeddedKafkaBroker broker;

    @BeforeEach
    void useBroker(EmbeddedKafkaBroker broker) {
        this.broker = broker;
    }

    @Override
    String bootstrap() {
        return broker.bootstrapServers();
    }
}
