package org.planwatch.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.planwatch.evaluation.Targets.history;
import static org.planwatch.evaluation.Targets.level;
import static org.planwatch.evaluation.Targets.single;
import static org.planwatch.evaluation.Targets.target;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.planwatch.domain.Attribute;
import org.planwatch.domain.Bound;
import org.planwatch.domain.Direction;
import org.planwatch.domain.Milestone;
import org.planwatch.domain.Status;
import org.planwatch.domain.Target;
import org.planwatch.domain.TargetKind;

/** One test or more per kind of target, each with its numbers worked by hand in the comment above it. */
class ProgressEvaluatorTest {
    private final Evaluator evaluator = ProgressEvaluator.withDefaults();

    private Evaluation evaluate(Target t, History own) {
        return evaluator.evaluate(t, Evidence.of(own)).orElseThrow();
    }

    /** 每千人口床位数: 5.20 in 2020, 5.60 by 2023, 6.15 by 2025 (Jiangmen health plan); a ratio, so a straight path. */
    static Target beds() {
        return target("hospital_beds_per_1000", "张", TargetKind.LEVEL, Bound.EXACT, Direction.HIGHER_IS_BETTER)
                .names("每千人口拥有医疗卫生机构床位数", "Beds")
                .base(2020, 5.20)
                .milestones(List.of(new Milestone(2023, 5.60)))
                .target(2025, 6.15)
                .build();
    }

    @Test
    void shouldPutAReadingExactlyOnTheStraightPathOnTrack() {
        // 2022 is two thirds of the way to the 2023 milestone: 5.20 + 2/3 × 0.40
        Evaluation e = evaluate(beds(), single(2022, 5.20 + 2 * (0.40 / 3)));
        assertThat(e.status()).isEqualTo(Status.ON_TRACK);
        assertThat(e.expected()).isCloseTo(5.4667, within(1e-4));
        assertThat(e.progress()).isCloseTo(1.0, within(1e-9));
    }

    @Test
    void shouldFollowTheMilestoneThenTheTarget() {
        // after the milestone the path runs 5.60 → 6.15 over two years: 5.875 in 2024
        assertThat(evaluate(beds(), single(2024, 5.875)).expected()).isCloseTo(5.875, within(1e-9));
    }

    @Test
    void shouldExplainInChineseThenEnglishWithTheNumbers() {
        Evaluation e = evaluate(beds(), single(2023, 5.50));
        assertThat(e.reason())
                .isEqualTo(
                        "2023年每千人口拥有医疗卫生机构床位数5.5张，按规划路径应达5.6，完成进度75%，按规划路径判定，滞后。 "
                                + "2023 hospital_beds_per_1000 5.5, required path 5.6, progress 75%, the path decides: lagging.");
        assertThat(e.used()).extracting(Observation::readingId).containsExactly("r2023");
    }

    @ParameterizedTest(name = "a reading of {0}: progress {1} gives {2}")
    @CsvSource({
        // base 10, goal 20 by 2025, a share in points; in 2022 the path requires +4, to 14
        "14.6, 1.15, AHEAD",
        "14.0, 1.00, ON_TRACK",
        "13.8, 0.95, ON_TRACK",
        "13.7, 0.925, LAGGING",
        "12.4, 0.60, LAGGING",
        "12.3, 0.575, SEVERELY_LAGGING",
        "10.0, 0.0, SEVERELY_LAGGING",
        "9.5, -0.125, REGRESSING",
        "20.0, 2.5, ACHIEVED"
    })
    void shouldClassifyByTheShareOfTheRequiredChangeAchieved(double actual, double progress, Status expected) {
        Evaluation e = evaluate(level("share", "%", 10, 20, Direction.HIGHER_IS_BETTER), single(2022, actual));
        assertThat(e.status()).isEqualTo(expected);
        assertThat(e.progress()).isCloseTo(progress, within(1e-9));
    }

