package org.planwatch.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.planwatch.broker.EmbeddedKafkaBroker;
import org.planwatch.broker.EmbeddedKafkaExtension;
import org.planwatch.evaluation.ProgressEvaluator;
import org.planwatch.schema.TopicSet;
import org.planwatch.streams.ProgressJob;
import org.planwatch.streams.StreamsProperties;
import org.planwatch.streams.StreamsSettings;

/**
 * The replacement stall: a job that goes away without leaving its group (Kafka Streams does not
 * leave on close, and a killed one cannot) holds its partitions until its session times out, and
 * its successor waits that long. With the streams command's membership settings the successor
 * runs well before Kafka's default 45 s.
 */
@ExtendWith(EmbeddedKafkaExtension.class)
class SessionTimeoutIT {
    @TempDir
    Path dir;

    @Test
    void shouldLetASuccessorRunWithinTheTunedSessionTimeoutNotKafkasDefault(EmbeddedKafkaBroker broker)
            throws Exception {
        String bootstrap = broker.bootstrapServers();
        TopicSet topics = TopicSet.defaults().prefixed("session-" + UUID.randomUUID() + "-");
        KafkaOptions.createTopics(bootstrap, topics, null, Duration.ofSeconds(60));
        String applicationId = "session-" + UUID.randomUUID();
        Map<String, String> tuning = new HashMap<>(StreamsSettings.membership(StreamsSettings.DEFAULT_SESSION_TIMEOUT));
        tuning.put("commit.interval.ms", "100");

        try (ProgressJob first = start(bootstrap, topics, applicationId, "first", tuning)) {
            first.awaitRunning(Duration.ofMinutes(2));
        } // closed without leaving the group, as Kafka Streams does: its member lives on until its session ends
        long started = System.nanoTime();
        try (ProgressJob second = start(bootstrap, topics, applicationId, "second", tuning)) {
            second.awaitRunning(Duration.ofMinutes(2));
            Duration stall = Duration.ofNanos(System.nanoTime() - started);
            System.out.printf("successor RUNNING %d ms after it started%n", stall.toMillis());
            // 10 s of session, a rebalance round or two: far from the 45 s the default gave
            assertThat(stall).isLessThan(Duration.ofSeconds(30));
        }
    }

    private ProgressJob start(
            String bootstrap, TopicSet topics, String applicationId, String state, Map<String, String> tuning) {
        return ProgressJob.start(
                StreamsProperties.properties(bootstrap, applicationId, dir.resolve(state), topics, tuning),
                topics,
                ProgressEvaluator.withDefaults(),
                Clock.systemUTC(),
                new SimpleMeterRegistry());
    }
}
