package org.planwatch.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * What a reading must be before it is judged: of an indicator and a region the dictionaries know
 * (or, for an indicator an import generated, that a target names),
 * in one of the units the indicator is printed in (when the feed states one), a finite number,
 * one the indicator can take (a share within 0..100, a count not negative), a plausible one
 * ({@link Plausibility}: no growth below -100% of what cannot be negative, no absurd magnitude), and, when the region has
 * targets of the indicator, of a year one of them covers. This is the one admission rule: the
 * producer's {@code FeedValidator}, the streams job and the offline {@code evaluate} command call
 * it, and so refuse the same readings for the same reasons.
 */
public final class ReadingCheck {
    /** Reason code: the indicator is not in the indicator dictionary. */
    public static final String UNKNOWN_INDICATOR = "unknown-indicator";
    /** Reason code: the region is not in the region dictionary. */
    public static final String UNKNOWN_REGION = "unknown-region";
    /** Reason code: the feed states a unit the indicator is never printed in. */
    public static final String WRONG_UNIT = "wrong-unit";
    /** Reason code: NaN or infinite. */
    public static final String NOT_FINITE = "not-finite";
    /** Reason code: a value the indicator cannot take (a share above 100, a negative count). */
    public static final String OUT_OF_RANGE = "out-of-range";
    /** Reason code: a value no real figure has (a growth below -100%, 1e308 enterprises). */
    public static final String IMPLAUSIBLE = "implausible";
    /** Reason code: the region has targets of the indicator, and none covers the reading's year. */
    public static final String YEAR_OUTSIDE_PLANS = "year-outside-plans";
    /** Every reason code this check gives, for counters that show a zero before the first refusal. */
    public static final List<String> REASONS = List.of(
            UNKNOWN_INDICATOR, UNKNOWN_REGION, WRONG_UNIT, NOT_FINITE, OUT_OF_RANGE, IMPLAUSIBLE, YEAR_OUTSIDE_PLANS);

    /** Why a reading is refused: a stable code for counters and headers, and a sentence for people. */
    public record Refusal(String reason, String detail) {}

    private final IndicatorDictionary indicators;
    private final RegionDictionary regions;

    public ReadingCheck(IndicatorDictionary indicators, RegionDictionary regions) {
        this.indicators = indicators;
        this.regions = regions;
    }

    /** The refusal of a reading, or empty when it may be judged. */
    public Optional<Refusal> check(String region, String indicator, String unit, double value) {
        return check(region, indicator, unit, value, List::of);
    }

    /**
     * The refusal of a reading, or empty when it may be judged, without the year rule (for a
     * caller that has no targets at hand). An indicator the dictionary lacks (one an import
     * generated, {@code x_…}) is known from the targets of it: {@code targets}, asked only then,
     * gives those the caller holds ({@link IndicatorDictionary#ofTargets}).
     */
    public Optional<Refusal> check(
            String region,
            String indicator,
            String unit,
            double value,
            Supplier<? extends Collection<Target>> targets) {
        return check(region, indicator, unit, null, value, targets);
    }

    /**
     * The refusal of a reading of {@code year}, or empty when it may be judged. {@code targets}
     * gives the targets the caller holds for the reading's region and indicator (others among
     * them are ignored): they make a generated indicator known and say which years a plan covers.
     * With none of the region's own, any year passes: a target may come later.
     */
    public Optional<Refusal> check(
            String region,
            String indicator,
            String unit,
            Integer year,
            double value,
            Supplier<? extends Collection<Target>> targets) {
        Optional<Indicator> known = known(indicator, targets);
        Optional<Refusal> codes = codes(region, indicator, known);
        if (codes.isPresent()) {
            return codes;
        }
        // the unit of the region's own target too (亿斤 where the dictionary counts grain in 万吨): the
        // producer brings a reading into it, and the target is judged in it
        if (unit != null
                && !unit.isBlank()
                && !known.get().printsIn(unit)
                && targets.get().stream()
                        .noneMatch(t -> t.indicator().equals(indicator)
                                && t.region().equals(region)
                                && unit.strip().equals(t.unit()))) {
            return refuse(
                    WRONG_UNIT,
                    "unit '" + unit + "' is not a unit of " + indicator + " ("
                            + String.join(", ", known.get().units()) + ")");
        }
        if (!Double.isFinite(value)) {
            return refuse(NOT_FINITE, "value " + value + " is not a finite number");
        }
        // a figure in a multiple of the indicator's unit (亿斤 for 万吨) is judged as the same figure in its own
        double own = unit == null || unit.isBlank() || known.get().printsIn(unit)
                ? value
                : value * UnitScale.factor(unit, known.get().unit()).orElse(1);
        if (!known.get().range().contains(own)) {
            return refuse(
                    OUT_OF_RANGE,
                    "value " + value + " is outside what " + indicator + " can be ("
                            + known.get().range() + ")");
        }
        Optional<Indicator> base =
                known.get().isGrowthRate() ? indicators.code(known.get().growthOf()) : Optional.empty();
        Optional<String> implausible = Plausibility.problem(known.get(), base, own);
        if (implausible.isPresent()) {
            return refuse(IMPLAUSIBLE, implausible.get());
        }
        return year == null ? Optional.empty() : planYear(region, indicator, year, targets);
    }

    /**
     * The refusal of a bureau's withdrawal of a year's figure, or empty when it may be applied:
     * the rules of its codes and year, since it has no value or unit to check.
     */
    public Optional<Refusal> checkWithdrawal(
            String region, String indicator, int year, Supplier<? extends Collection<Target>> targets) {
        Optional<Indicator> known = known(indicator, targets);
        return codes(region, indicator, known).or(() -> planYear(region, indicator, year, targets));
    }

    /** The dictionary's indicator, or for one an import generated, the one its targets name. */
    private Optional<Indicator> known(String indicator, Supplier<? extends Collection<Target>> targets) {
        return indicators.code(indicator).or(() -> IndicatorDictionary.ofTargets(indicator, targets.get()));
    }

    private Optional<Refusal> codes(String region, String indicator, Optional<Indicator> known) {
        if (known.isEmpty()) {
            return refuse(
                    UNKNOWN_INDICATOR,
                    "indicator '" + indicator + "' is not in the indicator dictionary nor named by a target");
        }
        if (regions.code(region).isEmpty()) {
            return refuse(UNKNOWN_REGION, "region '" + region + "' is not in the region dictionary");
        }
        return Optional.empty();
    }

    private static Optional<Refusal> planYear(
            String region, String indicator, int year, Supplier<? extends Collection<Target>> targets) {
        // a plain loop: asked for every reading the job reads
        boolean own = false;
        for (Target t : targets.get()) {
            if (t.region().equals(region) && t.indicator().equals(indicator)) {
                if (t.covers(year)) {
                    return Optional.empty();
                }
                own = true;
            }
        }
        return own
                ? refuse(YEAR_OUTSIDE_PLANS, "no plan period covers " + year + " for " + region + "|" + indicator)
                : Optional.empty();
    }

    private static Optional<Refusal> refuse(String reason, String detail) {
        return Optional.of(new Refusal(reason, detail));
    }
}
