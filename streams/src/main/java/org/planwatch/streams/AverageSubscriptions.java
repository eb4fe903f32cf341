package org.planwatch.streams;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.planwatch.domain.Keys;

/**
 * Which regions want an average region's figures: a target "below the provincial average" of a
 * city subscribes, from the city's task, to the province's figures of its indicator, and the
 * province's task copies each of those figures to the subscribers only (not, as before, to every
 * region inside the province: almost none has such a target, and the copies were most of the
 * job's traffic, issue 26). Filed {@code average|indicator|region|plan} → region. Subscriptions
 * are few and every reading asks for its own, so the task holds them all in memory, read from the
 * store at its first question (after any restore) and kept in step with it: a reading's question
 * costs a map lookup, not a scan of the store (a backfill's profile, issue 26).
 */
final class AverageSubscriptions {
    private final KeyValueStore<String, String> store;
    /** {@code average|indicator|} → {@code region|plan} → region; null until first asked. */
    private Map<String, Map<String, String>> bySeries;

    AverageSubscriptions(KeyValueStore<String, String> store) {
        this.store = store;
    }

    /** The entries of one series: {@code average|indicator|}. */
    private static String prefix(String average, String indicator) {
        return Keys.series(average, indicator) + "|";
    }

    /** A subscriber within a series: {@code region|plan}. */
    private static String member(String region, String plan) {
        return region + "|" + plan;
    }

    /** The target of {@code plan} in {@code region} wants {@code average}'s figures of {@code indicator}. */
    void add(String average, String indicator, String region, String plan) {
        String prefix = prefix(average, indicator);
        store.put(prefix + member(region, plan), region);
        held().computeIfAbsent(prefix, p -> new LinkedHashMap<>()).put(member(region, plan), region);
    }

    /** That target no longer does (deleted, or now measured against another region). */
    void remove(String average, String indicator, String region, String plan) {
        String prefix = prefix(average, indicator);
        store.delete(prefix + member(region, plan));
        Map<String, String> wanting = held().get(prefix);
        if (wanting != null) {
            wanting.remove(member(region, plan));
            if (wanting.isEmpty()) {
                held().remove(prefix);
            }
        }
    }

    /** The regions that want {@code average}'s figures of {@code indicator}, each once. */
    List<String> of(String average, String indicator) {
        Map<String, String> wanting = held().get(prefix(average, indicator));
        return wanting == null
                ? List.of()
                : wanting.values().stream().distinct().toList();
    }

    private Map<String, Map<String, String>> held() {
        if (bySeries == null) {
            bySeries = new HashMap<>();
            try (KeyValueIterator<String, String> it = store.all()) {
                it.forEachRemaining(kv -> {
                    // average|indicator|region|plan: the series is what comes before the second bar
                    int cut = kv.key.indexOf('|', kv.key.indexOf('|') + 1) + 1;
                    bySeries.computeIfAbsent(kv.key.substring(0, cut), p -> new LinkedHashMap<>())
                            .put(kv.key.substring(cut), kv.value);
                });
            }
        }
        return bySeries;
    }

    /** Forgets what it holds: at a take-over or restore, the store may have changed under it. */
    void clear() {
        bySeries = null;
    }
}
