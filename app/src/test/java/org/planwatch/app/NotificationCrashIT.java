package org.planwatch.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.planwatch.broker.EmbeddedKafkaBroker;
import org.planwatch.broker.EmbeddedKafkaExtension;
import org.planwatch.producer.ProducerProperties;
import org.planwatch.runtime.TopicCreator;
import org.planwatch.schema.ProgressEvaluation;
import org.planwatch.schema.ProgressStatus;
import org.planwatch.schema.TopicSet;

/**
 * The consumer in a child JVM, killed with SIGKILL in the middle of a poll's batch of messages,
 * then restarted: each alert's offset is committed once it is told, so only the one in flight is
 * sent again, under the same idempotency key; a receiver that keeps one message per key has every
 * one exactly once, and nothing is lost. The raw repeats are counted and reported.
 */
@ExtendWith(EmbeddedKafkaExtension.class)
class NotificationCrashIT {
    private static final int ALERTS = 200;

    @TempDir
    Path dir;

    private final List<String> raw = Collections.synchronizedList(new ArrayList<>());

    @Test
    void shouldLoseNoMessageAndRepeatOnlyUnderTheSameKeyAcrossAKill(EmbeddedKafkaBroker broker) throws Exception {
        String prefix = "notify-crash-" + UUID.randomUUID() + "-";
        TopicSet topics = TopicSet.defaults().prefixed(prefix);
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", broker.bootstrapServers()))) {
            new TopicCreator(admin, Optional.empty()).ensure(topics.all(), Duration.ofSeconds(30));
        }
        HttpServer receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/hook", exchange -> {
            exchange.getRequestBody().readAllBytes();
            raw.add(exchange.getRequestHeaders().getFirst("Idempotency-Key"));
            try {
                Thread.sleep(15); // a receiver that takes its time, so that a kill lands mid-batch
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        receiver.start();
        try {
            Path routes = Files.writeString(
                    dir.resolve("routes.tsv"),
                    "department\tplan\tregion\twhen\tchannel\tto\n*\t*\t*\tall\twebhook\thttp://127.0.0.1:"
                            + receiver.getAddress().getPort() + "/hook\n");
            Set<String> expected = publishAlerts(broker, topics);
            String group = "crash-" + UUID.randomUUID();
            Process first = consumer(broker, prefix, group, routes, "first");
            awaitRaw(50, first);
            first.destroyForcibly().waitFor();
            int atKill = raw.size();
            assertThat(atKill).as("killed mid-batch").isLessThan(ALERTS);
            Process second = consumer(broker, prefix, group, routes, "second");
            try {
                await().atMost(Duration.ofSeconds(120))
                        .until(() -> changes(received()).containsAll(expected));
                // a further repeat would come now: the count holds still for two seconds
                int settled = raw.size();
                await().during(Duration.ofSeconds(2))
                        .atMost(Duration.ofSeconds(3))
                        .until(() -> raw.size() == settled);
            } finally {
                second.destroy();
                second.waitFor();
            }
            Set<String> delivered = received();
            assertThat(delivered).as("one key per change").hasSize(ALERTS);
            assertThat(changes(delivered)).as("every change delivered").isEqualTo(expected);
            int repeats = raw.size() - delivered.size();
            System.out.printf(
                    "killed after %d of %d messages; %d raw deliveries, %d repeats under their keys%n",
                    atKill, ALERTS, raw.size(), repeats);
            // the one in flight, perhaps the one whose commit had not come back: a batch commit
            // repeated every message sent since the poll (here up to all of them)
            assertThat(repeats).as("only the message in flight is sent again").isBetween(0, 2);
        } finally {
            receiver.stop(0);
        }
    }

    /** The changes keys stand for: their coordinates, without the hash that tells changes apart. */
    private static Set<String> changes(Set<String> keys) {
        Set<String> changes = new HashSet<>();
        keys.forEach(k -> changes.add(k.substring(0, k.lastIndexOf('|'))));
        return changes;
    }

    /** The keys received so far; the receiver's thread adds to the list meanwhile. */
    private Set<String> received() {
        synchronized (raw) {
            return new HashSet<>(raw);
        }
    }

