package org.planwatch.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.planwatch.evaluation.Targets.history;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.planwatch.domain.Attribute;
import org.planwatch.domain.Bound;
import org.planwatch.domain.Direction;
import org.planwatch.domain.Target;
import org.planwatch.domain.TargetKind;

/** The chart each evaluation carries over its plan's years (issue 25: dashboards by plan year), worked by hand. */
class PlanYearsTest {
    private final Evaluator evaluator = ProgressEvaluator.withDefaults();

    private List<YearFigure> years(Target t, History own) {
        return evaluator.evaluate(t, Evidence.of(own)).orElseThrow().years();
    }

    @Test
    void shouldDrawALevelsReadingsAndItsPathThroughTheMilestoneToTheTargetYear() {
        // beds: 5.20 in 2020, 5.60 by 2023, 6.15 by 2025; the path is straight piece by piece
        List<YearFigure> years = years(ProgressEvaluatorTest.beds(), history(2021, 5.30, 5.45));
        assertThat(years).extracting(YearFigure::year).containsExactly(2020, 2021, 2022, 2023, 2024, 2025);
        assertThat(years).extracting(YearFigure::actual).containsExactly(5.20, 5.30, 5.45, null, null, null);
        double[] path = {5.20, 5.20 + 0.40 / 3, 5.20 + 0.80 / 3, 5.60, 5.875, 6.15};
        for (int i = 0; i < path.length; i++) {
            assertThat(years.get(i).path()).as("path in %d", 2020 + i).isCloseTo(path[i], within(1e-9));
        }
    }

    @Test
    void shouldDrawAGrowthTargetAsTheAverageGrowthSoFarAgainstTheYearlyRate() {
        // 8, 3, 5: the average a year to 2021 is 8, to 2022 √(1.08 × 1.03) − 1 = 5.4723%, to 2023 5.3137%;
        // a compound path of 6% a year is 6% in every year's terms. The base year has no average to show.
        List<YearFigure> years = years(ProgressEvaluatorTest.gdpGrowth(), history(2021, 8.0, 3.0, 5.0));
        assertThat(years).extracting(YearFigure::year).containsExactly(2021, 2022, 2023, 2024, 2025);
        assertThat(years.get(0).actual()).isCloseTo(8.0, within(1e-9));
        assertThat(years.get(1).actual()).isCloseTo((Math.sqrt(1.08 * 1.03) - 1) * 100, within(1e-9));
        assertThat(years.get(2).actual()).isCloseTo((Math.cbrt(1.08 * 1.03 * 1.05) - 1) * 100, within(1e-9));
        assertThat(years.get(3).actual()).isNull();
        assertThat(years).allSatisfy(y -> assertThat(y.path()).isCloseTo(6.0, within(1e-9)));
    }

    @Test
    void shouldHoldAYearlyTargetsBandBesideEveryYearsReading() {
        // a price index held to 103 左右 every year: each year's reading beside the same aim
        Target cpi = Target.builder("gd-13", "440000", "cpi")
                .names("居民消费价格指数", null)
                .unit("%")
                .kind(TargetKind.LEVEL, Bound.ABOUT)
                .base(2015, 101.5)
                .target(2020, 103.0)
                .direction(Direction.LOWER_IS_BETTER)
                .attribute(Attribute.ANTICIPATORY)
                .source("t:1")
                .build();
        List<YearFigure> years = years(cpi, history(2016, 102.3, 101.6, 102.2));
        assertThat(years).extracting(YearFigure::year).containsExactly(2016, 2017, 2018);
        assertThat(years).extracting(YearFigure::actual).containsExactly(102.3, 101.6, 102.2);
        Double aim = evaluator
                .evaluate(cpi, Evidence.of(history(2016, 102.3)))
                .orElseThrow()
                .expected();
        assertThat(years).extracting(YearFigure::path).containsOnly(aim);
    }

    @Test
    void shouldDrawOnlyTheJudgedYearWhenTheFigureJudgedIsNotTheReading() {
        // myopia down 0.5 point a year or more: the figure judged is the change on the year before
        Evaluation e = evaluator
                .evaluate(ProgressEvaluatorTest.myopia(), Evidence.of(history(2021, 52.0, 51.6)))
                .orElseThrow();
        assertThat(e.years()).containsExactly(new YearFigure(2022, e.actual(), e.expected()));
    }
}
