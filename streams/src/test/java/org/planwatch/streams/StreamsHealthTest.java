package org.planwatch.streams;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.streams.KafkaStreams.State;
import org.junit.jupiter.api.Test;

/** The streams job's probes on a clock the test moves: states, rebalances timed, the connection. */
class StreamsHealthTest {
    private final AtomicReference<State> state = new AtomicReference<>(State.CREATED);
    private final AtomicReference<Optional<String>> kafka = new AtomicReference<>(Optional.empty());
    private final AtomicLong now = new AtomicLong();
    private final StreamsHealth health = new StreamsHealth(state::get, kafka::get, Duration.ofSeconds(30), now::get);

    private void at(long seconds, State s) {
        now.set(Duration.ofSeconds(seconds).toNanos());
        state.set(s);
        health.observe();
    }

    @Test
    void shouldBeReadyOnlyOnceRunningNotWhileStartingUp() {
        at(0, State.CREATED);
        assertThat(health.notReady()).contains("Kafka Streams is CREATED");
        at(1, State.REBALANCING);
        assertThat(health.notReady()).get().asString().startsWith("Kafka Streams is REBALANCING");
        at(2, State.RUNNING);
        assertThat(health.notReady()).isEmpty();
        assertThat(health.unhealthy()).isEmpty();
    }

    @Test
    void shouldTolerateARoutineRebalanceButNotOneLongerThanTheBound() {
        at(0, State.RUNNING);
        at(10, State.REBALANCING);
        at(39, State.REBALANCING);
        assertThat(health.notReady()).isEmpty();
        at(41, State.REBALANCING);
        assertThat(health.notReady()).contains("Kafka Streams is REBALANCING for 31 s");
        assertThat(health.unhealthy())
                .as("a rebalance mends itself: no restart")
                .isEmpty();
        at(42, State.RUNNING);
        assertThat(health.notReady()).isEmpty();
    }

    @Test
    void shouldFailReadinessWithoutAWorkingKafkaConnectionEvenWhileRunning() {
        at(0, State.RUNNING);
        kafka.set(Optional.of("no working Kafka connection"));
        assertThat(health.notReady()).contains("no working Kafka connection");
        assertThat(health.unhealthy()).isEmpty();
        kafka.set(Optional.empty());
        assertThat(health.notReady()).isEmpty();
    }

    @Test
    void shouldAskForARestartOnceTheJobHasFailedOrStopped() {
        at(0, State.RUNNING);
        at(5, State.ERROR);
        assertThat(health.unhealthy()).contains("Kafka Streams is ERROR");
        assertThat(health.notReady()).contains("Kafka Streams is ERROR");
        at(6, State.NOT_RUNNING);
        assertThat(health.unhealthy()).contains("Kafka Streams is NOT_RUNNING");
    }
}
