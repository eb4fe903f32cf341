package org.planwatch.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.planwatch.domain.Attribute;
import org.planwatch.domain.Bound;
import org.planwatch.domain.Direction;
import org.planwatch.domain.Status;
import org.planwatch.domain.Target;
import org.planwatch.domain.TargetKind;

class FinalAssessmentTest {
    private final FinalAssessment assessment = new FinalAssessment(Tolerance.DEFAULT);

    private static Target target(
            TargetKind kind,
            Bound bound,
            Direction direction,
            Attribute attribute,
            Double base,
            Double goal,
            Double actualValue,
            Double actualChange) {
        return Target.builder("jm-13", "440700", "x")
                .names("某指标", null)
                .unit("%")
                .kind(kind, bound)
                .base(2015, base)
                .target(2020, goal)
                .direction(direction)
                .attribute(attribute)
                .outcome(actualValue, actualChange)
                .source("t:1")
                .build();
    }

    private Status status(
            TargetKind kind, Bound bound, Direction direction, Double base, Double goal, Double value, Double change) {
        return assessment
                .assess(target(kind, bound, direction, Attribute.ANTICIPATORY, base, goal, value, change))
                .orElseThrow()
                .status();
    }

    /** Each case worked by hand: what is compared, against what, and which way is better. */
    @ParameterizedTest(name = "{0} {1} {2}: goal {4}, outcome {5}/{6} -> {7}")
    @CsvSource(
            nullValues = "",
            value = {
                // level: GDP per capita 10 wanted, 9.4 reached
                "LEVEL, EXACT, HIGHER_IS_BETTER, 6.93, 10, 9.4, , MISSED",
                "LEVEL, EXACT, HIGHER_IS_BETTER, 6.93, 10, 10, , ACHIEVED",
                // lower is better: PM2.5 35 allowed, 21 measured
                "LEVEL, EXACT, LOWER_IS_BETTER, 32, 35, 21, , ACHIEVED",
                "LEVEL, AT_MOST, LOWER_IS_BETTER, 32, 35, 35.1, , MISSED",
                "LEVEL, AT_LEAST, HIGHER_IS_BETTER, 10.52, 11.1, 11.14, , ACHIEVED",
                // 左右: "6" is printed to the unit, so anything that rounds to 6 is about 6: 5.5, not 5.49
                "ANNUAL_GROWTH, ABOUT, HIGHER_IS_BETTER, , 6, 5.5, , ACHIEVED",
                "ANNUAL_GROWTH, ABOUT, HIGHER_IS_BETTER, , 6, 5.49, , MISSED",
                // 40.5 to the tenth: 1% (0.405) is wider than half a tenth (0.05)
                "LEVEL, ABOUT, HIGHER_IS_BETTER, , 40.5, 40.1, , ACHIEVED",
                "LEVEL, ABOUT, HIGHER_IS_BETTER, , 40.5, 40.09, , MISSED",
                // 左右 on 650: 6.5 either way; more is still met when higher is better
                "LEVEL, ABOUT, HIGHER_IS_BETTER, , 650, 643.5, , ACHIEVED",
                "LEVEL, ABOUT, HIGHER_IS_BETTER, , 650, 700, , ACHIEVED",
                // a band (CPI 103): half a unit of the printed digit either side
                "LEVEL, EXACT, BAND, 101.8, 103, 103.1, , ACHIEVED",
                "LEVEL, EXACT, BAND, 101.8, 103, 102.6, , ACHIEVED",
                "LEVEL, EXACT, BAND, 101.8, 103, 103.6, , MISSED",
                // growth: the realised average annual rate against the target rate
                "ANNUAL_GROWTH, EXACT, HIGHER_IS_BETTER, , 9, 5.9, , MISSED",
                // cumulative change: the change printed, or level minus base when it is not
                "CUMULATIVE_CHANGE, AT_LEAST, HIGHER_IS_BETTER, 11.57, 0.6, 12.2, 0.63, ACHIEVED",
                "CUMULATIVE_CHANGE, EXACT, HIGHER_IS_BETTER, 42.07, 4, 45.0, , MISSED",
                "CUMULATIVE_CHANGE, EXACT, LOWER_IS_BETTER, 120.6, -33, 78.34, -35.04, ACHIEVED",
                // relative change: (78.34 - 120.6) / 120.6 = -35.04%, against 下降30%
                "RELATIVE_CHANGE, EXACT, LOWER_IS_BETTER, 120.6, -30, 78.34, , ACHIEVED",
                "RELATIVE_CHANGE, EXACT, LOWER_IS_BETTER, 120.6, -40, 78.34, , MISSED",
            })
    void shouldJudgeEachKindOnWhatItIsSetIn(
            TargetKind kind,
            Bound bound,
            Direction direction,
            Double base,
            Double goal,
            Double value,
            Double change,
            Status expected) {
        assertThat(status(kind, bound, direction, base, goal, value, change)).isEqualTo(expected);
    }

