package org.planwatch.streams;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.streams.StreamsConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.planwatch.runtime.KafkaClientProperties;
import org.planwatch.schema.TopicSet;

class StreamsPropertiesTest {
    @TempDir
    Path dir;

    @Test
    void shouldKeepExactlyOnceWhateverAClientPropertiesFileSharedWithTheProducersSays() throws Exception {
        Path file = Files.writeString(
                dir.resolve("kafka.properties"),
                "security.protocol=SASL_SSL\nacks=1\nisolation.level=read_uncommitted\n"
                        + "processing.guarantee=at_least_once\n");
        List<String> warnings = new ArrayList<>();

        StreamsConfig config = new StreamsConfig(StreamsProperties.properties(
                "broker:9092",
                "planwatch-streams",
                dir,
                TopicSet.defaults(),
                Map.of(),
                KafkaClientProperties.read(file, warnings::add)));

        assertThat(config.getString(StreamsConfig.PROCESSING_GUARANTEE_CONFIG))
                .isEqualTo(StreamsConfig.EXACTLY_ONCE_V2);
        assertThat(config.getProducerConfigs("client"))
                .containsEntry(ProducerConfig.ACKS_CONFIG, "all")
                .containsEntry(CommonClientConfigs.SECURITY_PROTOCOL_CONFIG, "SASL_SSL");
        assertThat(config.getMainConsumerConfigs("planwatch-streams", "client", 0))
                .containsEntry(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed")
                .containsEntry(CommonClientConfigs.SECURITY_PROTOCOL_CONFIG, "SASL_SSL");
        assertThat(warnings)
                .containsExactly(file + ": acks, isolation.level, processing.guarantee not used by Kafka Streams"
                        + " planwatch-streams: PlanWatch sets them itself");
    }

    @Test
    void shouldCommitEveryThirtyMillisecondsUnlessTheCommandOrTheFileSaysOtherwise() throws Exception {
        Path file = Files.writeString(dir.resolve("kafka.properties"), "commit.interval.ms=250\n");

        assertThat(new StreamsConfig(StreamsProperties.properties(
                                "broker:9092", "planwatch-streams", dir, TopicSet.defaults(), Map.of()))
                        .getLong(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG))
                .isEqualTo(30L);
        assertThat(new StreamsConfig(StreamsProperties.properties(
                                "broker:9092",
                                "planwatch-streams",
                                dir,
                                TopicSet.defaults(),
                                Map.of(),
                                KafkaClientProperties.read(file, w -> {})))
                        .getLong(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG))
                .isEqualTo(250L);
        assertThat(new StreamsConfig(StreamsProperties.properties(
                                "broker:9092",
                                "planwatch-streams",
                                dir,
                                TopicSet.defaults(),
                                Map.of(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, "100")))
                        .getLong(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG))
                .isEqualTo(100L);
    }
}
