package org.planwatch.evaluation;

/**
 * Floating-point noise taken out of a difference or a ratio before it is compared with a
 * threshold: 35.04 - 33 or 17.6 - 20 = -2.3999999999999986 must not decide a case at a boundary.
 * Rounded to 1e-9; a number too large to be rounded so (beyond 1e9, where a long would saturate and
 * change it) has no such noise to remove and is returned as it is, and so is a NaN or an infinity.
 */
final class Noise {
    private static final double ROUNDABLE = 1e9;

    private Noise() {}

    static double removed(double v) {
        return Math.abs(v) < ROUNDABLE ? Math.round(v * 1e9) / 1e9 : v;
    }
}
