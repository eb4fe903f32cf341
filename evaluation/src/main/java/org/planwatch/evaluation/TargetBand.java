package org.planwatch.evaluation;

import org.planwatch.domain.Bound;
import org.planwatch.domain.Direction;
import org.planwatch.domain.Target;

/**
 * What a target's number allows, in the terms the target is set in (a level, an average growth, a
 * change): the figures from {@code aim - below} to {@code aim + above}, both included, a side
 * infinite for a floor or a ceiling. It turns every bound into numbers in one place: 左右 and a
 * band's precision by {@link Tolerance}, a range by its two printed ends.
 *
 * @param aim the figure a path is drawn to: the number itself, or the end of a range that meets it
 *     with least change (the low end of a growth range, the high end of one a fall is good for),
 *     or the middle of a range with no better direction
 * @param below how far under {@code aim} the band reaches
 * @param above how far over {@code aim} the band reaches
 */
record TargetBand(Bound bound, Direction direction, double aim, double below, double above) {

    /** Where a figure stands against the band. */
    enum Side {
        BELOW,
        WITHIN,
        ABOVE
    }

    /**
     * The band of {@code t}; its number must be known. A yearly index ({@link
     * org.planwatch.domain.PathForm#YEARLY}, a price index of the previous year) is a rate whatever
     * unit its plan prints, and its bare number is 左右.
     */
    static TargetBand of(Target t, Tolerance tolerance, boolean yearlyIndex) {
        double goal = t.targetValue();
        boolean banded = t.direction() == Direction.BAND;
        double infinity = Double.POSITIVE_INFINITY;
        return switch (t.bound()) {
            case AT_LEAST -> new TargetBand(t.bound(), t.direction(), goal, 0, infinity);
            case AT_MOST -> new TargetBand(t.bound(), t.direction(), goal, infinity, 0);
            case EXACT ->
                around(t, goal, yearlyIndex ? Tolerance.aboutARate(goal) : banded ? Tolerance.precision(goal) : 0);
            case ABOUT -> around(t, goal, yearlyIndex ? Tolerance.aboutARate(goal) : tolerance.about(t, goal));
            case RANGE -> {
                double aim = aimOf(t);
                yield new TargetBand(t.bound(), t.direction(), aim, aim - goal, t.targetUpper() - aim);
            }
        };
    }

    /** The figure a path toward {@code t} is drawn to. */
    static double aimOf(Target t) {
        if (t.bound() != Bound.RANGE) {
            return t.targetValue();
        }
        return switch (t.direction()) {
            case HIGHER_IS_BETTER -> t.targetValue();
            case LOWER_IS_BETTER -> t.targetUpper();
            case BAND -> (t.targetValue() + t.targetUpper()) / 2;
        };
    }

    private static TargetBand around(Target t, double goal, double width) {
        return new TargetBand(t.bound(), t.direction(), goal, width, width);
    }

    double low() {
        return aim - below;
    }

    double high() {
        return aim + above;
    }

    /**
     * How far from {@code aim}, on the worse side, a figure still meets the target: 左右's
     * half-width, a band's precision, half a banded range; 0 for a floor, a ceiling, a directed range.
     */
    double allowance() {
        if (bound == Bound.AT_LEAST || bound == Bound.AT_MOST) {
            return 0;
        }
        return direction == Direction.HIGHER_IS_BETTER
                ? below
                : direction == Direction.LOWER_IS_BETTER ? above : Math.min(below, above);
    }

    /**
     * Below, within or above, floating-point noise aside (35.04 - 33 must not decide a boundary
     * case): the noise is taken out of the distance to each end, since the ends carry noise of their
     * own (the low end of -0.04..-0.03 is -0.035 - 0.0049999999999999975).
     */
    Side sideOf(double value) {
        if (Noise.removed(value - low()) < 0) {
            return Side.BELOW;
        }
        if (Noise.removed(value - high()) > 0) {
            return Side.ABOVE;
        }
        return Side.WITHIN;
    }

    /**
     * Met: within the band, or beyond it on the side a better figure lies (more growth than a
     * growth range asks). A floor or a ceiling is met only within it, and a target with no better
     * direction only within its band, whichever side it leaves by.
     */
    boolean meets(double value) {
        Side side = sideOf(value);
        if (side == Side.WITHIN) {
            return true;
        }
        if (bound == Bound.AT_LEAST || bound == Bound.AT_MOST || direction == Direction.BAND) {
            return false;
        }
        return side == (direction == Direction.HIGHER_IS_BETTER ? Side.ABOVE : Side.BELOW);
    }
}
