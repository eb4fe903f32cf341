package org.planwatch.streams;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.planwatch.broker.EmbeddedKafkaBroker;
import org.planwatch.broker.EmbeddedKafkaExtension;
import org.planwatch.domain.IndicatorDictionary;
import org.planwatch.evaluation.ProgressEvaluator;
import org.planwatch.runtime.KafkaClientProperties;
import org.planwatch.runtime.SettingsSource;

/**
 * The streams deployable as its image runs it: settings from the environment only, topics made by
 * its Kafka settings, the job, its metrics and readiness, a status out for a reading in.
 */
@ExtendWith(EmbeddedKafkaExtension.class)
class StreamsAppIT {
    @TempDir
    Path stateDir;

    @Test
    void shouldEvaluateAReadingWithTheSettingsItsEnvironmentGives(EmbeddedKafkaBroker broker) throws Exception {
        String prefix = "app-it-" + UUID.randomUUID() + "-";
        StreamsSettings settings = StreamsSettings.from(SettingsSource.of(Map.of(
                "PLANWATCH_BOOTSTRAP",
                broker.bootstrapServers(),
                "PLANWATCH_TOPIC_PREFIX",
                prefix,
                "PLANWATCH_STATE_DIR",
                stateDir.toString(),
                "PLANWATCH_METRICS_PORT",
                "0",
                "PLANWATCH_COMMIT_INTERVAL",
                "PT0.1S")));
        assertThat(settings.applicationId()).isEqualTo(prefix + "planwatch-streams");
        var topics = settings.kafka().topics();
        settings.kafka().createTopics(KafkaClientProperties.NONE, topics);

        try (StreamsApp app = StreamsApp.start(
                settings,
                new ProgressEvaluator(IndicatorDictionary.bundled(), settings.thresholds()),
                KafkaClientProperties.NONE)) {
            app.awaitRunning(Duration.ofSeconds(60));
            JobTopics on = new JobTopics(broker.bootstrapServers(), topics);
            try (KafkaProducer<String, byte[]> producer = on.producer()) {
                on.sendTarget(producer, ProgressTopologyTest.BEDS_14);
                on.sendReading(producer, ProgressTopologyTest.reading("440700", "hospital_beds_per_1000", 2023, 5.50));
            }

            List<ConsumerRecord<byte[], byte[]>> statuses =
                    on.readCommitted(topics.statuses().name(), 1);
            assertThat(new String(statuses.get(0).key())).contains("hospital_beds_per_1000");
            HttpClient http = HttpClient.newHttpClient();
            HttpResponse<String> metrics = http.send(
                    HttpRequest.newBuilder(URI.create(app.metricsUrl())).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(metrics.statusCode()).isEqualTo(200);
            assertThat(metrics.body()).contains("kafka_stream");
        }
    }
}
