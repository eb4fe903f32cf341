package org.planwatch.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.planwatch.broker.EmbeddedKafkaBroker;
import org.planwatch.consumer.AlertConsumer;
import org.planwatch.consumer.ConsumerApp;
import org.planwatch.evaluation.ProgressEvaluator;
import org.planwatch.runtime.MetricsServer;
import org.planwatch.schema.TopicSet;
import org.planwatch.streams.ProgressJob;
import org.planwatch.streams.StreamsProbes;
import org.planwatch.streams.StreamsProperties;

/**
 * Both deployables' probes while the broker goes away and comes back (on the same port, from its
 * kept folder): {@code /readyz} turns red within 10 s and green again after the restart, while
 * {@code /healthz} stays green, since a restart of the app would not bring the broker back.
 */
class ProbesOutageIT {
    private final HttpClient http = HttpClient.newHttpClient();

    @TempDir
    Path dir;

    @Test
    void shouldTurnReadinessRedWithin10SecondsOfTheBrokersLossAndGreenAfterItsReturn() throws Exception {
        Path data = dir.resolve("kafka");
        EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start(data, 0, false);
        String bootstrap = broker.bootstrapServers();
        TopicSet topics = TopicSet.defaults().prefixed("probes-" + UUID.randomUUID() + "-");
        KafkaOptions.createTopics(bootstrap, topics, null, Duration.ofSeconds(60));
        PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        Properties probe = new Properties();
        probe.put("bootstrap.servers", bootstrap);
        try (ConsumerApp consumer = ConsumerApp.start(
                        topics, AlertConsumer.properties(bootstrap, "probes-" + UUID.randomUUID()), "127.0.0.1", 0);
                MetricsServer streamsServer =
                        MetricsServer.start(registry, "127.0.0.1", 0, java.util.Optional.empty());
                ProgressJob job = ProgressJob.start(
                        StreamsProperties.properties(
                                bootstrap,
                                "probes-" + UUID.randomUUID(),
                                dir.resolve("state"),
                                topics,
                                Map.of("commit.interval.ms", "100")),
                        topics,
                        ProgressEvaluator.withDefaults(),
                        Clock.systemUTC(),
                        registry);
                StreamsProbes probes = StreamsProbes.attach(streamsServer, job, probe, StreamsProbes.MAX_REBALANCE)) {
            int consumerPort = consumer.server().port();
            int streamsPort = streamsServer.port();
            await().atMost(Duration.ofMinutes(2)).until(() -> ready(consumerPort) && ready(streamsPort));

            broker.close();
            long lost = System.nanoTime();
            await().atMost(Duration.ofSeconds(10))
                    .pollInterval(Duration.ofMillis(200))
                    .until(() -> !ready(consumerPort) && !ready(streamsPort));
            long red = System.nanoTime() - lost;
            assertThat(status(consumerPort, "/readyz")).contains("no working Kafka connection");
            assertThat(status(streamsPort, "/readyz")).contains("no working Kafka connection");
            assertThat(code(consumerPort, "/healthz")).isEqualTo(200);
            assertThat(code(streamsPort, "/healthz")).isEqualTo(200);

            broker = EmbeddedKafkaBroker.start(data, 0, false);
            assertThat(broker.bootstrapServers()).isEqualTo(bootstrap);
            long back = System.nanoTime();
            await().atMost(Duration.ofMinutes(2))
                    .pollInterval(Duration.ofMillis(200))
                    .until(() -> ready(consumerPort) && ready(streamsPort));
            System.out.printf(
                    "readyz red %d ms after the broker stopped, green %d ms after it restarted%n",
                    red / 1_000_000, (System.nanoTime() - back) / 1_000_000);
        } finally {
            broker.close();
        }
    }

    private boolean ready(int port) throws Exception {
        return code(port, "/readyz") == 200;
    }

    private int code(int port, String path) throws Exception {
        return send(port, path).statusCode();
    }

    private String status(int port, String path) throws Exception {
        return send(port, path).body();
    }

    private HttpResponse<String> send(int port, String path) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                        .timeout(Duration.ofSeconds(2))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
