package org.planwatch.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ProgressScoreTest {

    /** Points read off Open SDG's Figure 2 (quantitative targets): -5 at R ≤ -60%, 0 at 60%, 5 at R ≥ 130%. */
    @ParameterizedTest
    @CsvSource({
        "-2.0, -5",
        "-0.6, -5",
        "0.0, -2.5",
        "0.6, 0",
        "0.95, 2.5",
        "1.3, 5",
        "4.0, 5",
    })
    void shouldMapTheRatioAsOpenSdgsScoreTransformation(double ratio, double score) {
        assertThat(ProgressScore.of(Status.LAGGING, ratio).getAsDouble()).isCloseTo(score, within(1e-9));
    }

    @Test
    void shouldScoreAnAchievedTargetFiveWhateverItsTrendAndABreachedLimitMinusFive() {
        assertThat(ProgressScore.of(Status.ACHIEVED, -3.0).getAsDouble()).isEqualTo(5);
        assertThat(ProgressScore.of(Status.ACHIEVED, null).getAsDouble()).isEqualTo(5);
        assertThat(ProgressScore.of(Status.BREACHED, 2.0).getAsDouble()).isEqualTo(-5);
    }

    @Test
    void shouldNeverScoreAMissedTargetAboveZero() {
        assertThat(ProgressScore.of(Status.MISSED, 0.99).getAsDouble()).isZero();
        assertThat(ProgressScore.of(Status.MISSED, 0.0).getAsDouble()).isCloseTo(-2.5, within(1e-9));
    }

    @Test
    void shouldLeaveOutWhatCannotBeJudgedRatherThanCountItAsZero() {
        for (Status s : List.of(Status.INSUFFICIENT_DATA, Status.AWAITING_QUOTA, Status.NOT_ASSESSABLE)) {
            assertThat(ProgressScore.of(s, 1.0)).as(s.name()).isEmpty();
        }
        assertThat(ProgressScore.mean(List.of())).isEmpty();
    }

    @Test
    void shouldScoreAClassShownWithoutARatioByTheClassNeverByANaN() {
        assertThat(ProgressScore.of(Status.ON_TRACK, null).getAsDouble()).isEqualTo(5); // a line held
        assertThat(ProgressScore.of(Status.ON_TRACK, Double.NaN).getAsDouble()).isEqualTo(5);
        assertThat(ProgressScore.of(Status.LAGGING, null).getAsDouble()).isEqualTo(1.25);
        assertThat(ProgressScore.of(Status.SEVERELY_LAGGING, Double.POSITIVE_INFINITY)
                        .getAsDouble())
                .isEqualTo(-1.25);
        assertThat(ProgressScore.of(Status.REGRESSING, null).getAsDouble()).isEqualTo(-3.75);
        assertThat(ProgressScore.of(Status.MISSED, null).getAsDouble()).isEqualTo(-1.25);
    }

    @Test
    void shouldNameAPlansMeanInOpenSdgsFourClasses() {
        assertThat(ProgressScore.describe(3.1)).startsWith("总体符合预期");
        assertThat(ProgressScore.describe(0)).startsWith("有进展但需加快");
        assertThat(ProgressScore.describe(-0.1)).startsWith("进展有限");
        assertThat(ProgressScore.describe(-2.6)).startsWith("总体逆向");
    }

    @Property
    void aBetterRatioNeverScoresWorseAndEveryScoreIsWithinFiveEitherSide(
            @ForAll @DoubleRange(min = -1e6, max = 1e6) double a,
            @ForAll @DoubleRange(min = -1e6, max = 1e6) double b) {
        double low = ProgressScore.of(Status.ON_TRACK, Math.min(a, b)).getAsDouble();
        double high = ProgressScore.of(Status.ON_TRACK, Math.max(a, b)).getAsDouble();
        assertThat(high).isGreaterThanOrEqualTo(low);
        assertThat(low).isBetween(ProgressScore.MIN, ProgressScore.MAX);
        assertThat(high).isBetween(ProgressScore.MIN, ProgressScore.MAX);
    }
}
