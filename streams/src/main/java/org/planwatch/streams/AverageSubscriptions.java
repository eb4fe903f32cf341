package org.planwatch.streams;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.planwatch.domain.Keys;

/**
 * Which regions want an average region's figures: a target "below the provincial average" of a
 * city subscribes, from the city's task, to the province's figures of its indicator, and the
 * province's task copies each of those figures to the subscribers only (not, as before, to every
 * region inside the province: almost none has such a target, and the copies were most of the
 * job's traffic, issue 26). Filed {@code average|indicator|region|plan} → region, so that one
 * prefix scan gives a reading's subscribers; the scan's answer is kept per {@code
 * average|indicator} until a subscription changes, since subscriptions are rare and readings are not.
 */
final class AverageSubscriptions {
    private static final StringSerializer PREFIX = new StringSerializer();
    private static final int MAX_CACHED = 16_384;

    private final KeyValueStore<String, String> store;
    private final Map<String, List<String>> cached = LeastRecentlyUsed.map(MAX_CACHED);

    AverageSubscriptions(KeyValueStore<String, String> store) {
        this.store = store;
    }

    private static String entry(String average, String indicator, String region, String plan) {
        return Keys.series(average, indicator) + "|" + region + "|" + plan;
    }

    /** The entries of one series: {@code average|indicator|}. */
    private static String prefix(String average, String indicator) {
        return Keys.series(average, indicator) + "|";
    }

    /** The target of {@code plan} in {@code region} wants {@code average}'s figures of {@code indicator}. */
    void add(String average, String indicator, String region, String plan) {
        cached.remove(prefix(average, indicator));
        store.put(entry(average, indicator, region, plan), region);
    }

    /** That target no longer does (deleted, or now measured against another region). */
    void remove(String average, String indicator, String region, String plan) {
        cached.remove(prefix(average, indicator));
        store.delete(entry(average, indicator, region, plan));
    }

    /** The regions that want {@code average}'s figures of {@code indicator}, each once. */
    List<String> of(String average, String indicator) {
        return cached.computeIfAbsent(prefix(average, indicator), prefix -> {
            List<String> regions = new ArrayList<>();
            try (KeyValueIterator<String, String> it = store.prefixScan(prefix, PREFIX)) {
                it.forEachRemaining(kv -> {
                    if (!regions.contains(kv.value)) {
                        regions.add(kv.value);
                    }
                });
            }
            return List.copyOf(regions);
        });
    }

    /** Forgets the cached answers: at a take-over or restore, the store may have changed under them. */
    void clear() {
        cached.clear();
    }
}
