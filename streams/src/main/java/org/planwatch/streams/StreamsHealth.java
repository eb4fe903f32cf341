package org.planwatch.streams;

import java.time.Duration;
import java.util.Optional;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import org.apache.kafka.streams.KafkaStreams.State;
import org.planwatch.runtime.FirstProblem;

/**
 * What the streams job's probes answer, from the states Kafka Streams passes through (observed
 * often, see {@link StreamsProbes}) and whether Kafka answers. Ready: RUNNING with Kafka reachable,
 * or REBALANCING for less than {@code maxRebalance} after having run (a member joining or leaving
 * is routine, a member that never comes back, or a dead member holding partitions until its
 * session times out, is not). Healthy: not stopped or failed, which only a restart mends.
 */
final class StreamsHealth {
    private final Supplier<State> state;
    private final Supplier<Optional<String>> kafka;
    private final Duration maxRebalance;
    private final LongSupplier nanoTime;
    private State last;
    private long since;
    private boolean hasRun;

    StreamsHealth(
            Supplier<State> state, Supplier<Optional<String>> kafka, Duration maxRebalance, LongSupplier nanoTime) {
        this.state = state;
        this.kafka = kafka;
        this.maxRebalance = maxRebalance;
        this.nanoTime = nanoTime;
        this.since = nanoTime.getAsLong();
    }

    /** Notes the current state and since when it holds; called on a timer and by each probe. */
    synchronized State observe() {
        State now = state.get();
        if (now != last) {
            last = now;
            since = nanoTime.getAsLong();
        }
        hasRun |= now == State.RUNNING;
        return now;
    }

    synchronized Optional<String> unhealthy() {
        State now = observe();
        return switch (now) {
            case ERROR, PENDING_ERROR, NOT_RUNNING, PENDING_SHUTDOWN -> Optional.of("Kafka Streams is " + now);
            default -> Optional.empty();
        };
    }

    synchronized Optional<String> notReady() {
        return FirstProblem.of(this::unhealthy, kafka, this::settling);
    }

    /** RUNNING, or REBALANCING for less than {@code maxRebalance} after having run. */
    private Optional<String> settling() {
        Duration held = Duration.ofNanos(nanoTime.getAsLong() - since);
        return switch (last) {
            case RUNNING -> Optional.empty();
            case REBALANCING ->
                hasRun && held.compareTo(maxRebalance) <= 0
                        ? Optional.empty()
                        : Optional.of("Kafka Streams is REBALANCING for " + held.toSeconds() + " s");
            default -> Optional.of("Kafka Streams is " + last);
        };
    }
}
