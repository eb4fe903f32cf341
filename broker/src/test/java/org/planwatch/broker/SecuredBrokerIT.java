package org.planwatch.broker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.acl.AccessControlEntry;
import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.acl.AclOperation;
import org.apache.kafka.common.acl.AclPermissionType;
import org.apache.kafka.common.errors.SaslAuthenticationException;
import org.apache.kafka.common.errors.SslAuthenticationException;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.apache.kafka.common.resource.PatternType;
import org.apache.kafka.common.resource.ResourcePattern;
import org.apache.kafka.common.resource.ResourceType;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The secured broker itself: SCRAM over TLS with a certificate for 127.0.0.1 only, controllers on
 * TLS with client certificates, and the StandardAuthorizer refusing what no ACL allows.
 */
class SecuredBrokerIT {
    private static final String WRITER = "writer";
    private static EmbeddedKafkaBroker broker;

    @BeforeAll
    static void start() throws Exception {
        broker = EmbeddedKafkaBroker.startSecured(List.of(WRITER));
        try (Admin admin = Admin.create(as(BrokerSecurity.ADMIN_USER))) {
            admin.createTopics(List.of(new NewTopic("secured", Optional.of(1), Optional.empty())))
                    .all()
                    .get(30, TimeUnit.SECONDS);
        }
    }

    @AfterAll
    static void stop() {
        broker.close();
    }

    private static Map<String, Object> as(String user) {
        Map<String, Object> config = new HashMap<>(broker.security().clientProperties(user));
        config.put("bootstrap.servers", broker.bootstrapServers());
        return config;
    }

    private static KafkaProducer<String, String> producer(Map<String, Object> config) {
        config.put("max.block.ms", 10_000);
        config.put("delivery.timeout.ms", 10_000);
        config.put("request.timeout.ms", 5_000);
        return new KafkaProducer<>(config, new StringSerializer(), new StringSerializer());
    }

    @Test
    void aUserWritesOnlyWhereAnAclAllowsIt() throws Exception {
        try (KafkaProducer<String, String> producer = producer(as(WRITER))) {
            assertThatThrownBy(() -> producer.send(new ProducerRecord<>("secured", "k", "v"))
                            .get(15, TimeUnit.SECONDS))
                    .as("no ACL yet: allow.everyone.if.no.acl.found=false")
                    .hasCauseInstanceOf(TopicAuthorizationException.class);
        }
        try (Admin admin = Admin.create(as(BrokerSecurity.ADMIN_USER))) {
            admin.createAcls(List.of(new AclBinding(
                            new ResourcePattern(ResourceType.TOPIC, "secured", PatternType.LITERAL),
                            new AccessControlEntry(
                                    "User:" + WRITER, "*", AclOperation.WRITE, AclPermissionType.ALLOW))))
                    .all()
                    .get(30, TimeUnit.SECONDS);
        }
        try (KafkaProducer<String, String> producer = producer(as(WRITER))) {
            // ACLs reach the authorizer through the metadata log, a moment later: a refusal until
            // then is retried, any other failure is not
            await().atMost(Duration.ofSeconds(30))
                    .pollInterval(Duration.ofMillis(200))
                    .untilAsserted(() -> assertSent(producer));
        }
    }

    @Test
    void aWrongPasswordFailsAuthentication() {
        Map<String, Object> config = new HashMap<>(broker.security().clientProperties(WRITER, "not-the-password"));
        config.put("bootstrap.servers", broker.bootstrapServers());
        try (KafkaProducer<String, String> producer = producer(config)) {
            assertThatThrownBy(() -> producer.send(new ProducerRecord<>("secured", "k", "v"))
                            .get(15, TimeUnit.SECONDS))
                    .hasCauseInstanceOf(SaslAuthenticationException.class);
        }
    }

    @Test
    void aPlaintextClientGetsNothingFromTheTlsPort() {
        try (Admin admin = Admin.create(Map.of(
                "bootstrap.servers",
                broker.bootstrapServers(),
                "request.timeout.ms",
                3_000,
                "default.api.timeout.ms",
                6_000))) {
            assertThatThrownBy(() -> admin.listTopics().names().get(10, TimeUnit.SECONDS))
                    .hasCauseInstanceOf(org.apache.kafka.common.errors.TimeoutException.class);
        }
    }

    @Test
    void aCertificateForAnotherHostFailsTheHandshake() {
        // the broker's certificate names 127.0.0.1 only; "localhost" is the same socket, another name
        Map<String, Object> config = as(WRITER);
        config.put("bootstrap.servers", broker.bootstrapServers().replace("127.0.0.1", "localhost"));
        try (KafkaProducer<String, String> producer = producer(config)) {
            assertThatThrownBy(() -> producer.send(new ProducerRecord<>("secured", "k", "v"))
                            .get(15, TimeUnit.SECONDS))
                    .hasCauseInstanceOf(SslAuthenticationException.class);
        }
    }

    @Test
    void noPasswordReachesTheLogsEvenWhenKafkaLogsItsSettings() throws Exception {
        ch.qos.logback.classic.Logger kafka =
                (ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger("org.apache.kafka");
        ch.qos.logback.classic.Level before = kafka.getLevel();
        var seen = new ch.qos.logback.core.read.ListAppender<ch.qos.logback.classic.spi.ILoggingEvent>();
        seen.start();
        kafka.addAppender(seen);
        kafka.setLevel(ch.qos.logback.classic.Level.DEBUG); // the clients print every setting at INFO
        try (KafkaProducer<String, String> producer = producer(as(WRITER));
                Admin admin = Admin.create(as(BrokerSecurity.ADMIN_USER))) {
            admin.listTopics().names().get(30, TimeUnit.SECONDS);
        } finally {
            kafka.setLevel(before);
            kafka.detachAppender(seen);
        }
        List<String> lines = seen.list.stream()
                .map(ch.qos.logback.classic.spi.ILoggingEvent::getFormattedMessage)
                .toList();
        assertThat(lines)
                .as("the clients logged their settings, the JAAS line among them")
                .anySatisfy(l -> assertThat(l).contains("sasl.jaas.config = [hidden]"));
        for (String user : List.of(WRITER, BrokerSecurity.ADMIN_USER)) {
            String password = broker.security().password(user);
            assertThat(lines).noneSatisfy(l -> assertThat(l).contains(password));
        }
        assertThat(lines)
                .noneSatisfy(l -> assertThat(l).contains(broker.security().truststorePassword()));
    }

    /** A record reaches {@code secured}; an assertion error while the ACL is not yet known, a failure for anything else. */
    private static void assertSent(KafkaProducer<String, String> producer) throws Exception {
        try {
            assertThat(producer.send(new ProducerRecord<>("secured", "k", "v"))
                            .get(15, TimeUnit.SECONDS)
                            .topic())
                    .isEqualTo("secured");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof TopicAuthorizationException refused) {
                throw new AssertionError("still refused: " + refused.getMessage(), refused);
            }
            throw e;
        }
    }
}
