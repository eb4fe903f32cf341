package org.planwatch.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.planwatch.domain.Indicator;
import org.planwatch.domain.IndicatorDictionary;
import org.planwatch.domain.Keys;
import org.planwatch.domain.Range;
import org.planwatch.domain.Region;
import org.planwatch.domain.RegionDictionary;
import org.planwatch.domain.Target;
import org.planwatch.domain.TargetCatalogue;
import org.planwatch.producer.RawReading;
import org.planwatch.schema.RevisionStatus;

/**
 * Simulated readings shaped like a statistics bureau's: every region of the dictionary with every
 * indicator that has a unit, ten years each (2016 to 2025), first releases and then revisions, in
 * that order, until there are as many as asked for. A reading of a pair with a catalogue target
 * follows the target's path with a little noise; any other lies inside the indicator's range.
 * Deterministic: reading number i is always the same.
 */
final class BenchWorkload {
    static final String SOURCE = "bench (simulated)";
    private static final int FIRST_YEAR = 2016;
    private static final int YEARS = 10;
    private static final int LAST_YEAR = FIRST_YEAR + YEARS - 1;

    private final List<Pair> pairs = new ArrayList<>();
    private final List<Pair> targeted = new ArrayList<>();

    private record Pair(Region region, Indicator indicator, Target target) {}

    BenchWorkload(RegionDictionary regions, IndicatorDictionary indicators, TargetCatalogue catalogue) {
        Map<String, Target> byPair = new HashMap<>();
        for (Target t : catalogue.targets()) {
            byPair.putIfAbsent(Keys.series(t.region(), t.indicator()), t);
        }
        for (Region region : regions.curated()) {
            for (Indicator indicator : indicators.all()) {
                if (indicator.units().isEmpty()) {
                    continue;
                }
                Pair pair = new Pair(region, indicator, byPair.get(Keys.series(region.code(), indicator.code())));
                pairs.add(pair);
                if (pair.target() != null
                        && pair.target().baseValue() != null
                        && pair.target().targetValue() != null) {
                    targeted.add(pair);
                }
            }
        }
    }

    static BenchWorkload bundled() {
        return new BenchWorkload(RegionDictionary.bundled(), IndicatorDictionary.bundled(), TargetCatalogue.bundled());
    }

    int pairs() {
        return pairs.size();
    }

    /** {@code count} readings: each pair's ten years as first releases (vintage 0), then revisions. */
    List<RawReading> readings(int count) {
        return readings(0, count);
    }

    /**
     * Readings {@code from} to {@code from + count} of that sequence: reading {@code i} is vintage
     * {@code i / (10 × pairs)}, then year, then pair, so that a large load can be made a chunk at a time.
     */
    List<RawReading> readings(long from, int count) {
        long perVintage = (long) YEARS * pairs.size();
        List<RawReading> out = new ArrayList<>(count);
        for (long i = from; i < from + count; i++) {
            int vintage = (int) (i / perVintage);
            int year = FIRST_YEAR + (int) (i % perVintage / pairs.size());
            int p = (int) (i % pairs.size());
            Pair pair = pairs.get(p);
            out.add(reading(pair, year, value(pair, year, noise(i)), vintage, "bench:" + i));
        }
        return out;
    }

    /** How many readings make every pair's ten years once: a backfill. */
    long firstReleases() {
        return (long) YEARS * pairs.size();
    }

    /** Within 1 % either way, the same for the same reading: a hash of its number, not a shared generator. */
    private static double noise(long i) {
        long h = i * 0x9E3779B97F4A7C15L;
        h ^= h >>> 31;
        return 1 + ((h & 0xFFFF) / 65535.0 - 0.5) * 0.02;
    }

    /**
     * Readings that each change a targeted pair's evaluation: a new vintage of its 2025 figure, the
     * latest year of {@link #readings}, so the one the evaluation judges, with a different value
     * every time. For measuring how long a change takes to show.
     */
    List<RawReading> changes(int count, int firstVintage) {
        List<RawReading> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            Pair pair = targeted.get(i % targeted.size());
            int vintage = firstVintage + i / targeted.size();
            double value = onPath(pair.target(), LAST_YEAR) * (1 + 0.001 * (vintage % 50));
            out.add(reading(pair, LAST_YEAR, clamp(pair.indicator().range(), value), vintage, "bench-change:" + i));
        }
        return out;
    }

    private static RawReading reading(Pair pair, int year, double value, int vintage, String location) {
        return new RawReading(
                pair.region().code(),
                pair.indicator().code(),
                year,
                value,
                pair.indicator().units().get(0),
                0,
                vintage,
                vintage == 0 ? RevisionStatus.PROVISIONAL : RevisionStatus.REVISED,
                location,
                null,
                null);
    }

    private static double value(Pair pair, int year, double noise) {
        Range range = pair.indicator().range();
        if (pair.target() != null
                && pair.target().baseValue() != null
                && pair.target().targetValue() != null) {
            return clamp(range, onPath(pair.target(), year) * noise);
        }
        double middle = range.min() != null && range.max() != null
                ? (range.min() + range.max()) / 2
                : range.min() != null ? range.min() + 100 : 100;
        return clamp(range, middle * noise);
    }

    /** The straight line from the target's base to its goal, at {@code year}. */
    private static double onPath(Target t, int year) {
        int from = t.pathStartYear();
        double share = t.targetYear() == from ? 1 : (double) (year - from) / (t.targetYear() - from);
        return t.baseValue() + share * (t.targetValue() - t.baseValue());
    }

    private static double clamp(Range range, double value) {
        double v = value;
        if (range.min() != null) {
            v = Math.max(range.min(), v);
        }
        if (range.max() != null) {
            v = Math.min(range.max(), v);
        }
        return v;
    }
}