    /** A message no channel takes, after its retries: counted, and on the notifications' dead-letter topic. */
    @Test
    void shouldRecordAMessageThatCannotBeDelivered(EmbeddedKafkaBroker broker) throws Exception {
        TopicSet topics = TopicSet.defaults().prefixed("notify-dead-" + UUID.randomUUID() + "-");
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", broker.bootstrapServers()))) {
            new TopicCreator(admin, Optional.empty()).ensure(topics.all(), Duration.ofSeconds(30));
        }
        int nobody;
        try (java.net.ServerSocket free = new java.net.ServerSocket(0)) {
            nobody = free.getLocalPort();
        }
        org.planwatch.consumer.Routing routing =
                new org.planwatch.consumer.Routing(List.of(new org.planwatch.consumer.Routing.Route(
                        "*", "*", "*", "all", "webhook", "http://127.0.0.1:" + nobody + "/hook", null)));
        var notifications = new org.planwatch.consumer.Notifications(
                routing, false, new org.planwatch.consumer.Notifier.Retry(2, 10, 10), System::getenv);
        try (var consumer = org.planwatch.consumer.ConsumerApp.start(
                topics,
                org.planwatch.consumer.AlertConsumer.properties(broker.bootstrapServers(), "dead-" + UUID.randomUUID()),
                org.planwatch.runtime.KafkaClientProperties.NONE,
                "127.0.0.1",
                0,
                java.util.Optional.of(notifications))) {
            publishAlerts(broker, topics, 1);
            var dead =
                    PublishCommandIT.readAll(broker, topics.notificationsDlq().name(), 1);
            assertThat(dead).hasSize(1);
            assertThat(new String(dead.get(0).key(), java.nio.charset.StandardCharsets.UTF_8))
                    .startsWith("jm-health-14|440700|hospital_beds_per_1000|1800|LAGGING|");
            assertThat(new String(
                            dead.get(0)
                                    .headers()
                                    .lastHeader("planwatch.error.reason")
                                    .value(),
                            java.nio.charset.StandardCharsets.UTF_8))
                    .isEqualTo("undelivered");
            assertThat(consumer.registry()
                            .get("planwatch.notifications.failed")
                            .tag("channel", "webhook")
                            .counter()
                            .count())
                    .isEqualTo(1);
        }
    }

    private Set<String> publishAlerts(EmbeddedKafkaBroker broker, TopicSet topics) throws Exception {
        return publishAlerts(broker, topics, ALERTS);
    }

    private Set<String> publishAlerts(EmbeddedKafkaBroker broker, TopicSet topics, int count) throws Exception {
        Set<String> keys = new HashSet<>();
        try (Producer<String, ProgressEvaluation> producer = ProducerProperties.producer(
                topics.alerts(), ProducerProperties.properties(broker.bootstrapServers(), "crash-alerts", Map.of()))) {
            for (int i = 0; i < count; i++) {
                ProgressEvaluation a = ProgressEvaluation.newBuilder()
                        .setPlan("jm-health-14")
                        .setRegion("440700")
                        .setIndicator("hospital_beds_per_1000")
                        .setYear(1800 + i)
                        .setStatus(i % 2 == 0 ? ProgressStatus.LAGGING : ProgressStatus.ON_TRACK)
                        .setPreviousStatus(null)
                        .setActual(5.5)
                        .setExpected(5.6)
                        .setProgress(0.75)
                        .setReason("测试。 test.")
                        .setDepartment("市卫生健康局")
                        .setBinding(false)
                        .setTargetSource("002:3344")
                        .setReadingId("r" + i)
                        .setReadingSource("synthetic:crash-test")
                        .setEvaluatedAt(Instant.EPOCH)
                        .build();
                producer.send(
                        new ProducerRecord<>(topics.alerts().name(), "jm-health-14|440700|hospital_beds_per_1000", a));
                keys.add("jm-health-14|440700|hospital_beds_per_1000|" + a.getYear() + "|" + a.getStatus());
            }
            producer.flush();
        }
        return keys;
    }

    private Process consumer(EmbeddedKafkaBroker broker, String prefix, String group, Path routes, String name)
            throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(
                        java,
                        "-cp",
                        System.getProperty("java.class.path"),
                        PlanWatch.class.getName(),
                        "consumer",
                        "--bootstrap",
                        broker.bootstrapServers(),
                        "--topic-prefix",
                        prefix,
                        "--group-id",
                        group,
                        "--routes",
                        routes.toString(),
                        // one message per change, each committed as told: what is proved here
                        "--no-digest",
                        "--metrics-port",
                        "0")
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve(name + ".log").toFile())
                .start();
    }

    private void awaitRaw(int count, Process child) {
        await().atMost(Duration.ofSeconds(120))
                .pollInterval(Duration.ofMillis(10))
                .until(() -> {
                    assertThat(child.isAlive())
                            .as("child log: %s", Files.readString(dir.resolve("first.log")))
                            .isTrue();
                    return raw.size() >= count;
                });
    }
}
