package org.planwatch.domain;

/** How a target's number binds: exactly, about, at least, at most, or between it and an upper end. */
public enum Bound {
    /** The number itself: {@code 8}, {@code [0.2]}. */
    EXACT,
    /** About the number, within a tolerance: {@code 6 左右}. */
    ABOUT,
    /** The number or more: {@code ≥90}, {@code >85}, {@code 11.1以上}, {@code 不低于15%}. */
    AT_LEAST,
    /** The number or less: {@code ≤14.5}, {@code <10}, {@code 控制在 3.0 以内}. */
    AT_MOST,
    /**
     * From the number to the target's upper end, both included: {@code 5—5.5%}, {@code 4.5%至5%}.
     * Within is met; beyond the end a better figure lies on is met too (a rise above a growth range
     * is more than asked), beyond the other end is not; with no better direction, both ends bind.
     */
    RANGE
}
