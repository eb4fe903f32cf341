package org.planwatch.streams;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.planwatch.evaluation.History;
import org.planwatch.evaluation.Observation;
import org.planwatch.schema.IndicatorReading;
import org.planwatch.schema.ReadingHistory;

/**
 * One indicator's figures, the latest vintage of each year. A higher vintage replaces a year's
 * figure whatever order they arrive in; a lower vintage arriving late, or the same figure again,
 * changes nothing.
 */
final class ReadingHistories {
    static final Comparator<IndicatorReading> BY_YEAR = Comparator.comparingInt(IndicatorReading::getYear);

    private ReadingHistories() {}

    /** The history with {@code reading} in it, or empty if the reading changes nothing. */
    static Optional<ReadingHistory> with(ReadingHistory history, IndicatorReading reading) {
        List<IndicatorReading> readings = history == null ? new ArrayList<>() : new ArrayList<>(history.getReadings());
        for (int i = 0; i < readings.size(); i++) {
            IndicatorReading known = readings.get(i);
            if (known.getYear() != reading.getYear()) {
                continue;
            }
            if (!supersedes(reading, known)) {
                return Optional.empty();
            }
            readings.set(i, reading);
            return Optional.of(new ReadingHistory(readings));
        }
        readings.add(reading);
        readings.sort(BY_YEAR);
        return Optional.of(new ReadingHistory(readings));
    }

    /** A later vintage wins; within one vintage, a different figure published later corrects it. */
    private static boolean supersedes(IndicatorReading candidate, IndicatorReading known) {
        if (candidate.getVintage() != known.getVintage()) {
            return candidate.getVintage() > known.getVintage();
        }
        return candidate.getValue() != known.getValue()
                && candidate.getPublishedAt().isAfter(known.getPublishedAt());
    }

    /** The figures as the evaluation reads them: year, value, reading id, decimals as written. */
    static History toHistory(ReadingHistory history) {
        if (history == null) {
            return History.EMPTY;
        }
        return History.of(history.getReadings().stream()
                .map(r -> new Observation(r.getYear(), r.getValue(), r.getReadingId(), r.getDecimals()))
                .toList());
    }

    /** The feed of the reading with id {@code readingId}, if the history holds it. */
    static Optional<String> sourceOf(ReadingHistory history, String readingId) {
        if (history == null) {
            return Optional.empty();
        }
        return history.getReadings().stream()
                .filter(r -> r.getReadingId().equals(readingId))
                .map(IndicatorReading::getSource)
                .findFirst();
    }
}
