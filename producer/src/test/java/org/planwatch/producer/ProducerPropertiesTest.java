package org.planwatch.producer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.junit.jupiter.api.Test;
import org.planwatch.schema.RegionPartitioner;

class ProducerPropertiesTest {
    @Test
    void shouldPublishEveryRecordOnItsRegionsPartition() {
        assertThat(ProducerProperties.properties("localhost:9092", "test", Map.of())
                        .get(ProducerConfig.PARTITIONER_CLASS_CONFIG))
                .isEqualTo(RegionPartitioner.class);
    }
}
