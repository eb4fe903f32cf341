package org.planwatch.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.GroupAuthorizationException;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.planwatch.broker.BrokerSecurity;
import org.planwatch.broker.EmbeddedKafkaBroker;
import org.planwatch.runtime.KafkaClientProperties;
import org.planwatch.schema.Topic;
import org.planwatch.schema.TopicSet;

/**
 * The end-to-end scenario on a secured broker: SASL_SSL with SCRAM, hostname verification on, the
 * StandardAuthorizer denying what no ACL allows, and the ACLs of {@code ./planwatch acls apply},
 * so that every client of the pipeline runs as its own principal with the least it needs. Then
 * each principal, tried on what it must not do, is refused.
 */
class PipelineSecuredIT extends PipelineScenario {
    private static final Map<Role, String> USERS = new EnumMap<>(Map.of(
            Role.ADMIN, BrokerSecurity.ADMIN_USER,
            Role.CATALOGUE, "planwatch-catalogue",
            Role.PRODUCER, "planwatch-producer",
            Role.STREAMS, "planwatch-streams",
            Role.CONSUMER, "planwatch-consumer"));

    @TempDir
    static Path configs;

    private static EmbeddedKafkaBroker broker;
    private static final Map<Role, KafkaClientProperties> CLIENTS = new EnumMap<>(Role.class);

    @BeforeAll
    static void startSecuredBroker() {
        broker = EmbeddedKafkaBroker.startSecured(USERS.values().stream()
                .filter(u -> !u.equals(BrokerSecurity.ADMIN_USER))
                .toList());
        USERS.forEach((role, user) -> CLIENTS.put(role, KafkaClientProperties.read(write(role, user), w -> {})));
    }

    @AfterAll
    static void stopBroker() {
        broker.close();
    }

    private static Path write(Role role, String user) {
        return broker.security()
                .writeClientProperties(configs.resolve(role.name().toLowerCase() + ".properties"), user);
    }

    @Override
    String bootstrap() {
        return broker.bootstrapServers();
    }

    @Override
    KafkaClientProperties clientProperties(Role role) {
        return CLIENTS.get(role);
    }

    /** The admin makes the topics and the ACLs for this run's ids, through the command line. */
    @Override
    void prepare(String bootstrap, String prefix, TopicSet topics, String applicationId, String group) {
        CommandRun apply = new CommandRun();
        assertThat(apply.run(
                        "acls",
                        "apply",
                        "--bootstrap",
                        bootstrap,
                        "--topic-prefix",
                        prefix,
                        "--application-id",
                        applicationId,
                        "--group-id",
                        group,
                        "--kafka-config",
                        CLIENTS.get(Role.ADMIN).file().toString()))
                .as("acls apply: %s%s", apply.out, apply.err)
                .isZero();
        assertThat(apply.out.toString())
                .contains("User:planwatch-streams\tTRANSACTIONAL_ID\tPREFIXED\t" + applicationId);
    }

    @Test
    void eachPrincipalIsRefusedWhatItsDataFlowDoesNotNeed() throws Exception {
        String prefix = "denied-" + UUID.randomUUID() + "-";
        TopicSet topics = TopicSet.defaults().prefixed(prefix);
        String applicationId = prefix + "job";
        String group = prefix + "consumer";
        prepare(bootstrap(), prefix, topics, applicationId, group);

        assertCanWrite(Role.PRODUCER, topics.readings());
        assertCannotWrite(Role.PRODUCER, topics.targets());
        assertCannotWrite(Role.PRODUCER, topics.alerts());
        assertCannotWrite(Role.PRODUCER, topics.statuses());
        assertCannotRead(Role.PRODUCER, topics.readings(), group);

        assertCanWrite(Role.CATALOGUE, topics.targets());
        assertCannotWrite(Role.CATALOGUE, topics.readings());
        assertCannotWrite(Role.CATALOGUE, topics.alerts());

        assertCannotWrite(Role.STREAMS, topics.readings());
        assertCannotWrite(Role.STREAMS, topics.targets());
        assertCannotRead(Role.STREAMS, topics.alerts(), applicationId);

        assertCannotWrite(Role.CONSUMER, topics.alerts());
        assertCannotWrite(Role.CONSUMER, topics.statuses());
        assertCannotWrite(Role.CONSUMER, topics.readings());
        assertCannotRead(Role.CONSUMER, topics.readings(), group);
        assertCannotRead(Role.CONSUMER, topics.targets(), group);
        assertThatThrownBy(() -> read(Role.CONSUMER, topics.alerts(), "another-group"))
                .as("the consumer reads alerts in its own group only")
                .isInstanceOf(GroupAuthorizationException.class);
    }

