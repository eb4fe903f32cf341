package org.planwatch.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * What a reading must be before it is judged: of an indicator and a region the dictionaries know
 * (or, for an indicator an import generated, that a target names),
 * in one of the units the indicator is printed in (when the feed states one), a finite number,
 * and one the indicator can take (a share within 0..100, a count not negative).
 * The streams job and the offline {@code evaluate} command refuse the same readings for the same
 * reasons.
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
     * The refusal of a reading, or empty when it may be judged. An indicator the dictionary lacks
     * (one an import generated, {@code x_…}) is known from the targets of it: {@code targets},
     * asked only then, gives those the caller holds ({@link IndicatorDictionary#ofTargets}).
     */
    public Optional<Refusal> check(
            String region,
            String indicator,
            String unit,
            double value,
            Supplier<? extends Collection<Target>> targets) {
        Optional<Indicator> known =
                indicators.code(indicator).or(() -> IndicatorDictionary.ofTargets(indicator, targets.get()));
        if (known.isEmpty()) {
            return refuse(
                    UNKNOWN_INDICATOR,
                    "indicator '" + indicator + "' is not in the indicator dictionary nor named by a target");
        }
        if (regions.code(region).isEmpty()) {
            return refuse(UNKNOWN_REGION, "region '" + region + "' is not in the region dictionary");
        }
        if (unit != null && !unit.isBlank() && !known.get().printsIn(unit)) {
            return refuse(
                    WRONG_UNIT,
                    "unit '" + unit + "' is not a unit of " + indicator + " ("
                            + String.join(", ", known.get().units()) + ")");
        }
        if (!Double.isFinite(value)) {
            return refuse(NOT_FINITE, "value " + value + " is not a finite number");
        }
        if (!known.get().range().contains(value)) {
            return refuse(
                    OUT_OF_RANGE,
                    "value " + value + " is outside what " + indicator + " can be ("
                            + known.get().range() + ")");
        }
        return Optional.empty();
    }

    private static Optional<Refusal> refuse(String reason, String detail) {
        return Optional.of(new Refusal(reason, detail));
    }
}
