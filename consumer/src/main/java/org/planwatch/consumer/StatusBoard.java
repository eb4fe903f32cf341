package org.planwatch.consumer;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.planwatch.schema.ProgressEvaluation;

/**
 * The current status of every plan target, keyed {@code plan|region|indicator}, as the compacted
 * status topic gives it: the job writes each key's records in order on one partition, so the last
 * record read is the current one, and a tombstone removes the target.
 */
public final class StatusBoard {
    private final Map<String, ProgressEvaluation> current = new ConcurrentHashMap<>();

    public void put(String key, ProgressEvaluation status) {
        current.put(key, status);
    }

    public void remove(String key) {
        current.remove(key);
    }

    public Optional<ProgressEvaluation> get(String key) {
        return Optional.ofNullable(current.get(key));
    }

    public Collection<ProgressEvaluation> statuses() {
        return current.values();
    }

    public int size() {
        return current.size();
    }
}
