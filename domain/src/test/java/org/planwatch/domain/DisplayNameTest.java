package org.planwatch.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The name a lead, a dashboard and a report see for an indicator. */
class DisplayNameTest {
    private final IndicatorDictionary indicators = IndicatorDictionary.bundled();

    @Test
    void shouldShowTheNameWithoutTheParentItIsListedUnder() {
        assertThat(indicators.displayName("forest_coverage")).isEqualTo("森林覆盖率");
        assertThat(indicators.displayName("urbanization_rate")).isEqualTo("常住人口城镇化率");
        assertThat(indicators.displayName("tcm_doctors_per_1000")).isEqualTo("每千人口拥有中医类别执业（助理）医师数");
    }

    @Test
    void shouldWriteBracketsFullWidthAsTheRestOfAChineseName() {
        assertThat(indicators.displayName("doctors_per_1000")).isEqualTo("每千人口拥有执业（助理）医师数");
    }

    @Test
    void shouldKeepTheParentWhereTheNameAloneWouldStandForTwoIndicators() {
        assertThat(indicators.displayName("cod_emissions")).isEqualTo("主要污染物排放总量控制/化学需氧量");
        assertThat(indicators.displayName("cod_emissions_reduction")).isEqualTo("主要污染物排放总量减少/化学需氧量");
    }

    @Test
    void shouldShowTheCodeOfAnIndicatorTheDictionaryLacks() {
        assertThat(indicators.displayName("gen_9f2a")).isEqualTo("gen_9f2a");
    }
}