    @Test
    void shouldDrawACompoundPathForOutput() {
        // GDP 1000 → 1500 over five years grows 1.5^(1/5) a year: 1000 × 1.5^0.4 = 1176.2 by 2022.
        // 1100 made ln(1.1)/ln(1.17617) = 0.5877 of the required growth (a straight line would say 0.5)
        Evaluation e = evaluate(level("gdp", "亿元", 1000, 1500, Direction.HIGHER_IS_BETTER), single(2022, 1100));
        assertThat(e.expected()).isCloseTo(1000 * Math.pow(1.5, 0.4), within(1e-9));
        assertThat(e.progress()).isCloseTo(Math.log(1.1) / Math.log(Math.pow(1.5, 0.4)), within(1e-9));
        assertThat(e.status()).isEqualTo(Status.SEVERELY_LAGGING);
    }

    /** GDP growth "6 左右" a year, 2020 base; the yearly growth readings 8, 3 and 5 for 2021-2023. */
    static Target gdpGrowth() {
        return target("gdp_growth", "%", TargetKind.ANNUAL_GROWTH, Bound.ABOUT, Direction.HIGHER_IS_BETTER)
                .names("地区生产总值增长", "GDP growth")
                .base(2020, null)
                .target(2025, 6.0)
                .build();
    }

    @Test
    void shouldChainGrowthReadingsIntoAnIndexNotAverageThem() {
        // 1.08 × 1.03 × 1.05 = 1.168022: 5.3137% a year, not the mean 5.333; required 1.06³.
        // R = ln 1.168022 / (3 ln 1.06) = 0.8883: lagging, and 5.31 is more than 左右 (0.5) below 6.
        // The trend (weighted Theil–Sen on ln index) has slope 0.048759 and reaches 0.252801 by 2025:
        // 1.28763^(1/5) = 5.19% a year, R = 0.8677: lagging too.
        Evaluation e = evaluate(gdpGrowth(), history(2021, 8.0, 3.0, 5.0));
        double index = 1.08 * 1.03 * 1.05;
        assertThat(e.actual()).isCloseTo((Math.cbrt(index) - 1) * 100, within(1e-9));
        assertThat(e.expected()).isCloseTo(6.0, within(1e-9));
        assertThat(e.progress()).isCloseTo(Math.log(index) / (3 * Math.log(1.06)), within(1e-9));
        assertThat(e.projected()).isCloseTo(5.19, within(0.01));
        assertThat(e.status()).isEqualTo(Status.LAGGING);
        assertThat(e.used()).extracting(Observation::year).containsExactly(2021, 2022, 2023);
    }

    @Test
    void shouldSayTheTargetDecidesInItsYearAndWhenMetEarly() {
        assertThat(evaluate(beds(), single(2025, 6.20)).reason())
                .contains("按目标值判定，已实现")
                .contains("the target decides");
        assertThat(evaluate(beds(), single(2023, 6.20)).reason()).contains("按目标值判定，提前实现");
        assertThat(evaluate(beds(), single(2025, 5.90)).reason())
                .contains("按目标值判定")
                .doesNotContain("按规划路径判定");
    }

    @Test
    void shouldCountGrowthWithinTheAboutBandAsOnTrack() {
        // 5.6 and 5.6: R = ln(1.056)/ln(1.06) = 0.935, but 5.6 is within 0.5 of "6 左右"
        Evaluation e = evaluate(gdpGrowth(), history(2021, 5.6, 5.6));
        assertThat(e.status()).isEqualTo(Status.ON_TRACK);
        // a status that R alone would not give says why (issue 21): 完成进度94% beside 基本符合预期
        assertThat(e.reason()).contains("完成进度94%，在路径的数据精度或左右范围内，按规划路径判定，基本符合预期");
    }

    @Test
    void shouldNotChainAcrossAMissingYear() {
        History gap = History.of(List.of(new Observation(2021, 6, "a"), new Observation(2023, 6, "c")));
        Evaluation e = evaluate(gdpGrowth(), gap);
        assertThat(e.status()).isEqualTo(Status.INSUFFICIENT_DATA);
        assertThat(e.reason()).contains("缺少2022年数据").contains("no figure for 2022 to chain");
    }

