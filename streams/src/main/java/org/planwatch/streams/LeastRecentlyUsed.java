package org.planwatch.streams;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The bounded caches of a task's decoded state (targets, histories, subscriptions): the entry
 * least recently read or written goes first once {@code max} are held.
 */
final class LeastRecentlyUsed {
    private LeastRecentlyUsed() {}

    static <K, V> Map<K, V> map(int max) {
        return new LinkedHashMap<>(256, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
                return size() > max;
            }
        };
    }
}
