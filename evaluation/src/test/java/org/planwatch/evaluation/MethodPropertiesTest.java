package org.planwatch.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.planwatch.domain.Attribute;
import org.planwatch.domain.Bound;
import org.planwatch.domain.Direction;
import org.planwatch.domain.Milestone;
import org.planwatch.domain.Status;
import org.planwatch.domain.Target;
import org.planwatch.domain.TargetKind;

/**
 * Properties of the method over random targets of every kind, bound, direction and path form, and
 * random figures that include zero, negative, tiny (1e-300, the least double) and huge (1e308)
 * values: nothing throws, no number or reason carries a NaN or an infinity, a better reading is
 * never judged worse, a series exactly on its path is on track.
 */
class MethodPropertiesTest {
    private static final Evaluator EVALUATOR = ProgressEvaluator.withDefaults();

    /** One indicator per path form: compound, straight (not in the dictionary, in %), growth, reduction, flow, yearly. */
    private static final List<String> INDICATORS = List.of(
            "gdp",
            "share_of_something",
            "district_soe_net_profit_growth",
            "co2_intensity_reduction",
            "new_construction_land",
            "life_expectancy",
            "cpi");

    private static Arbitrary<Double> figures() {
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(
                        3,
                        Arbitraries.of(
                                0.0,
                                -0.0,
                                1e-300,
                                -1e-300,
                                Double.MIN_VALUE,
                                1e308,
                                -1e308,
                                Double.MAX_VALUE,
                                -100.0,
                                -150.0,
                                100.0,
                                1.0)),
                net.jqwik.api.Tuple.of(5, Arbitraries.doubles().between(-200, 200)),
                net.jqwik.api.Tuple.of(2, Arbitraries.doubles().between(-1e15, 1e15)));
    }

    private static Arbitrary<History> histories() {
        return figures()
                .list()
                .ofSize(6)
                .flatMap(values -> Arbitraries.integers().between(0, 63).map(mask -> {
                    List<Observation> list = new ArrayList<>();
                    for (int i = 0; i < 6; i++) {
                        if ((mask & (1 << i)) != 0) {
                            list.add(new Observation(2020 + i, values.get(i), "r" + i));
                        }
                    }
                    return History.of(list);
                }));
    }

    @Provide
    Arbitrary<Target> anyTarget() {
        Arbitrary<Double> nullable = figures().injectNull(0.15);
        return Combinators.combine(
                        Arbitraries.of(TargetKind.class),
                        Arbitraries.of(Bound.class),
                        Arbitraries.of(Direction.class),
                        Arbitraries.of(INDICATORS),
                        nullable,
                        nullable,
                        nullable,
                        Arbitraries.of(Attribute.class))
                .as((kind, bound, direction, indicator, base, goal, milestone, attribute) -> Target.builder(
                                "p", "440703", indicator)
                        .names("指标", "indicator")
                        .unit(indicator.equals("gdp") ? "亿元" : "%")
                        .kind(kind, rangeOnlyWithEnds(bound, goal))
                        .direction(direction)
                        .attribute(attribute)
                        .base(base == null ? null : 2020, base)
                        .milestones(
                                milestone == null || base == null ? List.of() : List.of(new Milestone(2023, milestone)))
                        .target(2025, goal)
                        .targetUpper(rangeOnlyWithEnds(bound, goal) == Bound.RANGE ? upperOf(goal) : null)
                        .linkedTo(kind == TargetKind.LINKED ? "gdp_growth" : null)
                        .expression("低于全省平均水平")
                        .source("t:1")
                        .build());
    }

    @Provide
    Arbitrary<History> anyHistory() {
        return histories();
    }

    @Property(tries = 2000)
    void nothingThrowsAndNoNumberOrReasonIsNaNOrInfinite(
            @ForAll("anyTarget") Target t,
            @ForAll("anyHistory") History own,
            @ForAll("anyHistory") History linked,
            @ForAll("anyHistory") History average) {
        Optional<Evaluation> result = EVALUATOR.evaluate(t, new Evidence(own, linked, average));
        result.ifPresent(e -> {
            assertThat(Double.isFinite(e.actual())).as("actual %s", e.actual()).isTrue();
            for (Double v : new Double[] {e.expected(), e.projected(), e.progress()}) {
                assertThat(v == null || Double.isFinite(v)).as("%s in %s", v, e).isTrue();
            }
            assertThat(e.reason())
                    .doesNotContain("NaN")
                    .doesNotContain("Infinity")
                    .doesNotContain("∞");
        });
    }

    @Provide
    Arbitrary<Target> pathTarget() {
        return Combinators.combine(
                        Arbitraries.of(
                                TargetKind.LEVEL,
                                TargetKind.QUOTA,
                                TargetKind.CUMULATIVE_CHANGE,
                                TargetKind.RELATIVE_CHANGE),
                        Arbitraries.of(Bound.class),
                        Arbitraries.of(Direction.HIGHER_IS_BETTER, Direction.LOWER_IS_BETTER),
                        Arbitraries.of("gdp", "share_of_something", "life_expectancy"),
                        figures(),
                        figures(),
                        Arbitraries.of(Attribute.class))
                // a ceiling is set on what should fall, a floor on what should rise
                .filter((kind, bound, direction, indicator, base, goal, attribute) ->
                        bound != (direction == Direction.HIGHER_IS_BETTER ? Bound.AT_MOST : Bound.AT_LEAST))
                .as((kind, bound, direction, indicator, base, goal, attribute) -> Target.builder(
                                "p", "440703", indicator)
                        .names("指标", "indicator")
                        .unit(indicator.equals("gdp") ? "亿元" : "%")
                        .kind(kind, rangeOnlyWithEnds(bound, goal))
                        .direction(direction)
                        .attribute(attribute)
                        .base(2020, base)
                        .target(2025, goal)
                        .targetUpper(rangeOnlyWithEnds(bound, goal) == Bound.RANGE ? upperOf(goal) : null)
                        .source("t:1")
                        .build());
    }

    @Property(tries = 2000)
    void aBetterReadingIsNeverJudgedWorse(
            @ForAll("pathTarget") Target t,
            @ForAll @IntRange(min = 2021, max = 2025) int year,
            @ForAll("figure") double a,
            @ForAll("figure") double b) {
        int sign = t.direction().sign();
        double better = sign * (a - b) >= 0 ? a : b;
        double worse = better == a ? b : a;
        // both written to the same two decimals: a figure known to ±0.5 may stand closer to the path
        // than a better one known to ±0.005, which is the precision's doing, not the method's
        Status forBetter = EVALUATOR
                .evaluate(t, Evidence.of(written(year, better)))
                .orElseThrow()
                .status();
        Status forWorse = EVALUATOR
                .evaluate(t, Evidence.of(written(year, worse)))
                .orElseThrow()
                .status();
        if (rank(forBetter) >= 0 && rank(forWorse) >= 0) {
            assertThat(rank(forBetter))
                    .as("%s for %s, %s for %s, %s", forBetter, better, forWorse, worse, t)
                    .isGreaterThanOrEqualTo(rank(forWorse));
        }
    }

    @Provide
    Arbitrary<Double> figure() {
        return figures();
    }

    @Property(tries = 1000)
    void aSeriesExactlyOnItsPathIsOnTrack(
            @ForAll("pathTarget") Target drawn, @ForAll @IntRange(min = 2021, max = 2024) int year) {
        // a level whose base does not yet meet its goal, both positive and printed to two decimals (so
        // that 左右's printed precision is narrower than a year's step); every year since the base on the path
        double base = 100 + Math.round(Math.abs(drawn.baseValue()) % 1000 * 100) / 100.0;
        double change = base * (0.10 + (Math.abs(drawn.targetValue()) % 1000) / 1200);
        double goal = Math.round((base + drawn.direction().sign() * change) * 100) / 100.0;
        Target t = Target.builder("p", "440703", drawn.indicator())
                .names("指标", "indicator")
                .unit(drawn.unit())
                .kind(TargetKind.LEVEL, drawn.bound() == Bound.ABOUT ? Bound.ABOUT : Bound.EXACT)
                .direction(drawn.direction())
                .base(2020, base)
                .target(2025, goal)
                .source("t:1")
                .build();
        List<Observation> figures = new ArrayList<>();
        for (int y = 2021; y <= year; y++) {
            double share = (y - 2020) / 5.0;
            double onPath =
                    t.indicator().equals("gdp") ? base * Math.pow(goal / base, share) : base + share * (goal - base);
            figures.add(new Observation(y, onPath, "r" + y));
        }
        Evaluation e = EVALUATOR.evaluate(t, Evidence.of(History.of(figures))).orElseThrow();
        assertThat(e.status()).as("%s", e.reason()).isEqualTo(Status.ON_TRACK);
    }

    /** A price index target (a yearly figure) of any bound, direction and number. */
    @Provide
    Arbitrary<Target> yearlyTarget() {
        return Combinators.combine(
                        Arbitraries.of(Bound.class),
                        Arbitraries.of(Direction.HIGHER_IS_BETTER, Direction.LOWER_IS_BETTER),
                        figures(),
                        Arbitraries.of(Attribute.class))
                .as((bound, direction, goal, attribute) -> Target.builder("p", "440703", "cpi")
                        .names("居民消费价格指数", "cpi")
                        .unit("%")
                        .kind(TargetKind.LEVEL, rangeOnlyWithEnds(bound, goal))
                        .direction(direction)
                        .attribute(attribute)
                        .base(2020, 101.0)
                        .target(2025, goal)
                        .targetUpper(rangeOnlyWithEnds(bound, goal) == Bound.RANGE ? upperOf(goal) : null)
                        .source("t:1")
                        .build());
    }

    @Property(tries = 1000)
    void aYearlyFigureAtItsNumberEveryYearMeetsIt(
            @ForAll("yearlyTarget") Target t, @ForAll @IntRange(min = 2021, max = 2025) int year) {
        double aim = TargetBand.aimOf(t);
        List<Observation> figures = new ArrayList<>();
        for (int y = 2021; y <= year; y++) {
            figures.add(new Observation(y, aim, "r" + y));
        }
        Evaluation e = EVALUATOR.evaluate(t, Evidence.of(History.of(figures))).orElseThrow();
        assertThat(e.status()).as("%s", e.reason()).isEqualTo(year == 2025 ? Status.ACHIEVED : Status.ON_TRACK);
    }

    /** A drawn range needs two finite ends: where the goal leaves none above it, the number alone. */
    static Bound rangeOnlyWithEnds(Bound bound, Double goal) {
        return bound == Bound.RANGE && (goal == null || !Double.isFinite(upperOf(goal))) ? Bound.EXACT : bound;
    }

    /** The high end of a drawn range: a tenth of the goal above it, at least 1 (5 → 6, 80 → 88). */
    static double upperOf(double goal) {
        double upper = goal + Math.max(1, Math.abs(goal) * 0.1);
        return upper > goal ? upper : Double.NaN;
    }

    private static History written(int year, double value) {
        return History.of(List.of(new Observation(year, value, "r", 2)));
    }

    /** Worst to best; -1 for a status that says nothing about better or worse. */
    private static int rank(Status s) {
        return switch (s) {
            case BREACHED, MISSED -> 0;
            case REGRESSING -> 1;
            case SEVERELY_LAGGING -> 2;
            case LAGGING -> 3;
            case ON_TRACK -> 4;
            case AHEAD -> 5;
            case ACHIEVED -> 6;
            default -> -1;
        };
    }
}