    @Test
    void shouldJudgeAverageGrowthAtTheTargetYearAsTheBackTestDoes() {
        // five years of 5.6: 5.6 a year is within 0.5 of 6 → achieved; of 5.4 → missed
        assertThat(evaluate(gdpGrowth(), history(2021, 5.6, 5.6, 5.6, 5.6, 5.6)).status())
                .isEqualTo(Status.ACHIEVED);
        assertThat(evaluate(gdpGrowth(), history(2021, 5.4, 5.4, 5.4, 5.4, 5.4)).status())
                .isEqualTo(Status.MISSED);
    }

    @Test
    void shouldJudgeAnIncreaseOfYearsAsALevelRelativeToTheBase() {
        // 人均预期寿命提高1岁 from 77.93: by 2023 the path asks +0.6; 78.50 is +0.57, R = 0.95
        Target t = target("life_expectancy", "岁", TargetKind.CUMULATIVE_CHANGE, Bound.EXACT, Direction.HIGHER_IS_BETTER)
                .base(2020, 77.93)
                .target(2025, 1.0)
                .build();
        Evaluation e = evaluate(t, single(2023, 78.50));
        assertThat(e.actual()).isCloseTo(0.57, within(1e-9));
        assertThat(e.expected()).isCloseTo(0.6, within(1e-9));
        assertThat(e.progress()).isCloseTo(0.95, within(1e-9));
        assertThat(e.status()).isEqualTo(Status.ON_TRACK);
    }

    @Test
    void shouldJudgeARelativeChangeAsALevelRelativeToTheBase() {
        // road deaths 1.31 (2015) down 30% by 2030: goal 0.917; the 2020 path is 1.31 - 0.393/3 = 1.179.
        // 1.20 is -8.40% against -10%: R = -0.11 / -0.131 = 0.8397
        Target t = target(
                        "road_deaths_per_10000_vehicles",
                        "人/万车",
                        TargetKind.RELATIVE_CHANGE,
                        Bound.EXACT,
                        Direction.LOWER_IS_BETTER)
                .base(2015, 1.31)
                .target(2030, -30.0)
                .build();
        Evaluation e = evaluate(t, single(2020, 1.20));
        assertThat(e.actual()).isCloseTo((1.20 / 1.31 - 1) * 100, within(1e-9));
        assertThat(e.expected()).isCloseTo(-10, within(1e-9));
        assertThat(e.progress()).isCloseTo(0.11 / 0.131, within(1e-9));
        assertThat(e.status()).isEqualTo(Status.LAGGING);
    }

    @Test
    void shouldChainYearlyReductionsAndWarnWhenTheTrendFallsShort() {
        // energy intensity down [17.6]% over 2015-2020. Readings 4, 4, 3 (% a year):
        // 0.96 × 0.96 × 0.97 = 0.893952, down 10.60%; the path asks 1 - 0.824^(3/5) = 10.96%:
        // R = ln 0.893952 / ln 0.89039 = 0.9656, on track. But the trend of slowing cuts projects
        // a 16.75% cut by 2020, R = 0.947: lagging. The status is the worse of the two.
        Target t = target(
                        "energy_intensity_reduction",
                        "%",
                        TargetKind.CUMULATIVE_CHANGE,
                        Bound.EXACT,
                        Direction.HIGHER_IS_BETTER)
                .base(2015, null)
                .target(2020, 17.6)
                .build();
        Evaluation e = evaluate(t, history(2016, 4, 4, 3));
        assertThat(e.actual()).isCloseTo(100 - 89.3952, within(1e-9));
        assertThat(e.expected()).isCloseTo(100 - 100 * Math.pow(0.824, 0.6), within(1e-9));
        assertThat(e.progress()).isCloseTo(Math.log(0.893952) / Math.log(Math.pow(0.824, 0.6)), within(1e-9));
        assertThat(e.projected()).isCloseTo(16.75, within(0.01));
        assertThat(e.status()).isEqualTo(Status.LAGGING);
    }

