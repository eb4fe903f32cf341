package org.planwatch.streams;

import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.kafka.streams.state.KeyValueStore;
import org.planwatch.schema.ReadingHistory;

/**
 * The history store with the last-used histories kept decoded: a reading reads its indicator's
 * history once to merge and again for each target it moves, and decoding the Avro each time was
 * the job's largest single cost (bench profile). Writes go through to the store at once, so the
 * store stays the truth; the copies live and die with the processor (cleared at init and close,
 * which Kafka Streams calls around every restore and take-over).
 */
final class DecodedHistories {
    private static final int MAX_ENTRIES = 4_096;

    private final KeyValueStore<String, ReadingHistory> store;
    private final Map<String, ReadingHistory> recent = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, ReadingHistory> eldest) {
            return size() > MAX_ENTRIES;
        }
    };

    DecodedHistories(KeyValueStore<String, ReadingHistory> store) {
        this.store = store;
    }

    /** The history of {@code key}, null if none; not to be modified. */
    ReadingHistory get(String key) {
        ReadingHistory h = recent.get(key);
        if (h == null && !recent.containsKey(key)) {
            h = store.get(key);
            recent.put(key, h);
        }
        return h;
    }

    void put(String key, ReadingHistory history) {
        store.put(key, history);
        recent.put(key, history);
    }

    void clear() {
        recent.clear();
    }
}
