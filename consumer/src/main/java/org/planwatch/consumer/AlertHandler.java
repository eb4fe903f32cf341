package org.planwatch.consumer;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.planwatch.schema.ProgressAlert;

/** What the consumer does with one alert: board, metrics, listeners. Separate from the poll loop. */
public final class AlertHandler {
    private final StatusBoard board;
    private final IndicatorMetrics metrics;
    private final List<AlertListener> listeners = new CopyOnWriteArrayList<>();

    public AlertHandler(StatusBoard board, IndicatorMetrics metrics) {
        this.board = board;
        this.metrics = metrics;
    }

    public void addListener(AlertListener listener) {
        listeners.add(listener);
    }

    /** Counts an alert that could not be decoded at {@code topic}-{@code partition}@{@code offset}. */
    public void undecodable(String topic, int partition, long offset) {
        metrics.undecodable();
    }

    public void handle(String key, ProgressAlert alert) {
        boolean current = board.accept(key, alert);
        metrics.record(key, alert);
        for (AlertListener listener : listeners) {
            listener.onAlert(key, alert, current);
        }
    }
}
