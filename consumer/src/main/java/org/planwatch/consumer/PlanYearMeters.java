package org.planwatch.consumer;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.planwatch.schema.ProgressEvaluation;
import org.planwatch.schema.YearFigure;

/**
 * Each target over its plan's years, for a chart with the year along the axis rather than clock
 * time: {@code planwatch.indicator.figure.by.year} and {@code planwatch.indicator.path.by.year},
 * labelled {@code year}, in the target's terms, from the series the job puts on every status. The
 * year label is bounded: a target's years run from its base to its target year (six or so), and a
 * year's meter exists only while the status has a value for it, so a chart shows no empty years.
 */
final class PlanYearMeters implements AutoCloseable {
    static final String FIGURE = "planwatch.indicator.figure.by.year";
    static final String PATH = "planwatch.indicator.path.by.year";

    private final MeterRegistry registry;
    private final StatusBoard board;
    /** One year's meter of a target: the figure's or the path's. */
    private record YearMeter(String name, int year) {}

    /** Per target, its meters by name and year. */
    private final Map<String, Map<YearMeter, Meter>> byTarget = new ConcurrentHashMap<>();

    PlanYearMeters(MeterRegistry registry, StatusBoard board) {
        this.registry = registry;
        this.board = board;
    }

    /** Registers the meters of the years {@code status} has values for, and removes the rest. */
    void sync(String key, Tags tags, ProgressEvaluation status) {
        Map<YearMeter, Meter> meters = byTarget.computeIfAbsent(key, k -> new ConcurrentHashMap<>());
        Set<YearMeter> wanted = new HashSet<>();
        for (YearFigure y : seriesOf(status)) {
            if (y.getActual() != null) {
                wanted.add(new YearMeter(FIGURE, y.getYear()));
            }
            if (y.getPath() != null) {
                wanted.add(new YearMeter(PATH, y.getYear()));
            }
        }
        meters.entrySet().removeIf(e -> {
            boolean gone = !wanted.contains(e.getKey());
            if (gone) {
                registry.remove(e.getValue());
            }
            return gone;
        });
        for (YearMeter id : wanted) {
            meters.computeIfAbsent(id, i -> register(key, tags, i));
        }
    }

    private Meter register(String key, Tags tags, YearMeter id) {
        String name = id.name();
        int year = id.year();
        Function<YearFigure, Double> value = name.equals(FIGURE) ? YearFigure::getActual : YearFigure::getPath;
        return Gauge.builder(
                        name,
                        board,
                        b -> b.get(key)
                                .flatMap(s -> seriesOf(s).stream()
                                        .filter(y -> y.getYear() == year)
                                        .findFirst())
                                .map(value)
                                .orElse(Double.NaN))
                .tags(tags)
                .tag("year", Integer.toString(year))
                .description(
                        name.equals(FIGURE)
                                ? "The figure judged for the year, on the years up to it, in the target's terms"
                                : "The required path's value for the year, in the target's terms")
                .register(registry);
    }

    /** The status's series; none in a record written before the job drew one (schema set 12). */
    private static List<YearFigure> seriesOf(ProgressEvaluation status) {
        return status.getSeries() == null ? List.of() : status.getSeries();
    }

    /** Removes the meters of a target that is gone. */
    void forget(String key) {
        Map<YearMeter, Meter> meters = byTarget.remove(key);
        if (meters != null) {
            meters.values().forEach(registry::remove);
        }
    }

    @Override
    public void close() {
        byTarget.keySet().forEach(this::forget);
    }
}
