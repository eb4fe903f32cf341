package org.planwatch.streams;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.planwatch.domain.Keys;
import org.planwatch.schema.IndicatorReading;
import org.planwatch.schema.ReadingHistory;

/**
 * The histories of one task's regions, stored one year's figure per entry ({@code
 * region|indicator|year} → reading) so that a reading writes its own year and no more, to the store
 * and its changelog, instead of re-encoding and re-logging the indicator's whole history. A
 * history is read with one prefix scan and kept decoded for the readings and targets after it
 * (decoding was the job's largest single cost, bench profile). Writes go through to the store at
 * once, so the store stays the truth; the copies live and die with the processor (cleared at
 * close, which Kafka Streams calls around every restore and take-over).
 *
 * <p>Migration: a history still in the store of jobs before this layout ({@code region|indicator}
 * → whole history) is moved into the per-year store the first time it is read, and deleted there.
 */
final class DecodedHistories {
    private static final int MAX_ENTRIES = 4_096;
    private static final StringSerializer PREFIX = new StringSerializer();

    private final KeyValueStore<String, IndicatorReading> years;
    private final KeyValueStore<String, ReadingHistory> legacy;
    private final Map<String, ReadingHistory> recent = LeastRecentlyUsed.map(MAX_ENTRIES);
    /** Whether the store of the old layout still holds a history; it only ever loses them. */
    private boolean legacyEmpty;

    DecodedHistories(KeyValueStore<String, IndicatorReading> years, KeyValueStore<String, ReadingHistory> legacy) {
        this.years = years;
        this.legacy = legacy;
    }

    /** The entry of {@code key}'s figure for {@code year}: four-digit years sort as numbers do. */
    static String yearKey(String key, int year) {
        return Keys.yearOf(key, year);
    }

    /** The history of {@code key} ({@code region|indicator}), null if none; not to be modified. */
    ReadingHistory get(String key) {
        ReadingHistory h = recent.get(key);
        if (h == null && !recent.containsKey(key)) {
            h = load(key);
            recent.put(key, h);
        }
        return h;
    }

    private ReadingHistory load(String key) {
        List<IndicatorReading> readings = new ArrayList<>();
        try (KeyValueIterator<String, IndicatorReading> it = years.prefixScan(key + "|", PREFIX)) {
            it.forEachRemaining(kv -> readings.add(kv.value));
        }
        if (!readings.isEmpty()) {
            readings.sort(ReadingHistories.BY_YEAR);
            return new ReadingHistory(readings);
        }
        ReadingHistory before = legacy.get(key);
        if (before != null) {
            for (IndicatorReading r : before.getReadings()) {
                years.put(yearKey(key, r.getYear()), r);
            }
            legacy.delete(key);
        }
        return before;
    }

    /**
     * Stores {@code reading} in its year's place if it supersedes the figure held there ({@link
     * ReadingHistories#with}); true if it did. A reading that judges no target needs its year's
     * figure, not its history: one entry read instead of every year's decoded (in a backfill, most
     * readings: the years before a plan's and the indicators no plan names).
     */
    boolean keep(String key, IndicatorReading reading) {
        if (recent.containsKey(key) || !legacyEmpty()) {
            Optional<ReadingHistory> with = ReadingHistories.with(get(key), reading);
            with.ifPresent(h -> put(key, h, reading));
            return with.isPresent();
        }
        IndicatorReading known = years.get(yearKey(key, reading.getYear()));
        if (known != null && !ReadingHistories.supersedes(reading, known)) {
            return false;
        }
        years.put(yearKey(key, reading.getYear()), reading);
        return true;
    }

    private boolean legacyEmpty() {
        if (!legacyEmpty) {
            try (KeyValueIterator<String, ReadingHistory> it = legacy.all()) {
                legacyEmpty = !it.hasNext();
            }
        }
        return legacyEmpty;
    }

    /** Stores {@code history}, in which {@code changed} is the only new or replaced figure. */
    void put(String key, ReadingHistory history, IndicatorReading changed) {
        years.put(yearKey(key, changed.getYear()), changed);
        recent.put(key, history);
    }

    /**
     * Makes {@code history} the whole of {@code key}'s: the years it lacks are deleted. Used for a
     * copy of another task's history, which is the truth when the copies that came before it are not.
     */
    void replace(String key, ReadingHistory history) {
        ReadingHistory before = get(key);
        if (before != null) {
            for (IndicatorReading r : before.getReadings()) {
                if (history.getReadings().stream().noneMatch(now -> now.getYear() == r.getYear())) {
                    years.delete(yearKey(key, r.getYear()));
                }
            }
        }
        for (IndicatorReading r : history.getReadings()) {
            // only what differs is written, to the store and its changelog: a restart's answers repeat what is held
            boolean held = before != null && before.getReadings().stream().anyMatch(r::equals);
            if (!held) {
                years.put(yearKey(key, r.getYear()), r);
            }
        }
        recent.put(key, history.getReadings().isEmpty() ? null : history);
    }

    void clear() {
        recent.clear();
        legacyEmpty = false;
    }
}
