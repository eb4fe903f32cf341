package org.planwatch.broker;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.planwatch.runtime.TopicCreator;
import org.planwatch.schema.Topic;

class EmbeddedKafkaBrokerIT {
    private static final Topic<String, String> TOPIC = Topic.of(
            "broker-it",
            Serdes.String(),
            Serdes.String(),
            3,
            Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT));

    @Test
    void shouldServeRealClientsOnLoopbackAndRemoveItsTemporaryData() throws Exception {
        Path dir;
        try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start()) {
            dir = broker.logDir();
            assertThat(broker.bootstrapServers()).startsWith("127.0.0.1:");
            createTopic(broker);
            produce(broker, "k", "v1");
            assertThat(consume(broker, 1)).containsExactly("v1");
        }
        assertThat(dir).doesNotExist();
    }

    @Test
    void shouldKeepANamedDataDirectoryAndReuseItOnRestart(@TempDir Path dir) throws Exception {
        try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start(dir)) {
            createTopic(broker);
            produce(broker, "k", "before-restart");
        }
        assertThat(dir.resolve("meta.properties")).exists();
        try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start(dir)) {
            createTopic(broker); // exists already: left as it is
            produce(broker, "k", "after-restart");
            assertThat(consume(broker, 2)).containsExactly("before-restart", "after-restart");
        }
        assertThat(Files.list(dir)).isNotEmpty();
    }

    @Test
    void shouldComeBackOnTheSamePortAfterARestartSoClientsReconnect(@TempDir Path dir) throws Exception {
        String before;
        try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start(dir)) {
            before = broker.bootstrapServers();
            createTopic(broker);
        }
        try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start(dir)) {
            assertThat(broker.bootstrapServers()).isEqualTo(before);
            produce(broker, "k", "same-port");
            assertThat(consume(broker, 1)).containsExactly("same-port");
        }
    }

    @Test
    void shouldListenOnTheGivenPortAndKeepItForTheNextRun(@TempDir Path dir) throws Exception {
        int port = EmbeddedKafkaBroker.freePort();
        try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start(dir, port, true)) {
            assertThat(broker.bootstrapServers()).isEqualTo("127.0.0.1:" + port);
        }
        try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start(dir)) {
            assertThat(broker.bootstrapServers()).isEqualTo("127.0.0.1:" + port);
        }
    }

    private static void createTopic(EmbeddedKafkaBroker broker) throws Exception {
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", broker.bootstrapServers()))) {
            new TopicCreator(admin, Optional.empty()).ensure(List.of(TOPIC), Duration.ofSeconds(30));
            var description = admin.describeTopics(List.of(TOPIC.name()))
                    .allTopicNames()
                    .get()
                    .get(TOPIC.name());
            assertThat(description.partitions())
                    .hasSize(3)
                    .allSatisfy(p -> assertThat(p.leader()).isNotNull());
        }
    }

    private static void produce(EmbeddedKafkaBroker broker, String key, String value) throws Exception {
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(
                Map.of(
                        ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                        broker.bootstrapServers(),
                        ProducerConfig.ACKS_CONFIG,
                        "all",
                        ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG,
                        true),
                new StringSerializer(),
                new StringSerializer())) {
            producer.send(new ProducerRecord<>(TOPIC.name(), key, value)).get();
        }
    }

    private static List<String> consume(EmbeddedKafkaBroker broker, int count) {
        List<String> values = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(
                Map.of(
                        ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                        broker.bootstrapServers(),
                        ConsumerConfig.GROUP_ID_CONFIG,
                        "broker-it-" + System.nanoTime(),
                        ConsumerConfig.AUTO_OFFSET_RESET_CONFIG,
                        "earliest"),
                new StringDeserializer(),
                new StringDeserializer())) {
            consumer.subscribe(List.of(TOPIC.name()));
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (values.size() < count && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(200))
                        .forEach((ConsumerRecord<String, String> r) -> values.add(r.value()));
            }
        }
        return values;
    }
}
