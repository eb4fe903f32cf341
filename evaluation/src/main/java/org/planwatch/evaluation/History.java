package org.planwatch.evaluation;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;

/** One indicator's figures in one region, one per year. */
public final class History {
    public static final History EMPTY = new History(new TreeMap<>());

    private final TreeMap<Integer, Observation> byYear;

    private History(TreeMap<Integer, Observation> byYear) {
        this.byYear = byYear;
    }

    /** The history of {@code observations}; two figures for one year are a caller's bug. */
    public static History of(Collection<Observation> observations) {
        TreeMap<Integer, Observation> byYear = new TreeMap<>();
        for (Observation o : observations) {
            if (byYear.put(o.year(), o) != null) {
                throw new IllegalArgumentException("two figures for " + o.year());
            }
        }
        return new History(byYear);
    }

    public Optional<Observation> at(int year) {
        return Optional.ofNullable(byYear.get(year));
    }

    /** The figure of the latest year from {@code from} to {@code to}, both included. */
    public Optional<Observation> latest(int from, int to) {
        var entry = byYear.floorEntry(to);
        return entry == null || entry.getKey() < from ? Optional.empty() : Optional.of(entry.getValue());
    }

    /** The figures from {@code from} to {@code to}, both included, oldest first. */
    public List<Observation> between(int from, int to) {
        return from > to
                ? List.of()
                : List.copyOf(byYear.subMap(from, true, to, true).values());
    }

    /** The figures up to {@code year}, included: what was known when that year's figure came in. */
    public History upTo(int year) {
        return new History(new TreeMap<>(byYear.headMap(year, true)));
    }

    /** The years with a figure, oldest first. */
    public java.util.Set<Integer> years() {
        return java.util.Collections.unmodifiableSet(byYear.keySet());
    }

    public boolean isEmpty() {
        return byYear.isEmpty();
    }
}