    @Test
    void shouldSumYearlyAmountsForATotalOverThePeriod() {
        // 城镇新增就业 [550] 万人 over 2016-2020: 120 + 110 = 230 by 2017 against 220 on the path
        Target t = target("new_urban_jobs", "万人", TargetKind.CUMULATIVE_CHANGE, Bound.EXACT, Direction.HIGHER_IS_BETTER)
                .base(2015, 155.5)
                .target(2020, 550.0)
                .build();
        Evaluation e = evaluate(t, history(2016, 120, 110));
        assertThat(e.actual()).isEqualTo(230);
        assertThat(e.expected()).isCloseTo(220, within(1e-9));
        assertThat(e.status()).isEqualTo(Status.ON_TRACK);
    }

    @Test
    void shouldHoldACeilingTheBaseAlreadyMeetsEveryYear() {
        // 城镇调查失业率控制在5.5以内 from 5.2: a line to hold, not a path
        Target.Builder b = target(
                        "surveyed_urban_unemployment", "%", TargetKind.LEVEL, Bound.AT_MOST, Direction.LOWER_IS_BETTER)
                .base(2020, 5.2)
                .target(2025, 5.5);
        assertThat(evaluate(b.build(), single(2022, 5.4)).status()).isEqualTo(Status.ON_TRACK);
        assertThat(evaluate(b.build(), single(2022, 5.6)).status()).isEqualTo(Status.LAGGING);
        Evaluation breached = evaluate(b.attribute(Attribute.BINDING).build(), single(2022, 5.6));
        assertThat(breached.status()).isEqualTo(Status.BREACHED);
        assertThat(breached.reason())
                .contains("约束上限5.5")
                .contains("ceiling 5.5")
                .contains("按约束上限判定");
    }

    @Test
    void shouldReportAPathTargetReachedBeforeItsYearAsAchievedEarly() {
        Evaluation e = evaluate(level("share", "%", 10, 20, Direction.HIGHER_IS_BETTER), single(2023, 20.5));
        assertThat(e.status()).isEqualTo(Status.ACHIEVED);
        assertThat(e.reason()).contains("提前实现").contains("achieved early");
    }

    /** 儿童青少年总体近视率力争每年降低0.5个百分点以上, from 52.7 in 2020. */
    static Target myopia() {
        return target("child_myopia_rate", "%", TargetKind.ANNUAL_CHANGE, Bound.AT_LEAST, Direction.LOWER_IS_BETTER)
                .base(2020, 52.7)
                .target(2025, -0.5)
                .build();
    }

    @ParameterizedTest(name = "2021 {0}, 2022 {1}: {2}")
    @CsvSource({
        // the latest year's change against -0.5: -0.7 met; -0.2 is 40% of it; +0.1 is moving away
        "52.7, 52.0, ON_TRACK",
        "52.2, 52.0, SEVERELY_LAGGING",
        "52.3, 52.0, LAGGING",
        "52.0, 52.1, REGRESSING"
    })
    void shouldJudgeAYearlyChangeOnTheLatestYear(double y2021, double y2022, Status expected) {
        assertThat(evaluate(myopia(), history(2021, y2021, y2022)).status()).isEqualTo(expected);
    }

    @Test
    void shouldAskEveryYearOfAYearlyChangeAtTheTargetYear() {
        assertThat(evaluate(myopia(), history(2021, 52.1, 51.5, 51.0, 50.4, 49.9))
                        .status())
                .isEqualTo(Status.ACHIEVED);
        Evaluation missed = evaluate(myopia(), history(2021, 52.1, 51.8, 51.0, 50.4, 49.9));
        assertThat(missed.status()).isEqualTo(Status.MISSED);
        assertThat(missed.reason()).contains("2022年未达要求").doesNotContain("[");
        assertThat(evaluate(myopia(), History.of(List.of(new Observation(2025, 49, "x"))))
                        .status())
                .isEqualTo(Status.INSUFFICIENT_DATA);
    }

