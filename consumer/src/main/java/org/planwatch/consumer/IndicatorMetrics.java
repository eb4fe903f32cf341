package org.planwatch.consumer;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.ToDoubleFunction;
import org.planwatch.domain.Region;
import org.planwatch.domain.RegionDictionary;
import org.planwatch.schema.ProgressEvaluation;
import org.planwatch.schema.ProgressStatus;

/**
 * The per-target meters, read from the {@link StatusBoard}. For each target, one
 * {@code planwatch.indicator.status} series per status (1 for the current one, 0 for the rest),
 * the progress ratio, the actual and expected values and the year of the latest reading, and the
 * target over its plan's years ({@link PlanYearMeters}). Labels
 * are codes (plan, region, indicator, department) and the region's name from the dictionary
 * ({@code region_name}, one per region code, so no more series); free text stays out of them.
 */
public final class IndicatorMetrics implements AutoCloseable {
    static final String STATUS = "planwatch.indicator.status";
    static final String PROGRESS = "planwatch.indicator.progress";
    static final String ACTUAL = "planwatch.indicator.actual";
    static final String EXPECTED = "planwatch.indicator.expected";
    static final String YEAR = "planwatch.indicator.year";
    static final String SIMULATED = "planwatch.indicator.simulated";
    static final String BINDING = "planwatch.indicator.binding";
    static final String EVALUATED = "planwatch.indicator.evaluated.timestamp";

    /** Feeds whose name starts with this are simulated data (the demo's), never real statistics. */
    public static final String SIMULATED_SOURCE_PREFIX = "simulated";

    private final MeterRegistry registry;
    private final RegionDictionary regions;
    private final StatusBoard board;
    private final Counter consumed;
    private final Counter undecodable;
    private final Map<String, List<Meter>> metersByKey = new ConcurrentHashMap<>();
    private final PlanYearMeters years;

    public IndicatorMetrics(MeterRegistry registry, StatusBoard board) {
        this(registry, board, RegionDictionary.bundled());
    }

    /** {@code regions} names each target's region on its series ({@code region_name}), for tables people read. */
    public IndicatorMetrics(MeterRegistry registry, StatusBoard board, RegionDictionary regions) {
        this.regions = regions;
        this.registry = registry;
        this.board = board;
        this.years = new PlanYearMeters(registry, board);
        this.consumed = Counter.builder("planwatch.alerts.consumed")
                .description("Status changes read from the alerts topic")
                .register(registry);
        this.undecodable = Counter.builder("planwatch.alerts.undecodable")
                .description("Records on the alerts or status topic that could not be decoded and were skipped")
                .register(registry);
    }

    void undecodable() {
        undecodable.increment();
    }

    void alerted() {
        consumed.increment();
    }

    /** Makes sure a target with a status has meters, one per year of its plan with a value among them. */
    public void record(String key, ProgressEvaluation status) {
        metersByKey.computeIfAbsent(key, k -> register(k, status));
        years.sync(key, tags(status), status);
    }

    /** Removes the meters of a target that is gone. */
    void forget(String key) {
        List<Meter> meters = metersByKey.remove(key);
        if (meters != null) {
            meters.forEach(registry::remove);
        }
        years.forget(key);
    }

    private Tags tags(ProgressEvaluation first) {
        return Tags.of(
                "plan", first.getPlan(),
                "region", first.getRegion(),
                "region_name",
                        regions.code(first.getRegion()).map(Region::nameZh).orElse(first.getRegion()),
                "indicator", first.getIndicator(),
                "department", first.getDepartment() == null ? "" : first.getDepartment());
    }

    private List<Meter> register(String key, ProgressEvaluation first) {
        Tags tags = tags(first);
        List<Meter> meters = new ArrayList<>();
        for (ProgressStatus status : ProgressStatus.values()) {
            meters.add(Gauge.builder(
                            STATUS,
                            board,
                            b -> b.get(key)
                                    .map(a -> a.getStatus() == status ? 1.0 : 0.0)
                                    .orElse(0.0))
                    .tags(tags)
                    .tag("status", status.name())
                    .description("1 for the target's current status, 0 for the others")
                    .register(registry));
        }
        meters.add(gauge(
                PROGRESS,
                key,
                tags,
                "ratio",
                "Share of the required change achieved; 1 = on the path",
                a -> a.getProgress() == null ? Double.NaN : a.getProgress()));
        meters.add(gauge(
                ACTUAL,
                key,
                tags,
                null,
                "Latest reading of the indicator, in the target's unit",
                ProgressEvaluation::getActual));
        meters.add(gauge(
                EXPECTED,
                key,
                tags,
                null,
                "Value on the required path for the latest reading's year",
                a -> a.getExpected() == null ? Double.NaN : a.getExpected()));
        meters.add(gauge(YEAR, key, tags, null, "Year of the latest reading", a -> a.getYear()));
        meters.add(gauge(
                BINDING,
                key,
                tags,
                null,
                "1 for a binding (约束性) target, 0 for an anticipatory one",
                a -> a.getBinding() ? 1 : 0));
        meters.add(gauge(
                EVALUATED,
                key,
                tags,
                "seconds",
                "When the current status was evaluated, in seconds since the epoch",
                a -> a.getEvaluatedAt().toEpochMilli() / 1000.0));
        meters.add(gauge(
                SIMULATED,
                key,
                tags,
                null,
                "1 when the latest reading is simulated demo data, not a real statistic",
                a -> a.getReadingSource().startsWith(SIMULATED_SOURCE_PREFIX) ? 1.0 : 0.0));
        return meters;
    }

    private Meter gauge(
            String name,
            String key,
            Tags tags,
            String unit,
            String description,
            ToDoubleFunction<ProgressEvaluation> value) {
        return Gauge.builder(
                        name, board, b -> b.get(key).map(value::applyAsDouble).orElse(Double.NaN))
                .tags(tags)
                .baseUnit(unit)
                .description(description)
                .register(registry);
    }

    @Override
    public void close() {
        metersByKey.values().forEach(meters -> meters.forEach(registry::remove));
        metersByKey.clear();
        years.close();
        registry.remove(consumed);
        registry.remove(undecodable);
    }
}
