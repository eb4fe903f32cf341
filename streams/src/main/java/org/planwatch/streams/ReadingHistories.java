package org.planwatch.streams;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.planwatch.evaluation.History;
import org.planwatch.evaluation.Observation;
import org.planwatch.schema.IndicatorReading;
import org.planwatch.schema.ReadingHistory;
import org.planwatch.schema.RevisionStatus;

/**
 * One indicator's figures, the latest vintage of each year. A higher vintage replaces a year's
 * figure whatever order they arrive in; a lower vintage arriving late, or the same figure again,
 * changes nothing. A bureau's withdrawal of a year's figure takes the year's place and hides it.
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

    /**
     * A later vintage wins; within one vintage, a different figure published later corrects it.
     * A withdrawal and a figure: the one published later wins, whatever their vintages (a bureau's
     * deletion names no vintage, and a figure sent after it publishes the year again); in one
     * publication, the later vintage. The year's withdrawal stays in the history, so that an older
     * figure arriving late does not bring the year back.
     */
    static boolean supersedes(IndicatorReading candidate, IndicatorReading known) {
        boolean withdrawal = withdrawn(candidate);
        if (withdrawal || withdrawn(known)) {
            if (withdrawal && withdrawn(known)) {
                return false;
            }
            int order = candidate.getPublishedAt().compareTo(known.getPublishedAt());
            return order != 0 ? order > 0 : candidate.getVintage() > known.getVintage();
        }
        if (candidate.getVintage() != known.getVintage()) {
            return candidate.getVintage() > known.getVintage();
        }
        return candidate.getValue() != known.getValue()
                && candidate.getPublishedAt().isAfter(known.getPublishedAt());
    }

    static boolean withdrawn(IndicatorReading reading) {
        return reading.getRevision() == RevisionStatus.WITHDRAWN;
    }

    /** The figures as the evaluation reads them (withdrawn years have none): year, value, reading id, decimals as written. */
    static History toHistory(ReadingHistory history) {
        if (history == null) {
            return History.EMPTY;
        }
        return History.of(history.getReadings().stream()
                .filter(r -> !withdrawn(r))
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
