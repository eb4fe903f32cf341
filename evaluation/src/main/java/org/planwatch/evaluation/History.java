package org.planwatch.evaluation;

import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One indicator's figures in one region, one per year. Held as one array in year order: every
 * evaluation asks for ranges of it several times, and a range is then a view, not a copy.
 */
public final class History {
    public static final History EMPTY = new History(new Observation[0]);

    /** Oldest first, one per year; never changed after construction. */
    private final Observation[] byYear;

    private History(Observation[] byYear) {
        this.byYear = byYear;
    }

    /** The history of {@code observations}; two figures for one year are a caller's bug. */
    public static History of(Collection<Observation> observations) {
        Observation[] sorted = observations.toArray(new Observation[0]);
        Arrays.sort(sorted, (a, b) -> Integer.compare(a.year(), b.year()));
        for (int i = 1; i < sorted.length; i++) {
            if (sorted[i].year() == sorted[i - 1].year()) {
                throw new IllegalArgumentException("two figures for " + sorted[i].year());
            }
        }
        return new History(sorted);
    }

    public Optional<Observation> at(int year) {
        int i = indexOf(year);
        return i >= 0 ? Optional.of(byYear[i]) : Optional.empty();
    }

    /** The figure of the latest year from {@code from} to {@code to}, both included. */
    public Optional<Observation> latest(int from, int to) {
        int end = after(to);
        return end == 0 || byYear[end - 1].year() < from ? Optional.empty() : Optional.of(byYear[end - 1]);
    }

    /** The figures from {@code from} to {@code to}, both included, oldest first. */
    public List<Observation> between(int from, int to) {
        if (from > to) {
            return List.of();
        }
        return Collections.unmodifiableList(Arrays.asList(byYear).subList(after(from - 1), after(to)));
    }

    /** The figures up to {@code year}, included: what was known when that year's figure came in. */
    public History upTo(int year) {
        return new History(Arrays.copyOf(byYear, after(year)));
    }

    /** The years with a figure, oldest first. */
    public Set<Integer> years() {
        Set<Integer> years = new LinkedHashSet<>();
        for (Observation o : byYear) {
            years.add(o.year());
        }
        return Collections.unmodifiableSet(years);
    }

    public boolean isEmpty() {
        return byYear.length == 0;
    }

    /** The index of {@code year}'s figure, or a negative number when it has none. */
    private int indexOf(int year) {
        int i = after(year) - 1;
        return i >= 0 && byYear[i].year() == year ? i : -1;
    }

    /** How many figures are of {@code year} or earlier: the index just past them. */
    private int after(int year) {
        int low = 0;
        int high = byYear.length;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (byYear[mid].year() <= year) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }
}
