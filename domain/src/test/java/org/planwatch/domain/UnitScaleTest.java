package org.planwatch.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class UnitScaleTest {
    @Test
    void shouldSplitAUnitIntoItsMultipleAndBase() {
        assertThat(UnitScale.of("亿元")).isEqualTo(new UnitScale(1e8, "元"));
        assertThat(UnitScale.of("张")).isEqualTo(new UnitScale(1, "张"));
        assertThat(UnitScale.of("万吨标煤")).isEqualTo(new UnitScale(1e4, "吨标准煤"));
        assertThat(UnitScale.of("亿吨标准煤")).isEqualTo(new UnitScale(1e8, "吨标准煤"));
        assertThat(UnitScale.of("元/人")).as("a rate stays whole").isEqualTo(new UnitScale(1, "元/人"));
        assertThat(UnitScale.of("万")).as("a multiplier alone is its own base").isEqualTo(new UnitScale(1, "万"));
    }

    @Test
    void shouldConvertBetweenUnitsOfOneMeasure() {
        // a 斤 is half a kilogram: 32 亿斤 of grain is 160 万吨, 1.45 万亿斤 is 72,500 万吨
        assertThat(UnitScale.factor("亿斤", "万吨").getAsDouble()).isCloseTo(5, within(1e-12));
        assertThat(UnitScale.factor("万亿斤", "万吨").getAsDouble()).isCloseTo(5e4, within(1e-9));
        assertThat(UnitScale.factor("万吨标煤", "万吨标准煤").getAsDouble()).isEqualTo(1);
        assertThat(UnitScale.factor("亿吨标准煤", "万吨标准煤").getAsDouble()).isEqualTo(1e4);
        assertThat(UnitScale.factor("万元", "元").getAsDouble()).isEqualTo(1e4);
        assertThat(UnitScale.factor("千克", "吨").getAsDouble()).isCloseTo(1e-3, within(1e-15));
        assertThat(UnitScale.factor("人", "亿元")).as("another measure").isEmpty();
        assertThat(UnitScale.factor("万元", "万元/人")).as("a total is not a rate").isEmpty();
        assertThat(UnitScale.factor("", "元")).isEmpty();
    }

    @Test
    void shouldLetAnIndicatorBeStatedInAMultipleOfItsUnit() {
        Indicator grain =
                IndicatorDictionary.bundled().code("grain_production_capacity").orElseThrow();
        assertThat(grain.printsIn("亿斤")).isFalse();
        assertThat(grain.measuresIn("亿斤")).isTrue();
        assertThat(grain.measuresIn("万亿斤")).isTrue();
        assertThat(grain.measuresIn("万人")).isFalse();
        Indicator productivity =
                IndicatorDictionary.bundled().code("labour_productivity").orElseThrow();
        assertThat(productivity.measuresIn("万元"))
                .as("per worker, as the name says")
                .isTrue();
        assertThat(grain.measuresIn("万吨/人")).isFalse();
    }
}
