package org.planwatch.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

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

class LinearPathEvaluatorTest {
    private final Evaluator evaluator = new LinearPathEvaluator();

    /** 每千人口床位数: 5.20 in 2020, 5.60 by 2023, 6.15 by 2025 (Jiangmen health plan). */
    static Target beds(Direction direction) {
        return Target.builder("jm-health-14", "440700", "hospital_beds_per_1000")
                .names("每千人口拥有医疗卫生机构床位数", "Beds")
                .unit("张")
                .kind(TargetKind.LEVEL, Bound.EXACT)
                .base(2020, 5.20)
                .milestones(List.of(new Milestone(2023, 5.60)))
                .target(2025, 6.15)
                .direction(direction)
                .attribute(Attribute.ANTICIPATORY)
                .department("市卫生健康局", false)
                .source("002:3344")
                .build();
    }

    static Target level(double base, double goal, Direction direction) {
        return Target.builder("p", "r", "i")
                .names("指标", null)
                .unit("%")
                .kind(TargetKind.LEVEL, Bound.EXACT)
                .base(2020, base)
                .milestones(List.of())
                .target(2025, goal)
                .direction(direction)
                .attribute(Attribute.BINDING)
                .department(null, false)
                .source("f:1")
                .build();
    }

    @Test
    void shouldPutAReadingExactlyOnThePathOnTrack() {
        Evaluation e = evaluator.evaluate(beds(Direction.HIGHER_IS_BETTER), 2022, 5.20 + 2 * (0.40 / 3));
        assertThat(e.status()).isEqualTo(Status.ON_TRACK);
        assertThat(e.expected()).isCloseTo(5.4667, within(1e-4));
        assertThat(e.progress()).isCloseTo(1.0, within(1e-9));
    }

    @Test
    void shouldFollowTheMilestoneBetweenBaseAndTarget() {
        Target t = beds(Direction.HIGHER_IS_BETTER);
        assertThat(LinearPathEvaluator.pathValue(t, 2023)).isCloseTo(5.60, within(1e-9));
        assertThat(LinearPathEvaluator.pathValue(t, 2024)).isCloseTo(5.875, within(1e-9));
        assertThat(LinearPathEvaluator.pathValue(t, 2025)).isCloseTo(6.15, within(1e-9));
    }

    @ParameterizedTest(name = "progress {1} of the required rise gives {2}")
    @CsvSource({
        // base 10, goal 20 by 2025; in 2022 the path requires +4, to 14
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
        Evaluation e = evaluator.evaluate(level(10, 20, Direction.HIGHER_IS_BETTER), 2022, actual);
        assertThat(e.status()).isEqualTo(expected);
        assertThat(e.progress()).isCloseTo(progress, within(1e-9));
    }

    @Test
    void shouldMirrorStatusesWhenLowerIsBetter() {
        // a rate to bring down from 20 to 10: in 2022 the path requires 16
        Target falling = level(20, 10, Direction.LOWER_IS_BETTER);
        assertThat(evaluator.evaluate(falling, 2022, 16.0).status()).isEqualTo(Status.ON_TRACK);
        assertThat(evaluator.evaluate(falling, 2022, 17.6).status()).isEqualTo(Status.LAGGING);
        assertThat(evaluator.evaluate(falling, 2022, 21.0).status()).isEqualTo(Status.REGRESSING);
        assertThat(evaluator.evaluate(falling, 2022, 9.0).status()).isEqualTo(Status.ACHIEVED);
    }

    @Test
    void shouldReportMissedWhenTheTargetYearEndsShort() {
        Evaluation e = evaluator.evaluate(level(10, 20, Direction.HIGHER_IS_BETTER), 2025, 19.9);
        assertThat(e.status()).isEqualTo(Status.MISSED);
    }

    @Test
    void shouldAwaitTheQuotaWhileTheTargetHasNoNumber() {
        Target quota = Target.builder("p", "r", "i")
                .names("指标", null)
                .unit("%")
                .kind(TargetKind.QUOTA, Bound.EXACT)
                .base(2020, 1.0)
                .milestones(List.of())
                .target(2025, null)
                .direction(Direction.LOWER_IS_BETTER)
                .attribute(Attribute.BINDING)
                .department(null, false)
                .source("f:1")
                .build();
        assertThat(evaluator.evaluate(quota, 2022, 0.9).status()).isEqualTo(Status.AWAITING_QUOTA);
    }

    @Test
    void shouldNotAssessTheBaseYearOrKindsWithoutARuleYet() {
        assertThat(evaluator
                        .evaluate(level(10, 20, Direction.HIGHER_IS_BETTER), 2020, 10)
                        .status())
                .isEqualTo(Status.NOT_ASSESSABLE);
        Target growth = Target.builder("p", "r", "i")
                .names("增长", null)
                .unit("%")
                .kind(TargetKind.ANNUAL_GROWTH, Bound.EXACT)
                .base(2020, 13.16)
                .milestones(List.of())
                .target(2025, 10.0)
                .direction(Direction.HIGHER_IS_BETTER)
                .attribute(Attribute.ANTICIPATORY)
                .department(null, false)
                .source("f:1")
                .build();
        assertThat(evaluator.evaluate(growth, 2022, 11).status()).isEqualTo(Status.NOT_ASSESSABLE);
    }

    @Test
    void shouldExplainInChineseThenEnglishWithTheNumbers() {
        Evaluation e = evaluator.evaluate(beds(Direction.HIGHER_IS_BETTER), 2023, 5.50);
        assertThat(e.reason())
                .isEqualTo("2023年每千人口拥有医疗卫生机构床位数5.5张，按规划路径应达5.6，完成进度75%，滞后。 "
                        + "2023 hospital_beds_per_1000 5.5, required path 5.6, progress 75%: lagging.");
    }

    @Test
    void shouldRefuseAMilestoneOutsideThePlanPeriod() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Target.builder("p", "r", "i")
                        .names("指标", null)
                        .unit("%")
                        .kind(TargetKind.LEVEL, Bound.EXACT)
                        .base(2020, 5.2)
                        .milestones(List.of(new Milestone(2025, 5.8)))
                        .target(2025, 6.15)
                        .direction(Direction.HIGHER_IS_BETTER)
                        .attribute(Attribute.ANTICIPATORY)
                        .department(null, false)
                        .source("f:1")
                        .build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("milestone year 2025 is not between the base year 2020 and the target year 2025");
    }
}
