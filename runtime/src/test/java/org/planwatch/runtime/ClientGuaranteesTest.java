package org.planwatch.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClientGuaranteesTest {
    @TempDir
    Path dir;

    @Test
    void shouldKeepTheWritersGuaranteesOverASharedClientFile() throws Exception {
        Properties merged = sharedFile("acks=1\nenable.idempotence=false\nlinger.ms=20\n")
                .merge("writer", new Properties(), ClientGuarantees.durableWriter("broker:9092"));

        assertThat(merged)
                .containsEntry(ProducerConfig.ACKS_CONFIG, "all")
                .containsEntry(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true)
                .containsEntry(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, "broker:9092")
                .containsEntry(ProducerConfig.LINGER_MS_CONFIG, "20");
    }

    @Test
    void shouldReadOnlyCommittedRecordsWithoutCommittingOffsets() throws Exception {
        Properties merged = sharedFile("isolation.level=read_uncommitted\nenable.auto.commit=true\n")
                .merge("reader", new Properties(), ClientGuarantees.committedReader("broker:9092"));

        assertThat(merged)
                .containsEntry(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed")
                .containsEntry(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false)
                .doesNotContainKey(ConsumerConfig.GROUP_ID_CONFIG);
    }

    private KafkaClientProperties sharedFile(String text) throws Exception {
        Path file = Files.writeString(dir.resolve("client.properties"), text);
        List<String> warnings = new ArrayList<>();
        return KafkaClientProperties.read(file, warnings::add);
    }
}
