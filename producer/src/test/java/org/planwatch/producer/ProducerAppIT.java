package org.planwatch.producer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.planwatch.broker.EmbeddedKafkaBroker;
import org.planwatch.broker.EmbeddedKafkaExtension;
import org.planwatch.domain.TargetCatalogue;
import org.planwatch.runtime.KafkaClientProperties;
import org.planwatch.runtime.SettingsException;
import org.planwatch.runtime.SettingsSource;

/** The producer's image jobs on a real broker, with the settings an image's environment gives. */
@ExtendWith(EmbeddedKafkaExtension.class)
class ProducerAppIT {
    @Test
    void shouldPublishTheCatalogueItsSettingsName(EmbeddedKafkaBroker broker, @TempDir Path dir) throws Exception {
        String prefix = "producer-app-" + UUID.randomUUID() + "-";
        ProducerSettings settings = ProducerSettings.from(SettingsSource.of(
                Map.of("PLANWATCH_BOOTSTRAP", broker.bootstrapServers(), "PLANWATCH_TOPIC_PREFIX", prefix)));
        settings.kafka()
                .createTopics(KafkaClientProperties.NONE, settings.kafka().topics());
        StringWriter out = new StringWriter();

        int status = ProducerApp.publishCatalogue(
                settings, KafkaClientProperties.NONE, new PrintWriter(out, true), new PrintWriter(new StringWriter()));

        int targets = TargetCatalogue.bundled().targets().size();
        assertThat(status).isZero();
        assertThat(out.toString()).startsWith("published " + targets + ", rejected 0");
        assertThat(keysIn(
                        broker.bootstrapServers(),
                        settings.kafka().topics().targets().name(),
                        targets))
                .hasSize(targets);
    }

    @Test
    void shouldRefuseToWatchAFolderThatIsNotThere(EmbeddedKafkaBroker broker, @TempDir Path dir) {
        ProducerSettings unset =
                ProducerSettings.from(SettingsSource.of(Map.of("PLANWATCH_BOOTSTRAP", broker.bootstrapServers())));
        ProducerSettings missing = ProducerSettings.from(SettingsSource.of(Map.of(
                "PLANWATCH_BOOTSTRAP",
                broker.bootstrapServers(),
                "PLANWATCH_WATCH",
                dir.resolve("feeds").toString())));
        PrintWriter quiet = new PrintWriter(new StringWriter());

        assertThatThrownBy(() -> ProducerApp.watch(unset, KafkaClientProperties.NONE, quiet, quiet))
                .isInstanceOf(SettingsException.class)
                .hasMessage("PLANWATCH_WATCH is not set: the publish job watches the drop folder it names");
        assertThatThrownBy(() -> ProducerApp.watch(missing, KafkaClientProperties.NONE, quiet, quiet))
                .isInstanceOf(SettingsException.class)
                .hasMessageStartingWith("PLANWATCH_WATCH: ")
                .hasMessageEndingWith(" is no folder");
        assertThat(Files.exists(dir.resolve("feeds")))
                .as("a mistyped folder is not made")
                .isFalse();
    }

    @Test
    void shouldRunTheJobsTheDeployFilesName() {
        assertThat(ProducerApp.runs()).isTrue();
        assertThat(ProducerApp.runs("ingest")).isTrue();
        assertThat(ProducerApp.runs("publish")).isTrue();
        assertThat(ProducerApp.runs("catalogue", "publish")).isTrue();
        // the command line's options are settings here: PLANWATCH_WATCH, not --watch
        assertThat(ProducerApp.runs("publish", "--watch", "/var/lib/planwatch/feeds"))
                .isFalse();
        assertThat(ProducerApp.runs("streams")).isFalse();
    }

    private static List<String> keysIn(String bootstrap, String topic, int expected) {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        p.put(ConsumerConfig.GROUP_ID_CONFIG, "check-" + UUID.randomUUID());
        p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        List<String> keys = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> consumer =
                new KafkaConsumer<>(p, new StringDeserializer(), new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(topic));
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (keys.size() < expected && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, byte[]> r : consumer.poll(Duration.ofMillis(200))) {
                    keys.add(r.key());
                }
            }
        }
        return keys;
    }
}
