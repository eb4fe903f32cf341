package org.planwatch.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.planwatch.domain.Bound;
import org.planwatch.domain.Direction;
import org.planwatch.domain.IndicatorDictionary;
import org.planwatch.domain.PathForm;
import org.planwatch.domain.Status;
import org.planwatch.domain.TargetCatalogue;
import org.planwatch.domain.TargetKind;

/** The 13th-plan completion tables of Jiangmen, Guangdong and Pengjiang, judged at 2020. */
class BacktestTest {
    private static final Backtest.Report REPORT = new Backtest(new FinalAssessment(Tolerance.DEFAULT))
            .run(TargetCatalogue.bundled().targets());

    @Test
    void shouldJudgeEveryTargetWhoseOutcomeThePlansPrint() {
        assertThat(REPORT.summary()).isEqualTo("90 targets with a printed outcome: ACHIEVED 59, BREACHED 7, MISSED 24");
        assertThat(REPORT.results())
                .allSatisfy(r -> assertThat(r.target().plan()).endsWith("-13"));
    }

    /**
     * Each verdict checked against the plain arithmetic of target, outcome and direction: a floor
     * or a higher-is-better target is met at or above the goal, a ceiling or a lower-is-better one
     * at or below it, a band within half a unit of the printed goal, a yearly price index (CPI 103,
     * 3%左右) at most half a point above it; a binding miss is a breach.
     */
    @TestFactory
    Iterable<DynamicTest> shouldAgreeWithTheArithmeticOfEveryTarget() {
        return REPORT.results().stream()
                .map(r -> DynamicTest.dynamicTest(
                        r.target().plan() + " " + r.target().indicator(), () -> {
                            double goal = r.target().targetValue();
                            double outcome = r.outcome();
                            boolean higher = r.target().bound() == Bound.AT_LEAST
                                    || (r.target().bound() != Bound.AT_MOST
                                            && r.target().direction() == Direction.HIGHER_IS_BETTER);
                            boolean yearlyIndex = IndicatorDictionary.bundled()
                                            .code(r.target().indicator())
                                            .orElseThrow()
                                            .path()
                                    == PathForm.YEARLY;
                            boolean met = yearlyIndex
                                    ? outcome <= goal + Tolerance.ABOUT_RATE_POINTS + 1e-9
                                    : r.target().direction() == Direction.BAND
                                                    && r.target().bound() == Bound.EXACT
                                            ? Math.abs(outcome - goal) <= Tolerance.precision(goal) + 1e-9
                                            : higher ? outcome >= goal - 1e-9 : outcome <= goal + 1e-9;
                            Status expected =
                                    met ? Status.ACHIEVED : r.target().binding() ? Status.BREACHED : Status.MISSED;
                            assertThat(r.status()).as(r.reason()).isEqualTo(expected);
                        }))
                .toList();
    }

    /** Read by eye from the completion tables of 002 (Jiangmen, Guangdong) and 004 (Pengjiang). */
    @ParameterizedTest(name = "{0} {1}: {2} against {3} -> {4}")
    @CsvSource({
        "jm-13, gdp_growth, 5.9, 9, MISSED",
        "jm-13, hukou_urbanization_rate, 12.28, 4, ACHIEVED",
        "jm-13, cpi, 103.1, 103, ACHIEVED",
        "jm-13, water_use_per_10k_gdp, -35.04, -33, ACHIEVED",
        "jm-13, forest_coverage, 45.14, 46.84, BREACHED",
        "jm-13, good_air_days_share, 88, 93, BREACHED",
        "jm-13, cod_emissions, 8.8, 8.66, BREACHED",
        "jm-13, so2_emissions, 4.29, 4.43, ACHIEVED",
        "gd-13, gdp, 11.08, 11, ACHIEVED",
        "gd-13, urbanization_rate, 71.4, 71.7, MISSED",
        "gd-13, resident_population, 11521, 11400, MISSED",
        "gd-13, disposable_income_growth, 5.5, 7, MISSED",
        "gd-13, new_construction_land, 114.69, 121, ACHIEVED",
        "gd-13, pm25_noncompliant_reduction, 33.3, 9, ACHIEVED",
        "pj-13, gdp, 724.45, 843, MISSED",
        "pj-13, rd_intensity, 2.26, 2.85, MISSED",
        "pj-13, forest_coverage, 26, 31.4, BREACHED",
        "pj-13, life_expectancy, 81.96, 80, ACHIEVED",
    })
    void shouldReadTheOutcomeAsThePlanPrintsIt(
            String plan, String indicator, double outcome, double goal, Status status) {
        FinalAssessment.Result r = REPORT.results().stream()
                .filter(x ->
                        x.target().plan().equals(plan) && x.target().indicator().equals(indicator))
                .findFirst()
                .orElseThrow();
        assertThat(r.outcome()).isEqualTo(outcome);
        assertThat(r.goal()).isEqualTo(goal);
        assertThat(r.status()).isEqualTo(status);
    }

    /**
     * At the target year the verdict needs only the target and the outcome: the evaluator, given the
     * outcome as the target year's one figure, says what the back-test says, for every level and
     * assigned quota whose outcome the tables print, Pengjiang's table (no 2015 base) included.
     */
    @TestFactory
    Iterable<DynamicTest> shouldGiveTheBacktestsVerdictFromTheOutcomeAloneAtTheTargetYear() {
        Evaluator evaluator = ProgressEvaluator.withDefaults();
        return REPORT.results().stream()
                .filter(r -> r.target().kind() == TargetKind.LEVEL || r.target().kind() == TargetKind.QUOTA)
                .map(r -> DynamicTest.dynamicTest(
                        r.target().plan() + " " + r.target().region() + " "
                                + r.target().indicator(),
                        () -> {
                            History outcome = Targets.single(r.target().targetYear(), r.outcome());
                            Evaluation e = evaluator
                                    .evaluate(r.target(), Evidence.of(outcome))
                                    .orElseThrow();
                            assertThat(e.status()).isEqualTo(r.status());
                        }))
                .toList();
    }

    @Test
    void shouldJudgeEveryLevelOfPengjiangsTableThatPrintsNoBase() {
        Evaluator evaluator = ProgressEvaluator.withDefaults();
        long judged = REPORT.results().stream()
                .filter(r -> r.target().plan().equals("pj-13") && r.target().kind() == TargetKind.LEVEL)
                .peek(r -> assertThat(r.target().baseValue()).isNull())
                .map(r -> evaluator
                        .evaluate(r.target(), Evidence.of(Targets.single(2020, r.outcome())))
                        .orElseThrow())
                .filter(e -> e.status() != Status.INSUFFICIENT_DATA)
                .count();
        assertThat(judged).isEqualTo(15);
    }
}
