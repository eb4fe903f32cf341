package org.planwatch.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.planwatch.evaluation.Targets.history;
import static org.planwatch.evaluation.Targets.single;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.planwatch.domain.Bound;
import org.planwatch.domain.Direction;
import org.planwatch.domain.Status;
import org.planwatch.domain.Target;
import org.planwatch.domain.TargetCatalogue;
import org.planwatch.domain.TargetKind;

/**
 * The smallest inputs of issue 21, each on the shipped catalogue's own target: the edges where the
 * method once gave the wrong word (a direction lost, a NaN that stopped everything, a logarithm of
 * a negative figure).
 */
class ShippedEdgeCasesTest {
    private final Evaluator evaluator = ProgressEvaluator.withDefaults();

    static Target shipped(String plan, String region, String indicator) {
        return TargetCatalogue.bundled().targets().stream()
                .filter(t -> t.plan().equals(plan)
                        && t.region().equals(region)
                        && t.indicator().equals(indicator))
                .findFirst()
                .orElseThrow();
    }

    private Evaluation evaluate(Target t, History own) {
        return evaluator.evaluate(t, Evidence.of(own)).orElseThrow();
    }

    @Test
    void shouldNotCallAnUnemploymentRiseAboveItsAboutTargetAheadWhenTheBaseAlreadyBeatIt() {
        // gd-14: 5.5左右 from 5.45, lower is better. 5.9 in 2022 is past the line the base held,
        // the wrong way: once AHEAD with "progress 2250%".
        Evaluation e = evaluate(shipped("gd-14", "440000", "surveyed_urban_unemployment"), single(2022, 5.9));
        assertThat(e.status()).isEqualTo(Status.LAGGING);
        assertThat(e.progress()).isNull();
        assertThat(e.reason()).doesNotContain("2250%").contains("约束上限5.5");
    }

    @Test
    void shouldGiveTheSameVerdictInThePeriodAsAtTheTargetYearToABindingCeilingCrossed() {
        // jm-13 PM2.5 35 (binding) from 32: 37 was AHEAD in 2018 and BREACHED in 2020
        Target pm25 = shipped("jm-13", "440700", "pm25_concentration");
        assertThat(evaluate(pm25, single(2018, 37)).status()).isEqualTo(Status.BREACHED);
        assertThat(evaluate(pm25, single(2020, 37)).status()).isEqualTo(Status.BREACHED);
    }

    @Test
    void shouldCallABindingFloorCrossedBreachedEvenWhenThePlanAllowsAFall() {
        // jm-14 forest coverage 44.64 (binding) from 45.14: 44.5 in 2023 is below the floor, once AHEAD 213%
        Evaluation e = evaluate(shipped("jm-14", "440700", "forest_coverage"), single(2023, 44.5));
        assertThat(e.status()).isEqualTo(Status.BREACHED);
        assertThat(e.reason())
                .contains("约束下限44.64")
                .contains("按约束下限判定")
                .contains("突破约束")
                .doesNotContain("213%");
    }

    @Test
    void shouldNotCallALifeExpectancyBelowItsTargetAheadNorOneAboveItMinus162Percent() {
        // jm-health-14 life expectancy 80.7 from 80.96, milestone 80.7 in 2023
        Target life = shipped("jm-health-14", "440700", "life_expectancy");
        assertThat(evaluate(life, single(2022, 80.5)).status()).isEqualTo(Status.LAGGING);
        Evaluation above = evaluate(life, single(2021, 81.1));
        assertThat(above.status()).isEqualTo(Status.ON_TRACK);
        assertThat(above.reason()).doesNotContain("-162%");
    }