    @Test
    void shouldKeepAStableFigureWithinTwoPercentOfItsBase() {
        // 住院费用基金支付比例保持稳定 at 85.2: the band is ±1.704
        Target t = target("employee_insurance_inpatient_payment", "%", TargetKind.STABLE, Bound.EXACT, Direction.BAND)
                .base(2020, 85.2)
                .target(2025, null)
                .build();
        assertThat(evaluate(t, single(2022, 84.0)).status()).isEqualTo(Status.ON_TRACK);
        assertThat(evaluate(t, single(2022, 83.4)).status()).isEqualTo(Status.LAGGING);
        assertThat(evaluate(t, single(2025, 86.0)).status()).isEqualTo(Status.ACHIEVED);
    }

    @Test
    void shouldWantNoYearBelowTheOneBeforeForARisingTarget() {
        Target t = target("national_health_city_share", "%", TargetKind.RISING, Bound.EXACT, Direction.HIGHER_IS_BETTER)
                .base(2020, 57.5)
                .target(2025, null)
                .build();
        assertThat(evaluate(t, history(2021, 58, 59)).status()).isEqualTo(Status.ON_TRACK);
        assertThat(evaluate(t, history(2021, 58, 59, 58.5)).status()).isEqualTo(Status.REGRESSING);
        assertThat(evaluate(t, history(2021, 58, 59, 58.5, 60)).status()).isEqualTo(Status.LAGGING);
        assertThat(evaluate(t, history(2021, 58, 59, 58.5, 60, 61)).status()).isEqualTo(Status.MISSED);
    }

    /** 居民人均可支配收入增长与经济增长基本同步 (Pengjiang). */
    static Target incomeInStep() {
        return target("disposable_income_growth", "%", TargetKind.LINKED, Bound.EXACT, Direction.HIGHER_IS_BETTER)
                .base(2020, null)
                .target(2025, null)
                .linkedTo("gdp_growth")
                .build();
    }

    @Test
    void shouldCompareLinkedGrowthWithTheIndicatorItMovesWith() {
        // income 5 then 4: √(1.05 × 1.04) - 1 = 4.4988% a year; GDP 6 then 4: 4.9951%; R = 0.9006
        Evaluation e = evaluator
                .evaluate(incomeInStep(), new Evidence(history(2021, 5, 4), history(2021, 6, 4), null))
                .orElseThrow();
        assertThat(e.actual()).isCloseTo((Math.sqrt(1.05 * 1.04) - 1) * 100, within(1e-9));
        assertThat(e.expected()).isCloseTo((Math.sqrt(1.06 * 1.04) - 1) * 100, within(1e-9));
        assertThat(e.status()).isEqualTo(Status.LAGGING);
        Evaluation waiting = evaluator
                .evaluate(incomeInStep(), new Evidence(history(2021, 5, 4), history(2021, 6), null))
                .orElseThrow();
        assertThat(waiting.status()).isEqualTo(Status.INSUFFICIENT_DATA);
        assertThat(waiting.reason()).contains("no 2022 figure of gdp_growth");
    }

    /** 全员劳动生产率增长高于GDP增长 (the national 15th plan's table): as fast is the least that meets it. */
    @Test
    void shouldJudgeAGrowthThatMustOutpaceTheLinkedOneByWhetherItDoes() {
        Target faster = target(
                        "labour_productivity_growth",
                        "%",
                        TargetKind.LINKED,
                        Bound.AT_LEAST,
                        Direction.HIGHER_IS_BETTER)
                .base(2025, null)
                .target(2030, null)
                .linkedTo("gdp_growth")
                .build();
        // 4.9 against GDP's 5.0 is 98% as fast: in step for 同步, short of 高于
        Evidence slower = new Evidence(history(2026, 4.9), history(2026, 5.0), null);
        assertThat(evaluator.evaluate(faster, slower).orElseThrow().status()).isEqualTo(Status.LAGGING);
        Target inStep = target(
                        "labour_productivity_growth", "%", TargetKind.LINKED, Bound.EXACT, Direction.HIGHER_IS_BETTER)
                .base(2025, null)
                .target(2030, null)
                .linkedTo("gdp_growth")
                .build();
        assertThat(evaluator.evaluate(inStep, slower).orElseThrow().status()).isEqualTo(Status.ON_TRACK);
        Evidence ahead = new Evidence(history(2026, 6.1), history(2026, 5.0), null);
        assertThat(evaluator.evaluate(faster, ahead).orElseThrow().status()).isEqualTo(Status.AHEAD);
    }

