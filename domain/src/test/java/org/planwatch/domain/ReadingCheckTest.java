package org.planwatch.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ReadingCheckTest {
    private final ReadingCheck check = new ReadingCheck(IndicatorDictionary.bundled(), RegionDictionary.bundled());

    private Optional<String> reason(String region, String indicator, String unit, double value) {
        return check.check(region, indicator, unit, value).map(r -> r.reason() + ": " + r.detail());
    }

    @Test
    void shouldPassAReadingTheDictionariesKnowInRange() {
        assertThat(reason("440700", "hospital_beds_per_1000", "张", 5.6)).isEmpty();
        assertThat(reason("440700", "gdp_growth", "%", -2.4))
                .as("growth may be negative")
                .isEmpty();
        assertThat(reason("440700", "mobile_broadband_penetration", "%", 118))
                .as("penetration may pass 100")
                .isEmpty();
    }

    @Test
    void shouldRefuseEachKindOfBadReadingWithItsReason() {
        assertThat(reason("440700", "no_such", null, 1))
                .hasValueSatisfying(r -> assertThat(r).startsWith("unknown-indicator"));
        assertThat(reason("999999", "gdp", null, 1))
                .hasValueSatisfying(r -> assertThat(r).startsWith("unknown-region"));
        assertThat(reason("440700", "gdp", "元", 1)).hasValue("wrong-unit: unit '元' is not a unit of gdp (亿元, 万亿元)");
        assertThat(reason("440700", "gdp", null, Double.POSITIVE_INFINITY))
                .hasValueSatisfying(r -> assertThat(r).startsWith("not-finite"));
        assertThat(reason("440700", "good_air_days_share", "%", 100.5))
                .hasValue("out-of-range: value 100.5 is outside what good_air_days_share can be (0..100)");
        assertThat(reason("440700", "high_tech_enterprises", null, -3))
                .hasValue("out-of-range: value -3.0 is outside what high_tech_enterprises can be (0..)");
    }

    @Test
    void shouldRefuseImplausibleFiguresNamingWhy() {
        assertThat(reason("440700", "gdp_growth", "%", -150))
                .hasValue("implausible: growth -150% is below -100% (gdp cannot be negative)");
        assertThat(reason("442000-torch", "district_soe_net_profit_growth", "%", -150))
                .as("a profit may turn into a loss")
                .isEmpty();
        // all of it lost leaves GDP at zero, and every later year unjudgeable: refused at the door (outsider
        // trial: a -100 passed every check and froze gdp_growth at INSUFFICIENT_DATA for good)
        assertThat(reason("440700", "gdp_growth", "%", -100))
                .hasValue("implausible: growth -100% would leave gdp at zero, from which no later growth can be"
                        + " measured");
        assertThat(reason("442000-torch", "district_soe_net_profit_growth", "%", -100))
                .as("a profit may fall to nothing")
                .isEmpty();
        assertThat(reason("440700", "high_tech_enterprises", null, 1e308))
                .hasValueSatisfying(r -> assertThat(r)
                        .startsWith("implausible: value 1.0E308 is beyond any real figure of high_tech_enterprises"));
        assertThat(reason("440700", "gdp_growth", "%", 1e308))
                .hasValueSatisfying(r -> assertThat(r).startsWith("implausible"));
        assertThat(reason("440700", "gdp", "亿元", Double.NaN))
                .hasValueSatisfying(r -> assertThat(r).startsWith("not-finite"));
        assertThat(reason("440700", "gdp", "亿元", 130_000_000))
                .as("a large real figure")
                .isEmpty();
    }

    @Test
    void shouldRefuseAYearNoneOfTheRegionsOwnTargetsCovers() {
        Target t = Target.builder("15th-fyp", "440700", "gdp_growth")
                .target(2030, 5.0)
                .direction(Direction.HIGHER_IS_BETTER)
                .source("plan.txt:1")
                .build();
        Target elsewhere = Target.builder("16th-fyp", "440000", "gdp_growth")
                .target(2040, 5.0)
                .direction(Direction.HIGHER_IS_BETTER)
                .source("plan.txt:1")
                .build();
        assertThat(check.check("440700", "gdp_growth", "%", 2031, 5.0, () -> List.of(t, elsewhere)))
                .map(ReadingCheck.Refusal::detail)
                .hasValue("no plan period covers 2031 for 440700|gdp_growth");
        assertThat(check.check("440700", "gdp_growth", "%", 2026, 5.0, () -> List.of(t)))
                .isEmpty();
        assertThat(check.check("440700", "gdp_growth", "%", 2031, 5.0, () -> List.of(elsewhere)))
                .as("no target of its own yet: one may come later")
                .isEmpty();
    }

    /** Hangzhou counts its grain capacity in 亿斤, the dictionary in 万吨: a reading in the plan's unit is right. */
    @Test
    void shouldPassAReadingInTheUnitOfTheRegionsOwnTarget() {
        Target grain = Target.builder("440700-15", "440700", "grain_production_capacity")
                .unit("亿斤")
                .target(2030, 32.0)
                .direction(Direction.HIGHER_IS_BETTER)
                .source("plan.txt:1")
                .build();
        assertThat(check.check("440700", "grain_production_capacity", "亿斤", 2027, 32.1, () -> List.of(grain)))
                .isEmpty();
        assertThat(check.check("440700", "grain_production_capacity", "亿斤", 2027, 32.1, List::of))
                .as("no target states it so")
                .map(ReadingCheck.Refusal::detail)
                .hasValue("unit '亿斤' is not a unit of grain_production_capacity (万吨)");
        assertThat(check.check("440700", "grain_production_capacity", "亿斤", 2027, -1, () -> List.of(grain)))
                .map(ReadingCheck.Refusal::detail)
                .hasValueSatisfying(d -> assertThat(d).startsWith("value -1.0 is outside"));
    }

    @Test
    void shouldReadRangesAsTheDictionaryWritesThem() {
        assertThat(Range.of("0..100").contains(100)).isTrue();
        assertThat(Range.of("0..").contains(1e9)).isTrue();
        assertThat(Range.of("").contains(-1e9)).isTrue();
        assertThat(Range.of("..0").contains(1)).isFalse();
        assertThatThrownBy(() -> Range.of("0-100")).hasMessageContaining("is not MIN..MAX");
        assertThatThrownBy(() -> Range.of("5..1")).hasMessageContaining("is empty");
    }
}
