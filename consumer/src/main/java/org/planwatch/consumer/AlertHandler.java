package org.planwatch.consumer;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.planwatch.schema.ProgressEvaluation;
import org.planwatch.schema.Topics;

/**
 * What the consumer does with what it reads: the status topic keeps the board and the metrics
 * current, the alerts topic is counted and told to the listeners. Separate from the poll loop.
 */
public final class AlertHandler {
    private final StatusBoard board;
    private final IndicatorMetrics metrics;
    private final List<AlertListener> listeners = new CopyOnWriteArrayList<>();

    private final Optional<Notifier> notifier;

    /** A handler that tells no department: the board and the metrics only. */
    public AlertHandler(StatusBoard board, IndicatorMetrics metrics) {
        this(board, metrics, Optional.empty());
    }

    /** A handler that tells department leads through {@code notifier} too. */
    public AlertHandler(StatusBoard board, IndicatorMetrics metrics, Notifier notifier) {
        this(board, metrics, Optional.of(notifier));
    }

    private AlertHandler(StatusBoard board, IndicatorMetrics metrics, Optional<Notifier> notifier) {
        this.board = board;
        this.metrics = metrics;
        this.notifier = notifier;
    }

    public void addListener(AlertListener listener) {
        listeners.add(listener);
    }

    /** Counts a record that could not be decoded at {@code topic}-{@code partition}@{@code offset}. */
    public void undecodable(String topic, int partition, long offset) {
        metrics.undecodable();
    }

    /** A record of the status topic: the target's current evaluation, or null when it is gone. */
    public void status(String key, ProgressEvaluation current) {
        if (current == null) {
            board.remove(key);
            metrics.forget(key);
        } else {
            board.put(key, current);
            metrics.record(key, current);
        }
        for (AlertListener listener : listeners) {
            listener.onStatus(key, current);
        }
    }

    /**
     * A batch of the alerts topic: each counted and told to the listeners, then the notices sent;
     * returns once every channel has acknowledged or been given up, before the offsets are committed.
     */
    public void alerts(List<ProgressEvaluation> batch) throws InterruptedException {
        for (ProgressEvaluation a : batch) {
            alert(Topics.targetKey(a), a);
        }
        if (notifier.isPresent() && !batch.isEmpty()) {
            notifier.get().deliver(batch);
        }
    }

    /** Whether the notices go out as one digest per department and batch, not one per change. */
    boolean deliversInDigests() {
        return notifier.map(Notifier::digest).orElse(false);
    }

    /** A record of the alerts topic: a status changed. */
    public void alert(String key, ProgressEvaluation alert) {
        metrics.alerted();
        for (AlertListener listener : listeners) {
            listener.onAlert(key, alert);
        }
    }
}
