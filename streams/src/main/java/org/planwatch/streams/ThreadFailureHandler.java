package org.planwatch.streams;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.apache.kafka.common.errors.InvalidProducerEpochException;
import org.apache.kafka.common.errors.InvalidTxnStateException;
import org.apache.kafka.common.errors.OutOfOrderSequenceException;
import org.apache.kafka.common.errors.RetriableException;
import org.apache.kafka.common.errors.TransactionAbortableException;
import org.apache.kafka.streams.errors.MissingSourceTopicException;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler;
import org.planwatch.runtime.Causes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers an error that killed a stream thread. A transaction left unusable by a broker's failure
 * (a leader that died mid-transaction shows up as OutOfOrderSequence, then InvalidTxnState at the
 * commit) is got past by a fresh thread: its producer starts a new transactional session and its
 * tasks resume from the last commit, so exactly-once holds. So is a rebalance that a restarted
 * broker answered before loading its topics again (MissingSourceTopic). Anything else is a defect or a
 * misconfiguration a new thread would meet again, and shuts the client down. A budget of
 * replacements per window turns a cluster that stays broken into a shutdown instead of a spin.
 */
final class ThreadFailureHandler implements StreamsUncaughtExceptionHandler {
    private static final Logger LOG = LoggerFactory.getLogger(ThreadFailureHandler.class);
    static final String REPLACED = "planwatch.streams.threads.replaced";
    static final int BUDGET = 5;
    static final Duration WINDOW = Duration.ofMinutes(10);

    /**
     * Errors of the transaction, not of the data: a new producer session clears them. The last,
     * any retriable error, is one that outlived Kafka Streams' own retries.
     */
    private static final List<Class<? extends Throwable>> TRANSIENT = List.of(
            InvalidTxnStateException.class,
            OutOfOrderSequenceException.class,
            TransactionAbortableException.class,
            InvalidProducerEpochException.class,
            // a broker just restarted answers a rebalance before it has loaded its topics again: the
            // next thread's rebalance finds them (topics really gone use up the budget and shut down)
            MissingSourceTopicException.class,
            RetriableException.class);

    private final MeterRegistry registry;
    private final Clock clock;
    private final int budget;
    private final Duration window;
    private final Consumer<Throwable> onFatal;
    private final Deque<Instant> replacements = new ArrayDeque<>();

    ThreadFailureHandler(
            MeterRegistry registry, Clock clock, int budget, Duration window, Consumer<Throwable> onFatal) {
        this.registry = registry;
        this.clock = clock;
        this.budget = budget;
        this.window = window;
        this.onFatal = onFatal;
        // the transactional causes from the start, so that increase() and the alert rule see a zero
        for (Class<? extends Throwable> kind : TRANSIENT.subList(0, TRANSIENT.size() - 1)) {
            counter(kind.getSimpleName());
        }
    }

    private Counter counter(String cause) {
        return Counter.builder(REPLACED)
                .tag("cause", cause)
                .description("Stream threads replaced after a transient transactional error")
                .register(registry);
    }

    @Override
    public synchronized StreamThreadExceptionResponse handle(Throwable error) {
        Optional<Throwable> transientCause = transientCause(error);
        if (transientCause.isEmpty()) {
            LOG.error("progress job stopped by an unexpected error", error);
            onFatal.accept(error);
            return StreamThreadExceptionResponse.SHUTDOWN_CLIENT;
        }
        Instant now = clock.instant();
        while (!replacements.isEmpty() && replacements.peekFirst().isBefore(now.minus(window))) {
            replacements.removeFirst();
        }
        if (replacements.size() >= budget) {
            LOG.error(
                    "progress job stopped: {} stream threads replaced within {}, the cluster is not recovering",
                    replacements.size(),
                    window,
                    error);
            onFatal.accept(error);
            return StreamThreadExceptionResponse.SHUTDOWN_CLIENT;
        }
        replacements.addLast(now);
        String cause = transientCause.get().getClass().getSimpleName();
        counter(cause).increment();
        LOG.warn("replacing the stream thread after {}; its tasks resume from the last commit", cause, error);
        return StreamThreadExceptionResponse.REPLACE_THREAD;
    }

    static Optional<Throwable> transientCause(Throwable error) {
        return Causes.first(error, TRANSIENT);
    }
}
