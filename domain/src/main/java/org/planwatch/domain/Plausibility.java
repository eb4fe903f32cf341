package org.planwatch.domain;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * What a finite figure of an indicator can plausibly be beyond its dictionary range: the growth of
 * a quantity that cannot be negative cannot fall below -100% (GDP does not shrink by more than all
 * of itself, while a profit may turn into a loss), nor to -100% (GDP at zero, from which no later
 * growth can be measured), and no figure PlanWatch reads comes near 10^15 in its unit (China's GDP is about
 * 1.3·10^14 元), so a larger one is a feed's error that would overflow the evaluation into NaN.
 */
final class Plausibility {
    /** Above any real figure of any indicator in any of its units. */
    static final double MAX_MAGNITUDE = 1e15;

    private Plausibility() {}

    /**
     * Why {@code value} cannot be a figure of {@code indicator}, or empty when it can; {@code base}
     * is the indicator a growth rate is the growth of, when the dictionary knows it.
     */
    static Optional<String> problem(Indicator indicator, Optional<Indicator> base, double value) {
        if (Math.abs(value) > MAX_MAGNITUDE) {
            return Optional.of("value " + value + " is beyond any real figure of " + indicator.code() + " (at most "
                    + plain(MAX_MAGNITUDE) + " in magnitude)");
        }
        boolean neverNegative =
                base.map(b -> b.range().min() != null && b.range().min() >= 0).orElse(false);
        if (neverNegative && value < -100) {
            return Optional.of(
                    "growth " + plain(value) + "% is below -100% (" + base.get().code() + " cannot be negative)");
        }
        if (neverNegative && value == -100) {
            // nothing left: every later year's growth would be measured from zero, and the target stays unjudged
            return Optional.of("growth -100% would leave " + base.get().code()
                    + " at zero, from which no later growth can be measured");
        }
        return Optional.empty();
    }

    private static String plain(double v) {
        return BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }
}
