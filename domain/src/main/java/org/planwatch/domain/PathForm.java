package org.planwatch.domain;

import java.util.Locale;

/**
 * How an indicator's figures move towards a target, and so how its required path is drawn and its
 * figures are added up over a plan period. Chosen per indicator in the dictionary.
 */
public enum PathForm {
    /** Quantities that grow geometrically (output, counts, income): a constant growth rate from base to target. */
    COMPOUND,
    /** Shares, rates and ratios, in points: equal steps from base to target. */
    LINEAR,
    /** A yearly growth rate in %: the years chain into an index, (1 + g₁)(1 + g₂)… */
    GROWTH,
    /** A yearly reduction rate in %: the years chain into an index, (1 − r₁)(1 − r₂)… */
    REDUCTION,
    /** A yearly amount (new jobs, land newly built on): a period's total is the sum of its years. */
    FLOW,
    /**
     * A figure of one year on the year before (a price index, previous year = 100): it draws no path
     * from the base and adds up to nothing, so the target holds in each year on that year's figure.
     */
    YEARLY;

    /** {@code compound}, {@code linear}, {@code growth}, {@code reduction}, {@code flow} or {@code yearly}. */
    public static PathForm of(String text) {
        try {
            return valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(
                    "path '" + text + "' is not one of compound, linear, growth, reduction, flow, yearly");
        }
    }

    /** Whether a figure is a rate of change for one year, chained over a period. */
    public boolean chained() {
        return this == GROWTH || this == REDUCTION;
    }
}