    @Test
    void shouldNeverCallAFigureOnTheWrongSideOfAShippedLevelTheBaseAlreadyBeatsAheadOrOnTrack() {
        // every shipped level whose base already meets its number: one unit past the number, the wrong
        // way, in the year after the base is never good news, and breaches a binding target
        List<String> wrong = new ArrayList<>();
        int exposed = 0;
        for (Target t : TargetCatalogue.bundled().targets()) {
            if (t.kind() != TargetKind.LEVEL
                    || t.direction() == Direction.BAND
                    || t.baseValue() == null
                    || t.targetValue() == null
                    || t.baseYear() == null
                    || t.direction().sign() * (t.baseValue() - t.targetValue()) < 0) {
                continue;
            }
            exposed++;
            double past = t.targetValue() - t.direction().sign() * Math.max(1, Math.abs(t.targetValue()) * 0.1);
            Evaluation e = evaluate(t, single(t.baseYear() + 1, past));
            Status want = t.binding() ? Status.BREACHED : Status.LAGGING;
            if (e.status() != want) {
                wrong.add(t.key() + " " + past + ": " + e.status());
            }
        }
        assertThat(exposed).isGreaterThanOrEqualTo(12);
        assertThat(wrong).isEmpty();
    }

    @Test
    void shouldCountAMoveTheWrongWayAsNegativeProgressWhenThePathItselfRunsTheWrongWay() {
        // energy use allowed to rise 20% by 2025 from 10 (lower is better), a compound path: the 2022
        // path allows 10 × 1.2^(2/5) = 10.757. 13 is +30%, past what the whole period allows: moving
        // away, R = -ln 1.3 / ln 1.0757 = -3.5975, once AHEAD at +3.5975
        Target allowance = Targets.target(
                        "energy_consumption",
                        "万吨标准煤",
                        TargetKind.RELATIVE_CHANGE,
                        Bound.AT_MOST,
                        Direction.LOWER_IS_BETTER)
                .base(2020, 10.0)
                .target(2025, 20.0)
                .build();
        Evaluation e = evaluate(allowance, single(2022, 13));
        assertThat(e.progress()).isCloseTo(-3.5975, within(1e-4));
        assertThat(e.status()).isEqualTo(Status.REGRESSING);
        // 10.5 is +5% of the 20% allowed: met, not a share of a change the plan never asked for
        assertThat(evaluate(allowance, single(2022, 10.5)).status()).isEqualTo(Status.ACHIEVED);
    }

    @Test
    void shouldExplainAChainBrokenByAFallOfMoreThan100PercentInsteadOfStopping() {
        // zs-torch-14 net profit growth ≥5% a year: 10 then -150 (a profit turned to a loss)
        Target profit = shipped("zs-torch-14", "442000-torch", "district_soe_net_profit_growth");
        Evaluation e = evaluate(profit, history(2021, 10, -150));
        assertThat(e.status()).isEqualTo(Status.INSUFFICIENT_DATA);
        assertThat(e.reason()).contains("2022年增长-150%").contains("cannot be chained");
    }

    @Test
    void shouldProjectALevelWithANegativeFigureAlongAStraightTrendNotStop() {
        // a compound level 2 → 4 with 1, 1.5, -0.5: once a NumberFormatException from the log trend
        Target level = Targets.level("gdp", "亿元", 2, 4, Direction.HIGHER_IS_BETTER);
        Evaluation e = evaluate(level, history(2021, 1, 1.5, -0.5));
        assertThat(e.status()).isEqualTo(Status.REGRESSING);
        assertThat(e.projected())
                .isNotNull()
                .satisfies(p -> assertThat(Double.isFinite(p)).isTrue());
    }

    @Test
    void shouldFitTheTrendOfASeriesThroughZeroOnItsFiguresNotOnTheirLogarithms() {
        // 2 (base), -1, 1, 3 toward 4: weighted Theil–Sen on the figures gives slope 2 and
        // intercept -3 at 2020, so 7 by 2025; once "趋势外推2025年为27"
        Target level = Targets.level("gdp", "亿元", 2, 4, Direction.HIGHER_IS_BETTER);
        Evaluation e = evaluate(level, history(2021, -1, 1, 3));
        assertThat(e.projected()).isCloseTo(7.0, within(1e-9));
        assertThat(e.reason()).contains("趋势外推2025年为7").doesNotContain("为27");
    }

