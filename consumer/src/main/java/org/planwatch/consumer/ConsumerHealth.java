package org.planwatch.consumer;

import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;
import org.planwatch.runtime.FirstProblem;

/**
 * What the consumer's probes answer. Ready: both loops alive, Kafka answering, the alert loop
 * polling or delivering within {@link #STALL}, and the board rebuilt. Healthy: both loops alive; a
 * loop that died does not come back, so the process should be restarted.
 */
final class ConsumerHealth {
    /**
     * Longer than any one delivery takes with its retries (a minute and a half at most at the
     * default's 6 attempts up to 30 s apart), so a slow channel is not taken for a stuck loop.
     */
    static final Duration STALL = Duration.ofMinutes(3);

    private final StatusReader statuses;
    private final AlertConsumer alerts;
    private final Supplier<Optional<String>> kafka;

    ConsumerHealth(StatusReader statuses, AlertConsumer alerts, Supplier<Optional<String>> kafka) {
        this.statuses = statuses;
        this.alerts = alerts;
        this.kafka = kafka;
    }

    Optional<String> unhealthy() {
        if (statuses.stopped().isDone()) {
            return Optional.of("the status reader has stopped");
        }
        if (alerts.stopped().isDone()) {
            return Optional.of("the alert consumer has stopped");
        }
        return Optional.empty();
    }

    Optional<String> notReady() {
        return FirstProblem.of(this::unhealthy, kafka, this::stalledOrRebuilding);
    }

    private Optional<String> stalledOrRebuilding() {
        Duration idle = alerts.sinceProgress();
        if (idle.compareTo(STALL) > 0) {
            return Optional.of("the alert consumer has not polled for " + idle.toSeconds() + " s");
        }
        return statuses.caughtUp().isDone() ? Optional.empty() : Optional.of("rebuilding the status board");
    }
}
