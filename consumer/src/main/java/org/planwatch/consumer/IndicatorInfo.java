package org.planwatch.consumer;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.ArrayList;
import java.util.List;
import org.planwatch.domain.Indicator;
import org.planwatch.domain.IndicatorDictionary;

/**
 * {@code planwatch_indicator_info{indicator, name_zh, name_en, unit} 1} for every indicator of the
 * dictionary: the words stay out of the per-target series, and a dashboard joins them in PromQL
 * ({@code * on(indicator) group_left(name_zh, unit) planwatch_indicator_info}). One series per
 * indicator, so the set is bounded by the dictionary.
 */
final class IndicatorInfo implements AutoCloseable {
    static final String INFO = "planwatch.indicator.info";

    private final MeterRegistry registry;
    private final List<Meter> meters = new ArrayList<>();

    IndicatorInfo(MeterRegistry registry, IndicatorDictionary indicators) {
        this.registry = registry;
        for (Indicator i : indicators.all()) {
            meters.add(Gauge.builder(INFO, () -> 1)
                    .tag("indicator", i.code())
                    .tag("name_zh", indicators.displayName(i.code()))
                    .tag("name_en", i.nameEn())
                    .tag("unit", i.unit())
                    .description("Names and usual unit of an indicator, for joining onto the per-target series")
                    .register(registry));
        }
    }

    @Override
    public void close() {
        meters.forEach(registry::remove);
    }
}
