package org.planwatch.consumer;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.common.errors.RecordDeserializationException;
import org.apache.kafka.common.errors.WakeupException;
import org.planwatch.schema.ProgressEvaluation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A consumer's poll loop on its own thread: a record no schema can read is logged with its
 * partition and offset, counted and skipped; any other failure ends the loop and completes {@link
 * #stopped()} exceptionally. What to read and what to do with it is the subclass's.
 */
abstract class PollLoop implements Runnable, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(PollLoop.class);

    final Consumer<String, ProgressEvaluation> consumer;
    final AlertHandler handler;
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final CompletableFuture<Void> stopped = new CompletableFuture<>();
    private volatile long lastProgress = System.nanoTime();
    private long previousPollStart;
    private boolean previousPollEmpty;
    private volatile long drainedFrom = Long.MIN_VALUE;

    PollLoop(Consumer<String, ProgressEvaluation> consumer, AlertHandler handler) {
        this.consumer = consumer;
        this.handler = handler;
    }

    /** Subscribes or assigns, before the first poll. */
    abstract void start();

    /** Handles one batch; may commit. */
    abstract void handle(ConsumerRecords<String, ProgressEvaluation> records);

    /** Called when woken to stop, perhaps between handling a batch and committing it. */
    void stopping() {}

    @Override
    public void run() {
        try {
            start();
            while (running.get()) {
                ConsumerRecords<String, ProgressEvaluation> records;
                long started = System.nanoTime();
                try {
                    records = consumer.poll(Duration.ofMillis(500));
                } catch (RecordDeserializationException e) {
                    LOG.error(
                            "cannot decode record at {}-{}@{}, skipped: {}",
                            e.topicPartition().topic(),
                            e.topicPartition().partition(),
                            e.offset(),
                            e.getMessage());
                    handler.undecodable(
                            e.topicPartition().topic(), e.topicPartition().partition(), e.offset());
                    consumer.seek(e.topicPartition(), e.offset() + 1);
                    continue;
                }
                polled();
                handle(records);
                drained(started, records.isEmpty());
            }
        } catch (WakeupException e) {
            if (running.get()) {
                fail(e);
                return;
            }
            stopping();
        } catch (RuntimeException e) {
            fail(e);
            return;
        } finally {
            consumer.close();
        }
        stopped.complete(null);
    }

    private void fail(RuntimeException e) {
        LOG.error("consumer loop stopped by an unexpected error", e);
        stopped.completeExceptionally(e);
    }

    /** Two empty polls in a row: nothing was left to read when the first began. */
    private void drained(long pollStart, boolean empty) {
        if (empty && previousPollEmpty) {
            drainedFrom = previousPollStart;
        }
        previousPollStart = pollStart;
        previousPollEmpty = empty;
    }

    /**
     * Whether the loop has read and handled everything committed to its topic before {@code
     * nanoTime} (a {@link System#nanoTime()}): two polls begun since then came back empty.
     */
    public boolean drainedSince(long nanoTime) {
        return drainedFrom - nanoTime >= 0;
    }

    /** Marks the loop as alive and working: it polled, or delivered a record. */
    final void polled() {
        lastProgress = System.nanoTime();
    }

    /**
     * How long since the loop last polled or delivered a record: a loop stuck in a call (a channel
     * that never answers, a lost broker mid-commit) grows it, a quiet topic does not.
     */
    public Duration sinceProgress() {
        return Duration.ofNanos(System.nanoTime() - lastProgress);
    }

    /** Completes when the loop ends: normally after {@link #close()}, exceptionally if it died. */
    public CompletableFuture<Void> stopped() {
        return stopped;
    }

    /** Stops the loop from another thread; the loop closes the consumer. */
    @Override
    public void close() {
        running.set(false);
        consumer.wakeup();
    }
}
