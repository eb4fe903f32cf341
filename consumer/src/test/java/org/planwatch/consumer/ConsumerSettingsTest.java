package org.planwatch.consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.planwatch.runtime.KafkaClientProperties;
import org.planwatch.runtime.SettingsException;
import org.planwatch.runtime.SettingsSource;

class ConsumerSettingsTest {
    @TempDir
    Path dir;

    @Test
    void shouldRunOnTheDefaultsAndTellNobodyWithoutRoutesOrAnOutbox() throws Exception {
        ConsumerSettings s = ConsumerSettings.from(SettingsSource.of(Map.of("PLANWATCH_BOOTSTRAP", "kafka:9092")));

        assertThat(s.groupId()).isEqualTo("planwatch-consumer");
        assertThat(s.metricsPort()).isEqualTo(9400);
        assertThat(s.tellsAnyone()).isFalse();
        assertThat(s.destination()).contains("nobody is told");
        assertThat(s.notifications(name -> null)).isEmpty();
        // a backlog read at start reaches each lead as one digest, not hundreds of messages
        assertThat(s.digest()).isTrue();
        assertThat(ConsumerSettings.from(SettingsSource.of(
                                Map.of("PLANWATCH_BOOTSTRAP", "kafka:9092", "PLANWATCH_DIGEST", "false")))
                        .digest())
                .isFalse();
    }

    @Test
    void shouldJoinItsGroupAsSetAndReadOnlyCommittedAlerts() {
        ConsumerSettings s = ConsumerSettings.from(SettingsSource.of(Map.of(
                "PLANWATCH_BOOTSTRAP", "kafka:9092",
                "PLANWATCH_TOPIC_PREFIX", "second-",
                "PLANWATCH_SESSION_TIMEOUT", "PT12S")));

        assertThat(s.groupId()).isEqualTo("second-planwatch-consumer");
        assertThat(s.consumerProperties(KafkaClientProperties.NONE))
                .containsEntry(ConsumerConfig.GROUP_ID_CONFIG, "second-planwatch-consumer")
                .containsEntry(ConsumerConfig.SESSION_TIMEOUT_MS_CONFIG, "12000")
                .containsEntry(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    }

    @Test
    void shouldWriteMessagesToTheOutboxItIsGiven() throws Exception {
        Path outbox = dir.resolve("outbox");
        ConsumerSettings s = ConsumerSettings.from(
                SettingsSource.of(Map.of("PLANWATCH_BOOTSTRAP", "kafka:9092", "PLANWATCH_OUTBOX", outbox.toString())));

        assertThat(s.notifications(name -> null)).isPresent();
        assertThat(Files.isDirectory(outbox)).isTrue();
        assertThat(s.destination()).isEqualTo("messages to department leads written to the outbox " + outbox);
    }

    @Test
    void shouldNameTheRoutesOrFolderThatCannotBeUsed() throws Exception {
        Path file = Files.writeString(dir.resolve("a-file"), "x");
        ConsumerSettings missing = ConsumerSettings.from(SettingsSource.of(Map.of(
                "PLANWATCH_BOOTSTRAP",
                "kafka:9092",
                "PLANWATCH_ROUTES",
                dir.resolve("none.tsv").toString())));
        ConsumerSettings blocked = ConsumerSettings.from(SettingsSource.of(Map.of(
                "PLANWATCH_BOOTSTRAP",
                "kafka:9092",
                "PLANWATCH_OUTBOX",
                file.resolve("outbox").toString())));

        assertThatThrownBy(() -> missing.notifications(name -> null))
                .isInstanceOf(SettingsException.class)
                .hasMessage("routes " + dir.resolve("none.tsv") + ": no such file");
        assertThatThrownBy(() -> blocked.notifications(name -> null))
                .isInstanceOf(SettingsException.class)
                .hasMessageStartingWith("cannot write messages to the outbox " + file.resolve("outbox"));
        assertThatThrownBy(() -> ConsumerSettings.from(SettingsSource.of(
                        Map.of("PLANWATCH_BOOTSTRAP", "kafka:9092", "PLANWATCH_SESSION_TIMEOUT", "PT1S"))))
                .hasMessageStartingWith("PLANWATCH_SESSION_TIMEOUT: PT1S is shorter than");
        assertThat(Duration.ofSeconds(6)).isEqualTo(org.planwatch.runtime.SettingChecks.MIN_SESSION_TIMEOUT);
    }
}
