package org.planwatch.streams;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.streams.StreamsConfig;
import org.junit.jupiter.api.Test;
import org.planwatch.evaluation.Thresholds;
import org.planwatch.runtime.KafkaClientProperties;
import org.planwatch.runtime.SettingsException;
import org.planwatch.runtime.SettingsSource;

class StreamsSettingsTest {
    @Test
    void shouldRunOnTheDefaultsGivenOnlyTheCluster() {
        StreamsSettings s = StreamsSettings.from(SettingsSource.of(Map.of("PLANWATCH_BOOTSTRAP", "kafka:9092")));

        assertThat(s.applicationId()).isEqualTo("planwatch-streams");
        assertThat(s.commitInterval()).isEqualTo(Duration.parse(StreamsProperties.DEFAULT_COMMIT_INTERVAL));
        assertThat(s.sessionTimeout()).isEqualTo(Duration.ofSeconds(10));
        assertThat(s.metricsPort()).isEqualTo(9401);
        assertThat(s.thresholds()).isEqualTo(Thresholds.DEFAULT);
    }

    @Test
    void shouldGiveASecondPipelineItsOwnApplicationId() {
        StreamsSettings s = StreamsSettings.from(
                SettingsSource.of(Map.of("PLANWATCH_BOOTSTRAP", "kafka:9092", "PLANWATCH_TOPIC_PREFIX", "second-")));

        assertThat(s.applicationId()).isEqualTo("second-planwatch-streams");
        assertThat(s.kafka().topics().readings().name()).startsWith("second-");
    }

    @Test
    void shouldCarryTheInstancesTuningIntoKafkaStreams() {
        StreamsSettings s = StreamsSettings.from(SettingsSource.of(Map.of(
                "PLANWATCH_BOOTSTRAP", "kafka:9092",
                "PLANWATCH_THREADS", "2",
                "PLANWATCH_COMMIT_INTERVAL", "PT0.05S",
                "PLANWATCH_SESSION_TIMEOUT", "PT12S")));

        Properties p = s.properties(KafkaClientProperties.NONE);

        assertThat(p)
                .containsEntry(StreamsConfig.NUM_STREAM_THREADS_CONFIG, "2")
                .containsEntry(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, "50")
                .containsEntry(StreamsConfig.consumerPrefix("session.timeout.ms"), "12000")
                .containsEntry(StreamsConfig.consumerPrefix("heartbeat.interval.ms"), "4000")
                .containsEntry(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
    }

    @Test
    void shouldNameTheSettingThatCannotRun() {
        assertThatThrownBy(() -> StreamsSettings.from(SettingsSource.of(Map.of())))
                .isInstanceOf(SettingsException.class)
                .hasMessageStartingWith("PLANWATCH_BOOTSTRAP: no Kafka cluster given");
        assertThatThrownBy(() -> StreamsSettings.from(SettingsSource.of(
                        Map.of("PLANWATCH_BOOTSTRAP", "kafka:9092", "PLANWATCH_SESSION_TIMEOUT", "PT2S"))))
                .hasMessageStartingWith("PLANWATCH_SESSION_TIMEOUT: PT2S is shorter than the 6 s a broker accepts");
        assertThatThrownBy(() -> StreamsSettings.from(
                        SettingsSource.of(Map.of("PLANWATCH_BOOTSTRAP", "kafka:9092", "PLANWATCH_ON_TRACK", "1.2"))))
                .hasMessageStartingWith("the method's thresholds");
    }
}
