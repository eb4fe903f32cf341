package org.planwatch.consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.Test;
import org.planwatch.broker.EmbeddedKafkaBroker;
import org.planwatch.runtime.KafkaClientProperties;
import org.planwatch.schema.RefusalHeaders;

/** Issue 23, finding 7: the dead-letter counts are read back from the topic, so a restart does not reset them. */
class DeadLetterTallyIT {
    private final String topic = "dlq-tally-" + UUID.randomUUID();

    @Test
    void shouldCountCommittedDeadLettersByReasonAndCountTheSameAfterARestart() throws Exception {
        try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start()) {
            countAcrossARestart(broker.bootstrapServers());
        }
    }

    private void countAcrossARestart(String bootstrap) throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            admin.createTopics(List.of(new NewTopic(topic, 2, (short) 1))).all().get();
        }
        try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(
                Map.of(
                        ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                        bootstrap,
                        ProducerConfig.TRANSACTIONAL_ID_CONFIG,
                        "tally-it-" + UUID.randomUUID()),
                new ByteArraySerializer(),
                new ByteArraySerializer())) {
            producer.initTransactions();
            producer.beginTransaction();
            producer.send(refused("a", "implausible"));
            producer.send(refused("b", "implausible"));
            producer.send(refused("c", "year-outside-plans"));
            producer.send(new ProducerRecord<>(topic, bytes("d"), bytes("not decodable"))); // no reason header
            producer.commitTransaction();
            producer.beginTransaction();
            producer.send(refused("e", "implausible")); // never committed: not a dead letter
            producer.flush();
            producer.abortTransaction();
        }

        String first = scrapeWhenCounted(bootstrap);
        assertThat(first).contains(line("implausible", 2), line("year-outside-plans", 1), line("undecodable", 1));

        String afterRestart = scrapeWhenCounted(bootstrap);
        assertThat(afterRestart)
                .contains(line("implausible", 2), line("year-outside-plans", 1), line("undecodable", 1));
    }

    /** A fresh tally, as a restarted consumer has, scraped once it has read the four committed records. */
    private String scrapeWhenCounted(String bootstrap) throws InterruptedException {
        PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        DeadLetterTally tally = new DeadLetterTally(
                DeadLetterTally.consumer(bootstrap, KafkaClientProperties.NONE), List.of(topic), registry);
        Thread thread = new Thread(tally, "tally-under-test");
        thread.start();
        try {
            await().atMost(Duration.ofSeconds(30))
                    .pollInterval(Duration.ofMillis(100))
                    .untilAsserted(() -> assertCounted(registry.scrape(), 4, true));
            // anything more (the aborted record) would show within a second: the count must hold
            await().during(Duration.ofSeconds(1))
                    .atMost(Duration.ofSeconds(2))
                    .untilAsserted(() -> assertCounted(registry.scrape(), 4, false));
            return registry.scrape();
        } finally {
            tally.close();
            thread.join(10_000);
        }
    }

    /** At least (or exactly) {@code count} dead letters counted, the scrape shown where not. */
    private static void assertCounted(String scrape, int count, boolean atLeast) {
        if (atLeast) {
            assertThat(total(scrape))
                    .as("dead letters counted; the scrape:%n%s", scrape)
                    .isGreaterThanOrEqualTo(count);
        } else {
            assertThat(total(scrape))
                    .as("dead letters counted; the scrape:%n%s", scrape)
                    .isEqualTo(count);
        }
    }

    private static double total(String scrape) {
        return scrape.lines()
                .filter(l -> l.startsWith("planwatch_dead_letters{"))
                .mapToDouble(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1)))
                .sum();
    }

    private String line(String reason, int n) {
        return "planwatch_dead_letters{reason=\"" + reason + "\",topic=\"" + topic + "\"} " + n + ".0";
    }

    private ProducerRecord<byte[], byte[]> refused(String key, String reason) {
        RecordHeaders headers = new RecordHeaders();
        headers.add(RefusalHeaders.REASON, bytes(reason));
        return new ProducerRecord<>(topic, null, bytes(key), bytes("value"), headers);
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
