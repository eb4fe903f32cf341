package org.planwatch.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.planwatch.evaluation.Targets.target;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.planwatch.domain.Bound;
import org.planwatch.domain.Direction;
import org.planwatch.domain.Status;
import org.planwatch.domain.Target;
import org.planwatch.domain.TargetKind;

/**
 * Properties the method must have whatever the numbers, checked on 200 random targets each (a
 * fixed seed per case, so a failure names a case that can be run again).
 */
class ProgressPropertiesTest {
    private final Evaluator evaluator = ProgressEvaluator.withDefaults();

    static Stream<Long> seeds() {
        return IntStream.range(0, 200).mapToObj(i -> 20_261_130L + i);
    }

    /** gdp draws a compound path, share_of_something (not in the dictionary, in %) a straight one. */
    private static Target randomLevel(Random r, Direction direction) {
        boolean compound = r.nextBoolean();
        double base = 1 + r.nextDouble() * 999;
        double change = base * (0.05 + r.nextDouble() * 0.9);
        double goal = direction == Direction.HIGHER_IS_BETTER ? base + change : base - change;
        return target(
                        compound ? "gdp" : "share_of_something",
                        compound ? "亿元" : "%",
                        TargetKind.LEVEL,
                        Bound.EXACT,
                        direction)
                .base(2020, base)
                .target(2025, goal)
                .build();
    }

    /** The required path, worked independently of the evaluator. */
    private static double onPath(Target t, int year) {
        double share = (year - 2020) / 5.0;
        return t.indicator().equals("gdp")
                ? t.baseValue() * Math.pow(t.targetValue() / t.baseValue(), share)
                : t.baseValue() + share * (t.targetValue() - t.baseValue());
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void aReadingExactlyOnTheRequiredPathIsOnTrack(long seed) {
        Random r = new Random(seed);
        Target t = randomLevel(r, r.nextBoolean() ? Direction.HIGHER_IS_BETTER : Direction.LOWER_IS_BETTER);
        int year = 2021 + r.nextInt(4);
        Evaluation e = evaluator
                .evaluate(t, Evidence.of(Targets.single(year, onPath(t, year))))
                .orElseThrow();
        assertThat(e.status()).as("seed %d", seed).isEqualTo(Status.ON_TRACK);
        assertThat(e.progress()).isCloseTo(1.0, within(1e-6));
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void everyYearOnThePathIsOnTrackTrendIncluded(long seed) {
        Random r = new Random(seed);
        Target t = randomLevel(r, r.nextBoolean() ? Direction.HIGHER_IS_BETTER : Direction.LOWER_IS_BETTER);
        int year = 2023 + r.nextInt(2);
        List<Observation> figures = new ArrayList<>();
        for (int y = 2021; y <= year; y++) {
            figures.add(new Observation(y, onPath(t, y), "r" + y));
        }
        Evaluation e = evaluator.evaluate(t, Evidence.of(History.of(figures))).orElseThrow();
        assertThat(e.projected()).as("seed %d", seed).isNotNull();
        assertThat(e.status()).as("seed %d", seed).isEqualTo(Status.ON_TRACK);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void flippingTheDirectionFlipsBetterAndWorse(long seed) {
        // a rise from the base towards a higher goal is judged as the mirror fall towards a lower one
        Random r = new Random(seed);
        double base = 10 + r.nextDouble() * 50;
        double change = 1 + r.nextDouble() * 10;
        double reading = base + (r.nextDouble() * 2.4 - 0.6) * change * 0.4;
        Target up = target("share_of_something", "%", TargetKind.LEVEL, Bound.EXACT, Direction.HIGHER_IS_BETTER)
                .base(2020, base)
                .target(2025, base + change)
                .build();
        Target down = target("share_of_something", "%", TargetKind.LEVEL, Bound.EXACT, Direction.LOWER_IS_BETTER)
                .base(2020, base)
                .target(2025, base - change)
                .build();
        Evaluation rising = evaluator
                .evaluate(up, Evidence.of(Targets.single(2022, reading)))
                .orElseThrow();
        Evaluation falling = evaluator
                .evaluate(down, Evidence.of(Targets.single(2022, 2 * base - reading)))
                .orElseThrow();
        assertThat(falling.status()).as("seed %d", seed).isEqualTo(rising.status());
        assertThat(falling.progress()).isCloseTo(rising.progress(), within(1e-6));
        // and the same reading judged the other way round is better for one exactly when worse for the other
        Evaluation sameReadingDown = evaluator
                .evaluate(down, Evidence.of(Targets.single(2022, reading)))
                .orElseThrow();
        assertThat(Math.signum(sameReadingDown.progress())).isEqualTo(-Math.signum(rising.progress()));
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void aBetterReadingNeverGetsAWorseStatus(long seed) {
        Random r = new Random(seed);
        Direction direction = r.nextBoolean() ? Direction.HIGHER_IS_BETTER : Direction.LOWER_IS_BETTER;
        Target t = randomLevel(r, direction);
        int year = 2021 + r.nextInt(4);
        double a = onPath(t, year) * (0.5 + r.nextDouble());
        double b = onPath(t, year) * (0.5 + r.nextDouble());
        double better = direction == Direction.HIGHER_IS_BETTER ? Math.max(a, b) : Math.min(a, b);
        double worse = direction == Direction.HIGHER_IS_BETTER ? Math.min(a, b) : Math.max(a, b);
        Status forBetter = evaluator
                .evaluate(t, Evidence.of(Targets.single(year, better)))
                .orElseThrow()
                .status();
        Status forWorse = evaluator
                .evaluate(t, Evidence.of(Targets.single(year, worse)))
                .orElseThrow()
                .status();
        assertThat(rank(forBetter))
                .as("seed %d: %s vs %s", seed, forBetter, forWorse)
                .isGreaterThanOrEqualTo(rank(forWorse));
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void growingExactlyAtTheRequiredRateIsOnTrackAndThenAchieved(long seed) {
        Random r = new Random(seed);
        double g = Math.round((1 + r.nextDouble() * 11) * 10) / 10.0;
        Target t = target("gdp_growth", "%", TargetKind.ANNUAL_GROWTH, Bound.EXACT, Direction.HIGHER_IS_BETTER)
                .base(2020, null)
                .target(2025, g)
                .build();
        int year = 2021 + r.nextInt(5);
        double[] rates = new double[year - 2020];
        java.util.Arrays.fill(rates, g);
        Evaluation e =
                evaluator.evaluate(t, Evidence.of(Targets.history(2021, rates))).orElseThrow();
        assertThat(e.actual()).isCloseTo(g, within(1e-9));
        assertThat(e.status()).as("seed %d", seed).isEqualTo(year == 2025 ? Status.ACHIEVED : Status.ON_TRACK);
    }

    private static int rank(Status s) {
        return List.of(
                        Status.REGRESSING,
                        Status.SEVERELY_LAGGING,
                        Status.LAGGING,
                        Status.ON_TRACK,
                        Status.AHEAD,
                        Status.ACHIEVED)
                .indexOf(s);
    }
}