    @Test
    void shouldCompareLinkedLevelsByTheirProportionalRise() {
        // 健康预期寿命与人均预期寿命同比例提高: 68.0 → 68.7 (+1.03%) while 77.9 → 78.6 (+0.90%)
        Target t = target("healthy_life_expectancy", "岁", TargetKind.LINKED, Bound.EXACT, Direction.HIGHER_IS_BETTER)
                .base(2020, null)
                .target(2025, null)
                .linkedTo("life_expectancy")
                .build();
        Evidence evidence = new Evidence(history(2020, 68.0, 68.3, 68.7), history(2020, 77.9, 78.2, 78.6), null);
        Evaluation e = evaluator.evaluate(t, evidence).orElseThrow();
        assertThat(e.progress()).isGreaterThan(1.05);
        assertThat(e.status()).isEqualTo(Status.AHEAD);
    }

    @Test
    void shouldHoldAFigureBelowTheProvincialAverage() {
        // 重大慢性病过早死亡率低于全省平均水平: the province is 440000
        Target t = target(
                        "premature_ncd_mortality",
                        "%",
                        TargetKind.BELOW_AVERAGE,
                        Bound.EXACT,
                        Direction.LOWER_IS_BETTER)
                .base(2015, null)
                .target(2030, null)
                .expression("低于全省平均水平")
                .build();
        assertThat(ProgressEvaluator.averageRegion(t)).contains("440000");
        Evidence below = new Evidence(single(2022, 14.0), null, single(2022, 15.0));
        assertThat(evaluator.evaluate(t, below).orElseThrow().status()).isEqualTo(Status.ON_TRACK);
        Evidence level = new Evidence(single(2022, 15.0), null, single(2022, 15.0));
        assertThat(evaluator.evaluate(t, level).orElseThrow().status()).isEqualTo(Status.LAGGING);
        Evidence none = new Evidence(single(2022, 14.0), null, null);
        assertThat(evaluator.evaluate(t, none).orElseThrow().status()).isEqualTo(Status.INSUFFICIENT_DATA);
    }

    @Test
    void shouldAwaitTheQuotaWhileTheTargetHasNoNumber() {
        Target quota = target("good_air_days_share", "%", TargetKind.QUOTA, Bound.EXACT, Direction.HIGHER_IS_BETTER)
                .base(2020, 88.0)
                .target(2025, null)
                .build();
        assertThat(evaluate(quota, single(2022, 89)).status()).isEqualTo(Status.AWAITING_QUOTA);
    }

    @Test
    void shouldSayNothingBeforeAFigureOfThePeriodAndLittleOnTheBaseYearAlone() {
        Target t = level("share", "%", 10, 20, Direction.HIGHER_IS_BETTER);
        assertThat(evaluator.evaluate(t, Evidence.of(single(2019, 9)))).isEmpty();
        assertThat(evaluate(t, single(2020, 10)).status()).isEqualTo(Status.INSUFFICIENT_DATA);
        Target noBase = target("share", "%", TargetKind.LEVEL, Bound.EXACT, Direction.HIGHER_IS_BETTER)
                .target(2025, 20.0)
                .build();
        assertThat(evaluate(noBase, single(2022, 12)).status()).isEqualTo(Status.INSUFFICIENT_DATA);
        // the base year's reading stands in for a base the plan does not print
        assertThat(evaluate(noBase, history(2020, 10, 12, 14)).status()).isEqualTo(Status.ON_TRACK);
    }

    @Test
    void shouldNotAssessATargetThePlanDoesNotSet() {
        Target t = target("gdp", "亿元", TargetKind.UNSTATED, Bound.EXACT, Direction.HIGHER_IS_BETTER)
                .base(2020, 100.0)
                .target(2025, null)
                .build();
        assertThat(evaluate(t, single(2022, 110)).status()).isEqualTo(Status.NOT_ASSESSABLE);
    }
}
