package org.planwatch.streams;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.common.errors.InvalidTxnStateException;
import org.apache.kafka.common.errors.OutOfOrderSequenceException;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.streams.errors.StreamsException;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse;
import org.junit.jupiter.api.Test;

class ThreadFailureHandlerTest {
    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final List<Throwable> fatal = new ArrayList<>();
    private final MovingClock clock = new MovingClock(Instant.parse("2026-11-30T12:00:00Z"));

    private ThreadFailureHandler handler() {
        return new ThreadFailureHandler(registry, clock, 3, Duration.ofMinutes(10), fatal::add);
    }

    private static StreamsException commitFailed(Throwable cause) {
        return new StreamsException("Error encountered trying to commit a transaction", cause);
    }

    @Test
    void replacesTheThreadWhenACommitFailsOnAnUnusableTransaction() {
        ThreadFailureHandler handler = handler();

        assertThat(handler.handle(commitFailed(new InvalidTxnStateException("invalid state"))))
                .isEqualTo(StreamThreadExceptionResponse.REPLACE_THREAD);
        assertThat(handler.handle(new StreamsException(
                        "send failed", new StreamsException(new OutOfOrderSequenceException("sequence")))))
                .isEqualTo(StreamThreadExceptionResponse.REPLACE_THREAD);
        assertThat(handler.handle(commitFailed(new TimeoutException("no leader"))))
                .as("a retriable error that outlived Kafka Streams' own retries")
                .isEqualTo(StreamThreadExceptionResponse.REPLACE_THREAD);

        assertThat(fatal).isEmpty();
        assertThat(registry.get(ThreadFailureHandler.REPLACED)
                        .tag("cause", "InvalidTxnStateException")
                        .counter()
                        .count())
                .isEqualTo(1.0);
        assertThat(registry.get(ThreadFailureHandler.REPLACED)
                        .tag("cause", "OutOfOrderSequenceException")
                        .counter()
                        .count())
                .isEqualTo(1.0);
    }

    /** A broker just restarted answers a rebalance before it has loaded its topics again (ProbesOutageIT). */
    @Test
    void replacesTheThreadWhenARebalanceFindsTheSourceTopicsMissing() {
        ThreadFailureHandler handler = handler();

        assertThat(handler.handle(new org.apache.kafka.streams.errors.MissingSourceTopicException(
                        "One or more source topics were missing during rebalance")))
                .isEqualTo(StreamThreadExceptionResponse.REPLACE_THREAD);
        assertThat(fatal).isEmpty();
    }

    @Test
    void shutsTheClientDownOnAnErrorANewThreadWouldMeetAgain() {
        ThreadFailureHandler handler = handler();
        IllegalStateException defect = new IllegalStateException("a bug of ours");

        assertThat(handler.handle(new StreamsException("processing failed", defect)))
                .isEqualTo(StreamThreadExceptionResponse.SHUTDOWN_CLIENT);
        assertThat(handler.handle(new SerializationException("unknown magic byte")))
                .isEqualTo(StreamThreadExceptionResponse.SHUTDOWN_CLIENT);

        assertThat(fatal).hasSize(2);
        assertThat(fatal.get(0)).hasRootCause(defect);
        assertThat(registry.find(ThreadFailureHandler.REPLACED).counters())
                .as("registered at zero, for the alert rule, and still zero")
                .isNotEmpty()
                .allSatisfy(c -> assertThat(c.count()).isZero());
    }

    @Test
    void shutsDownWhenTheBudgetOfReplacementsIsSpentWithinTheWindow() {
        ThreadFailureHandler handler = handler();
        Throwable transientError = commitFailed(new InvalidTxnStateException("invalid state"));

        for (int i = 0; i < 3; i++) {
            assertThat(handler.handle(transientError)).isEqualTo(StreamThreadExceptionResponse.REPLACE_THREAD);
            clock.advance(Duration.ofSeconds(60));
        }
        assertThat(handler.handle(transientError))
                .as("the fourth within ten minutes: the cluster is not recovering")
                .isEqualTo(StreamThreadExceptionResponse.SHUTDOWN_CLIENT);
        assertThat(fatal).containsExactly(transientError);
    }

    @Test
    void forgetsReplacementsOlderThanTheWindow() {
        ThreadFailureHandler handler = handler();
        Throwable transientError = commitFailed(new InvalidTxnStateException("invalid state"));

        for (int i = 0; i < 10; i++) {
            assertThat(handler.handle(transientError))
                    .as("replacement %d, four minutes after the one before", i)
                    .isEqualTo(StreamThreadExceptionResponse.REPLACE_THREAD);
            clock.advance(Duration.ofMinutes(4));
        }
        assertThat(fatal).isEmpty();
    }

    @Test
    void findsTheTransientCauseAnywhereInTheChainAndSurvivesACycle() {
        RuntimeException a = new RuntimeException("a");
        RuntimeException b = new RuntimeException("b", a);
        a.initCause(b);
        assertThat(ThreadFailureHandler.transientCause(a))
                .as("a cause cycle ends the walk")
                .isEmpty();
        InvalidTxnStateException root = new InvalidTxnStateException("deep");
        assertThat(ThreadFailureHandler.transientCause(new RuntimeException(new RuntimeException(commitFailed(root)))))
                .containsSame(root);
    }
}
