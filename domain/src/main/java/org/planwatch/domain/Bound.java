package org.planwatch.domain;

/** How a target's number binds: exactly, about, at least or at most. */
public enum Bound {
    /** The number itself: {@code 8}, {@code [0.2]}. */
    EXACT,
    /** About the number, within a tolerance: {@code 6 左右}. */
    ABOUT,
    /** The number or more: {@code ≥90}, {@code >85}, {@code 11.1以上}, {@code 不低于15%}. */
    AT_LEAST,
    /** The number or less: {@code ≤14.5}, {@code <10}, {@code 控制在 3.0 以内}. */
    AT_MOST
}