    @ParameterizedTest(name = "a growth reading of {0}")
    @ValueSource(doubles = {-100, -150, 0, 1e308, -1e308, 4.9e-324})
    void shouldJudgeOrExplainEveryGrowthReadingWithoutANonFiniteNumber(double reading) {
        Target profit = shipped("zs-torch-14", "442000-torch", "district_soe_net_profit_growth");
        for (History h : List.of(history(2021, reading), history(2021, 8, reading), history(2021, reading, 8, 8))) {
            Evaluation e = evaluate(profit, h);
            assertThat(List.of(e.actual())).allMatch(Double::isFinite);
            assertThat(e.expected() == null || Double.isFinite(e.expected())).isTrue();
            assertThat(e.projected() == null || Double.isFinite(e.projected())).isTrue();
            assertThat(e.progress() == null || Double.isFinite(e.progress())).isTrue();
            assertThat(e.reason()).doesNotContain("NaN").doesNotContain("Infinity");
        }
    }

    @Test
    void shouldWarnACeilingHeldTodayWhoseTrendCrossesItByTheTargetYear() {
        // gd-13 PM2.5 ≤35 (binding) with 30, 31, 33, 34 (2015-2018): the trend reaches 36.67 by 2020,
        // once printed beside 基本符合预期
        Evaluation e = evaluate(shipped("gd-13", "440000", "pm25_concentration"), history(2015, 30, 31, 33, 34));
        assertThat(e.projected()).isCloseTo(36.67, within(0.01));
        assertThat(e.status()).isEqualTo(Status.LAGGING);
        assertThat(e.reason()).contains("趋势外推2020年为36.67，按趋势判定，滞后").contains("the trend decides");
    }

    @Test
    void shouldKnowAFigureWrittenWithADecimalZeroToThatDecimal() {
        // 58 (2020) → 80 (2025) in points: the 2021 path is 62.4. "62.0" made 4 of 4.4 (R 0.91) and is
        // 0.4 from the path: within ±0.5 were it written "62", not within the ±0.05 of "62.0"
        Target share = Targets.level("share_of_something", "%", 58, 80, Direction.HIGHER_IS_BETTER);
        assertThat(evaluate(share, History.of(List.of(Observation.written(2021, "62.0", "r"))))
                        .status())
                .isEqualTo(Status.LAGGING);
        assertThat(evaluate(share, History.of(List.of(Observation.written(2021, "62", "r"))))
                        .status())
                .isEqualTo(Status.ON_TRACK);
    }

    @Test
    void shouldJudgeNursesPer1000WrittenToTwoDecimalsInOrder() {
        // jm-health-14 nurses 3.24 → 3.50 (2023): the 2021 path is 3.3267. Read from a double, 3.30
        // became "3.3" (±0.05) and was ON_TRACK between a LAGGING 3.31 and a SEVERELY_LAGGING 3.29
        Target nurses = shipped("jm-health-14", "440700", "nurses_per_1000");
        Status at331 = evaluate(nurses, History.of(List.of(Observation.written(2021, "3.31", "r"))))
                .status();
        Status at330 = evaluate(nurses, History.of(List.of(Observation.written(2021, "3.30", "r"))))
                .status();
        Status at329 = evaluate(nurses, History.of(List.of(Observation.written(2021, "3.29", "r"))))
                .status();
        assertThat(List.of(at331, at330, at329))
                .containsExactly(Status.LAGGING, Status.LAGGING, Status.SEVERELY_LAGGING);
        // a feed that carries only the number: taken to the plan's own two decimals, not the double's one
        assertThat(evaluate(nurses, single(2021, 3.30)).status()).isEqualTo(Status.LAGGING);
    }