    @Test
    void shouldReportABindingMissAsBreached() {
        Target forest = target(
                TargetKind.LEVEL, Bound.EXACT, Direction.HIGHER_IS_BETTER, Attribute.BINDING, 46.3, 46.84, 45.14, null);
        FinalAssessment.Result r = assessment.assess(forest).orElseThrow();
        assertThat(r.status()).isEqualTo(Status.BREACHED);
        assertThat(r.reason()).isEqualTo("2020年某指标45.14%，目标46.84%，突破约束。 2020 x level 45.14, target 46.84: breached.");
    }

    @Test
    void shouldSayHowAGrowthTargetWasMissed() {
        Target growth = target(
                TargetKind.ANNUAL_GROWTH,
                Bound.ABOUT,
                Direction.HIGHER_IS_BETTER,
                Attribute.ANTICIPATORY,
                null,
                7.0,
                6.0,
                null);
        assertThat(assessment.assess(growth).orElseThrow().reason())
                .isEqualTo("2020年某指标年均增长6%，目标左右7%，未完成。 2020 x average annual growth 6, target about 7: missed.");
    }

    @Test
    void shouldLeaveOutATargetWithoutANumberOrWithoutAnOutcome() {
        Target quota = target(
                TargetKind.QUOTA, Bound.EXACT, Direction.HIGHER_IS_BETTER, Attribute.BINDING, 88.0, null, 87.4, null);
        Target unreported = target(
                TargetKind.LEVEL, Bound.EXACT, Direction.HIGHER_IS_BETTER, Attribute.BINDING, 88.0, 90.0, null, null);
        Target stable = target(
                TargetKind.STABLE, Bound.EXACT, Direction.HIGHER_IS_BETTER, Attribute.BINDING, 88.0, 88.0, 87.0, null);
        assertThat(assessment.assess(quota)).isEqualTo(Optional.empty());
        assertThat(assessment.assess(unreported)).isEqualTo(Optional.empty());
        assertThat(assessment.assess(stable)).isEqualTo(Optional.empty());
    }

    /** Property: for an outcome off the target, turning the desired direction round turns met into missed. */
    @ParameterizedTest
    @CsvSource({"10, 9.4", "10, 10.6", "35, 21", "0.9, 0.87", "2561.2, 2483.84", "4, 12.28"})
    void shouldFlipTheVerdictWhenTheDirectionFlips(double goal, double outcome) {
        Status higher = status(TargetKind.LEVEL, Bound.EXACT, Direction.HIGHER_IS_BETTER, null, goal, outcome, null);
        Status lower = status(TargetKind.LEVEL, Bound.EXACT, Direction.LOWER_IS_BETTER, null, goal, outcome, null);
        assertThat(higher).isNotEqualTo(lower);
        assertThat(java.util.Set.of(higher, lower)).containsExactlyInAnyOrder(Status.ACHIEVED, Status.MISSED);
    }

    @Test
    void shouldKnowThePrecisionOfAPrintedFigure() {
        assertThat(Tolerance.precision(9)).isEqualTo(0.5);
        assertThat(Tolerance.precision(6.15)).isEqualTo(0.005, org.assertj.core.api.Assertions.within(1e-12));
        assertThat(Tolerance.precision(2561.2)).isEqualTo(0.05, org.assertj.core.api.Assertions.within(1e-12));
    }
}
