package org.planwatch.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.apache.kafka.common.metrics.KafkaMetric;
import org.apache.kafka.common.metrics.MetricsReporter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.planwatch.broker.EmbeddedKafkaBroker;
import org.planwatch.broker.EmbeddedKafkaExtension;

/** {@code --kafka-config} on a real broker: the file's properties reach every client publish creates. */
@ExtendWith(EmbeddedKafkaExtension.class)
class KafkaConfigIT {
    @TempDir
    Path dir;

    private EmbeddedKafkaBroker broker;
    private final CommandRun cli = new CommandRun();
    private final String run = UUID.randomUUID().toString();

    @BeforeEach
    void useBroker(EmbeddedKafkaBroker broker) {
        this.broker = broker;
    }

    /**
     * A metrics reporter named in the file: Kafka builds one in each client that got the file's
     * {@code metric.reporters} and hands it that client's settings, which it keeps for the test.
     */
    public static final class SeenSettings implements MetricsReporter {
        static final Queue<Map<String, Object>> SEEN = new ConcurrentLinkedQueue<>();

        @Override
        public void configure(Map<String, ?> configs) {
            SEEN.add(new HashMap<>(configs));
        }

        @Override
        public void init(List<KafkaMetric> metrics) {}

        @Override
        public void metricChange(KafkaMetric metric) {}

        @Override
        public void metricRemoval(KafkaMetric metric) {}

        @Override
        public void close() {}
    }

    private List<Map<String, Object>> seenInThisRun() {
        return SeenSettings.SEEN.stream()
                .filter(c -> run.equals(c.get("planwatch.test.run")))
                .toList();
    }

    @Test
    void shouldGiveEveryClientOfPublishTheFilesPropertiesUnderPlanWatchsGuarantees() throws Exception {
        Path config = Files.writeString(
                dir.resolve("kafka.properties"),
                "metric.reporters=" + SeenSettings.class.getName() + "\n"
                        + "planwatch.test.run=" + run + "\n"
                        + "client.id=from-file\n"
                        + "linger.ms=7\n"
                        + "acks=0\n"
                        + "bootstrap.servers=secret-host.invalid:9093\n");
        Path feed = Files.writeString(
                dir.resolve("feed.csv"),
                "region,indicator,year,value\n440700,hospital_beds_per_1000,2021,5.32\n"
                        + "440700,hospital_beds_per_1000,2021,5.32\n");

        int status = cli.run(
                "publish",
                "--bootstrap",
                broker.bootstrapServers(),
                "--topic-prefix",
                "kafka-config-it-" + run + "-",
                "--kafka-config",
                config.toString(),
                feed.toString());

        assertThat(cli.out.toString()).isEqualTo("published 1, rejected 1" + System.lineSeparator());
        assertThat(status).isEqualTo(2);
        // The admin client that creates the topics, the readings producer and the rejects producer.
        List<Map<String, Object>> clients = seenInThisRun();
        assertThat(clients)
                .hasSize(3)
                .allSatisfy(c -> assertThat(c)
                        .containsEntry("client.id", "from-file")
                        .containsEntry("bootstrap.servers", broker.bootstrapServers()));
        assertThat(clients)
                .filteredOn(c -> c.containsKey("enable.idempotence"))
                .hasSize(2)
                .allSatisfy(producer -> assertThat(producer)
                        .containsEntry("acks", "all")
                        .containsEntry("enable.idempotence", true)
                        .containsEntry("linger.ms", "7"));
        assertThat(cli.err.toString())
                .contains("planwatch: warning: " + config
                        + ": acks, bootstrap.servers not used by producer planwatch-publish: PlanWatch sets them"
                        + " itself")
                .contains(config + ": bootstrap.servers not used by admin client: PlanWatch sets it itself")
                .doesNotContain("secret-host");
    }

    @Test
    void shouldFailWithinTheKafkaTimeoutNamingTheFileWhenItAsksForTlsTheBrokerDoesNotSpeak() throws Exception {
        Path config = Files.writeString(dir.resolve("tls.properties"), "security.protocol=SSL\n");
        Path feed = Files.writeString(
                dir.resolve("feed.csv"), "region,indicator,year,value\n440700,hospital_beds_per_1000,2021,5.32\n");

        long start = System.nanoTime();
        int status = cli.run(
                "publish",
                "--bootstrap",
                broker.bootstrapServers(),
                "--topic-prefix",
                "kafka-config-it-" + run + "-",
                "--kafka-config",
                config.toString(),
                "--kafka-timeout",
                "PT5S",
                feed.toString());

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(15));
        assertThat(status).isEqualTo(1);
        assertThat(cli.err.toString().lines())
                .singleElement()
                .asString()
                .startsWith("planwatch: cannot set up topics on Kafka at " + broker.bootstrapServers())
                .endsWith("(check --bootstrap / PLANWATCH_BOOTSTRAP and --kafka-config " + config + ")");
    }
}