    @Test
    void shouldPutABandFigureWithinFivePercentOfItsRequiredChangeOnTrackAsTheReadmeSays() {
        // gd-13 population 10849 → 11400 (a band): the 2016 path is 10957.03; 10958 has made 101% of
        // the required change, 0.97 from the path, beyond its ±0.5: once 滞后
        Evaluation e = evaluate(shipped("gd-13", "440000", "resident_population"), single(2016, 10958));
        assertThat(e.progress()).isCloseTo(1.009, within(0.001));
        assertThat(e.status()).isEqualTo(Status.ON_TRACK);
        // 10900 has made 47%: off the band's path
        assertThat(evaluate(shipped("gd-13", "440000", "resident_population"), single(2016, 10900))
                        .status())
                .isEqualTo(Status.LAGGING);
    }

    @Test
    void shouldDrawTheRequiredPathFromTheFirstReadingWhenThePlanPrintsNoBaseAndSaySo() {
        // gd-13 PM2.5 ≤35 prints no 2015 base; with 40 (2016) and 37 (2018) the path runs from 40 in
        // 2016 to 35 in 2020 and 37 is ahead of it; once INSUFFICIENT_DATA for want of a 2015 figure
        Evaluation e = evaluate(shipped("gd-13", "440000", "pm25_concentration"), history(2016, 40, 38.5, 37));
        assertThat(e.status()).isEqualTo(Status.AHEAD);
        assertThat(e.reason()).contains("规划未给出基期值，以2016年为起点").contains("path drawn from 2016");
        assertThat(e.used()).extracting(Observation::year).contains(2016, 2018);
        // a single figure is still no path
        assertThat(evaluate(shipped("gd-13", "440000", "pm25_concentration"), single(2016, 40))
                        .status())
                .isEqualTo(Status.INSUFFICIENT_DATA);
    }

    @Test
    void shouldHoldAPriceIndexUnderItsCapEveryYearInsteadOfWalkingAPathFromItsBase() {
        // gd-13 CPI 103 (控制在3%左右), base 101.5: 101.5 in 2017 was 滞后 against a path of 102.1,
        // though prices rose less than the cap allows; each year's index stands alone
        Target cpi = shipped("gd-13", "440000", "cpi");
        Evaluation low = evaluate(cpi, history(2016, 102.3, 101.5));
        assertThat(low.status()).isEqualTo(Status.ON_TRACK);
        assertThat(low.progress()).isNull();
        assertThat(low.reason()).contains("目标103（按左右）").contains("每年应不高于103.5").doesNotContain("路径");
        assertThat(low.used()).extracting(Observation::year).containsExactly(2017);
        // 103.4 is within 3%左右; once lagging at 158% of a path
        assertThat(evaluate(cpi, history(2016, 102.3, 101.5, 102.2, 103.4)).status())
                .isEqualTo(Status.ON_TRACK);
        // above the cap's half point: lagging (预期性), whatever the years before
        Evaluation high = evaluate(shipped("jm-13", "440700", "cpi"), history(2016, 101.9, 101.2, 102, 104));
        assertThat(high.status()).isEqualTo(Status.LAGGING);
        assertThat(high.reason()).contains("104（上年=100）").contains("every year at most 103.5");
        // at the target year the outcome alone, as the back-test judges it
        assertThat(evaluate(shipped("jm-13", "440700", "cpi"), single(2020, 103.1))
                        .status())
                .isEqualTo(Status.ACHIEVED);
        assertThat(evaluate(shipped("pj-13", "440703", "cpi"), single(2020, 103.6))
                        .status())
                .isEqualTo(Status.MISSED);
    }

    @Test
    void shouldCallABindingPriceCapCrossedInThePeriodBreached() {
        Target binding = Targets.target("cpi", "上年=100", TargetKind.LEVEL, Bound.AT_MOST, Direction.LOWER_IS_BETTER)
                .attribute(org.planwatch.domain.Attribute.BINDING)
                .base(2020, 102.5)
                .target(2025, 103.0)
                .build();
        assertThat(evaluate(binding, single(2022, 103.2)).status()).isEqualTo(Status.BREACHED);
        assertThat(evaluate(binding, single(2022, 103.0)).status()).isEqualTo(Status.ON_TRACK);
    }
}
