package org.planwatch.consumer;

import java.util.Collection;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.planwatch.schema.ProgressAlert;

/**
 * The latest status of every plan target, keyed {@code plan|region|indicator}. The figure for the
 * most recent year wins; for the same year, the later evaluation wins, so alerts replayed out of
 * order leave the board as it should be.
 */
public final class StatusBoard {
    private static final Comparator<ProgressAlert> RECENCY =
            Comparator.comparingInt(ProgressAlert::getYear).thenComparing(ProgressAlert::getEvaluatedAt);

    private final Map<String, ProgressAlert> latest = new ConcurrentHashMap<>();

    /** Records an alert; returns true when it became the target's current status. */
    public boolean accept(String key, ProgressAlert alert) {
        ProgressAlert now = latest.compute(
                key, (k, current) -> current == null || RECENCY.compare(alert, current) >= 0 ? alert : current);
        return now == alert;
    }

    public Optional<ProgressAlert> get(String key) {
        return Optional.ofNullable(latest.get(key));
    }

    public Collection<ProgressAlert> alerts() {
        return latest.values();
    }

    public int size() {
        return latest.size();
    }
}
