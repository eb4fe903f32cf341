package org.planwatch.evaluation;

import java.math.BigDecimal;
import org.planwatch.domain.Bound;

/**
 * How close to a target counts as meeting it. A figure printed as 6.15 is known to half a unit of
 * its last digit (±0.005). 左右 ("about") is met by anything that rounds to the target at the
 * precision it is printed, or lies within 1% of it, whichever is wider: "6 左右" from 5.5,
 * "650家左右" from 643.5, "40.5 左右" from 40.095. A band (CPI 103) gets the printed precision; a
 * floor or a ceiling gets none: it is met or not.
 */
public record Tolerance(double aboutShare) {
    /** 1% of the target for 左右. */
    public static final Tolerance DEFAULT = new Tolerance(0.01);

    /** Half a unit of the last digit of {@code printed}: 0.5 for 9, 0.005 for 6.15. */
    public static double precision(double printed) {
        if (!Double.isFinite(printed)) {
            return 0;
        }
        int scale = Math.max(0, BigDecimal.valueOf(printed).stripTrailingZeros().scale());
        return 0.5 * Math.pow(10, -scale);
    }

    /** The distance from {@code goal} within which an outcome on the wrong side still meets it. */
    public double around(double goal, Bound bound, boolean band) {
        if (bound == Bound.ABOUT) {
            return Math.max(precision(goal), aboutShare * Math.abs(goal));
        }
        return band && bound == Bound.EXACT ? precision(goal) : 0;
    }
}
