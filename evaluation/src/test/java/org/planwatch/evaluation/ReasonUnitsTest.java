package org.planwatch.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.planwatch.evaluation.Targets.history;
import static org.planwatch.evaluation.Targets.single;
import static org.planwatch.evaluation.Targets.target;

import org.junit.jupiter.api.Test;
import org.planwatch.domain.Bound;
import org.planwatch.domain.Direction;
import org.planwatch.domain.Target;
import org.planwatch.domain.TargetKind;

/** A reason prints each figure in the unit of what it measures: points for a change of a share, % for a growth. */
class ReasonUnitsTest {
    private final Evaluator evaluator = ProgressEvaluator.withDefaults();

    private String reason(Target t, History own) {
        return evaluator.evaluate(t, Evidence.of(own)).orElseThrow().reason();
    }

    @Test
    void shouldPrintAChangeOfAShareInPercentagePoints() {
        // a share in % up [3] from 60: 62.93 in 2023 is 2.93 points up, not 2.93%
        Target t = target(
                        "share_of_something",
                        "%",
                        TargetKind.CUMULATIVE_CHANGE,
                        Bound.EXACT,
                        Direction.HIGHER_IS_BETTER)
                .base(2020, 60.0)
                .target(2025, 3.0)
                .build();
        assertThat(reason(t, single(2023, 62.93)))
                .contains("比2020年累计变化2.93个百分点")
                .doesNotContain("2.93%");
    }

    @Test
    void shouldPrintARelativeChangeOfAnAmountInPercentNotInItsUnit() {
        // emissions in 万吨 down 30% from 100: 85 in 2023 is -15%, not "-15万吨"
        Target t = target("cod_emissions", "万吨", TargetKind.RELATIVE_CHANGE, Bound.EXACT, Direction.LOWER_IS_BETTER)
                .base(2020, 100.0)
                .target(2025, -30.0)
                .build();
        assertThat(reason(t, single(2023, 85))).contains("比2020年变化-15%").doesNotContain("万吨");
    }

    @Test
    void shouldPrintTheAverageGrowthOfAnAmountInPercent() {
        // income in 元 growing 7% a year from 40000: 42800 in 2021 is 7% a year, not "7元"
        Target t = target("disposable_income", "元", TargetKind.ANNUAL_GROWTH, Bound.EXACT, Direction.HIGHER_IS_BETTER)
                .base(2020, 40000.0)
                .target(2025, 7.0)
                .build();
        assertThat(reason(t, single(2021, 42800))).contains("年均增长)7%").doesNotContain("7元");
    }

    @Test
    void shouldListTheYearsOfAFallAsAReaderWritesThem() {
        // 持续提升 from 50: 49 in 2021, 51 in 2022, 50 in 2023: falls in 2021 and 2023
        Target t = target("share_of_something", "%", TargetKind.RISING, Bound.EXACT, Direction.HIGHER_IS_BETTER)
                .base(2020, 50.0)
                .target(2025, null)
                .build();
        assertThat(reason(t, history(2021, 49, 51, 50)))
                .contains("2021、2023年下降")
                .contains("fell in 2021, 2023")
                .doesNotContain("[");
    }
}