    @Test
    void aRefusedPublishListsEveryRowAsNotSentAndDoesNotWaitOnEach() throws Exception {
        String prefix = "refused-" + UUID.randomUUID() + "-";
        prepare(bootstrap(), prefix, TopicSet.defaults().prefixed(prefix), prefix + "job", prefix + "consumer");
        StringBuilder feed = new StringBuilder("region,indicator,year,value,vintage\n");
        for (int i = 0; i < 2_000; i++) { // 400 vintages of each year of the plan: all distinct, all valid
            feed.append("440700,hospital_beds_per_1000," + (2021 + i % 5) + ",5." + i + "," + i / 5 + "\n");
        }
        Path file = java.nio.file.Files.writeString(configs.resolve("refused.csv"), feed);

        CommandRun publish = new CommandRun();
        long start = System.nanoTime();
        int status = publish.run(
                "publish",
                "--bootstrap",
                bootstrap(),
                "--topic-prefix",
                prefix,
                "--kafka-config",
                CLIENTS.get(Role.CONSUMER).file().toString(),
                file.toString());

        // each refused send waits for metadata first (about a second): 2,000 of them would take half an hour
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMinutes(2));
        assertThat(status).as("%s%s", publish.out, publish.err).isNotZero();
        assertThat(publish.out.toString())
                .as(publish.err.toString().lines().limit(5).toList().toString())
                .contains("published 0, rejected 0, failed 2000");
        assertThat(publish.err
                        .toString()
                        .lines()
                        .filter(l -> l.contains("not authorized") || l.contains("Not authorized")))
                .hasSize(2_000);
    }

    private Map<String, Object> settings(Role role) {
        Map<String, Object> settings = new HashMap<>();
        CLIENTS.get(role)
                .merge("test client", new java.util.Properties(), new java.util.Properties())
                .forEach((k, v) -> settings.put(k.toString(), v));
        settings.put("bootstrap.servers", bootstrap());
        settings.put("max.block.ms", 10_000);
        settings.put("delivery.timeout.ms", 10_000);
        settings.put("request.timeout.ms", 5_000);
        return settings;
    }

    private void write(Role role, Topic<?, ?> topic) throws Exception {
        try (KafkaProducer<byte[], byte[]> producer =
                new KafkaProducer<>(settings(role), new ByteArraySerializer(), new ByteArraySerializer())) {
            producer.send(new ProducerRecord<>(topic.name(), new byte[] {1}, new byte[] {1}))
                    .get(15, TimeUnit.SECONDS);
        }
    }

    private void assertCanWrite(Role role, Topic<?, ?> topic) throws Exception {
        write(role, topic);
    }

    private void assertCannotWrite(Role role, Topic<?, ?> topic) {
        assertThatThrownBy(() -> write(role, topic))
                .as("%s writing %s", role, topic.name())
                .hasCauseInstanceOf(TopicAuthorizationException.class);
    }

    private void read(Role role, Topic<?, ?> topic, String group) {
        Map<String, Object> settings = settings(role);
        settings.remove("max.block.ms");
        settings.remove("delivery.timeout.ms");
        settings.put("group.id", group);
        try (KafkaConsumer<byte[], byte[]> consumer =
                new KafkaConsumer<>(settings, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(topic.name()));
            long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
            while (System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(200));
            }
        }
    }

    private void assertCannotRead(Role role, Topic<?, ?> topic, String group) {
        assertThatThrownBy(() -> read(role, topic, group))
                .as("%s reading %s", role, topic.name())
                .isInstanceOfAny(TopicAuthorizationException.class, GroupAuthorizationException.class);
    }
}
