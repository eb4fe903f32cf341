package org.planwatch.streams;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.planwatch.broker.EmbeddedKafkaBroker;
import org.planwatch.broker.EmbeddedKafkaExtension;
import org.planwatch.evaluation.ProgressEvaluator;
import org.planwatch.schema.TopicSet;
import org.slf4j.LoggerFactory;

/**
 * Issue 25: a job started where an earlier broker's job left its state (the demo's broker of
 * yesterday, a test cluster) wipes that state first, in one line, instead of Kafka Streams' three
 * {@code TaskCorruptedException} ERRORs; its own state, started again, is kept.
 */
@ExtendWith(EmbeddedKafkaExtension.class)
class ClusterBoundStateIT {
    @TempDir
    Path stateDir;

    private final String applicationId = "owner-it-" + UUID.randomUUID();
    private final TopicSet topics = TopicSet.defaults().prefixed(applicationId + "-");

    /** A short session, so that a start need not wait out the last one's membership. */
    private Properties properties(String bootstrap) {
        return StreamsProperties.properties(
                bootstrap, applicationId, stateDir, topics, StreamsSettings.membership(Duration.ofSeconds(6)));
    }

    /** A job that has filed a target, so that its tasks have state and a checkpoint. */
    private void runWithState(String bootstrap) throws Exception {
        JobTopics on = JobTopics.on(bootstrap, topics);
        try (ProgressJob job = ProgressJob.start(
                        properties(bootstrap), topics, ProgressEvaluator.withDefaults(), Clock.systemUTC());
                KafkaProducer<String, byte[]> producer = on.producer()) {
            job.awaitRunning(Duration.ofSeconds(60));
            on.sendTarget(producer, ProgressTopologyTest.BEDS_14);
            job.awaitTargets(1, Duration.ofSeconds(30));
        }
    }

    @Test
    void shouldWipeStateAnEarlierClusterLeftAndKeepItsOwn(EmbeddedKafkaBroker broker) throws Exception {
        try (EmbeddedKafkaBroker earlier = EmbeddedKafkaBroker.start()) {
            runWithState(earlier.bootstrapServers());
        }
        Path marker = stateDir.resolve(applicationId).resolve(ClusterBoundState.MARKER);
        String before = Files.readString(marker).strip();

        ListAppender<ILoggingEvent> log = new ListAppender<>();
        log.start();
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        root.addAppender(log);
        try {
            runWithState(broker.bootstrapServers());
        } finally {
            root.detachAppender(log);
        }
        List<ILoggingEvent> said = List.copyOf(log.list);
        assertThat(said)
                .filteredOn(e -> e.getLevel() == Level.ERROR)
                .as("no ERROR for the earlier cluster's state")
                .isEmpty();
        assertThat(said)
                .filteredOn(e -> e.getFormattedMessage().contains("was kept for Kafka cluster " + before))
                .hasSize(1);
        String now = Files.readString(marker).strip();
        assertThat(now).isNotEqualTo(before);

        // its own state, started again on the same cluster: kept, and nothing said of it
        Path left = Files.writeString(stateDir.resolve(applicationId).resolve("kept-by-this-cluster"), "state");
        ListAppender<ILoggingEvent> again = new ListAppender<>();
        again.start();
        root.addAppender(again);
        try {
            runWithState(broker.bootstrapServers());
        } finally {
            root.detachAppender(again);
        }
        assertThat(left).exists();
        assertThat(again.list).noneMatch(e -> e.getFormattedMessage().contains("was kept for Kafka cluster"));
    }
}
