package org.planwatch.domain;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/** How a computed figure (a reading, a path value, a projection) is written wherever a person reads it. */
public final class Figures {
    private static final MathContext THREE_DIGITS = new MathContext(3);

    private Figures() {}

    /**
     * A figure as a reader wants it: two decimals at most (5.47, 1176.22, 6.43), three significant
     * digits below 1 (0.057), no trailing zeros; computed figures carry no false precision.
     */
    public static String forReader(double v) {
        if (!Double.isFinite(v)) {
            return "—";
        }
        if (Math.abs(v) >= 1 && Math.abs(v) < FAST_LIMIT) {
            // every reason prints several figures, and BigDecimal was a quarter of an evaluation's
            // time: in cents, unless the figure lies so near a half cent that only its decimal
            // form can say which way it rounds (2.675 is 267.49999… cents as a double)
            double cents = v * 100;
            long rounded = Math.round(cents);
            if (Math.abs(Math.abs(cents - rounded) - 0.5) > HALF_CENT_MARGIN) {
                return cents(rounded);
            }
        }
        return exact(v);
    }

    /** Below this the cents of a figure are a double to far better than the margin. */
    private static final double FAST_LIMIT = 1e9;

    private static final double HALF_CENT_MARGIN = 1e-3;

    /** A whole number of cents written as {@link #exact} writes it: no trailing zeros. */
    private static String cents(long cents) {
        long units = Math.abs(cents) / 100;
        int rest = (int) (Math.abs(cents) % 100);
        String sign = cents < 0 ? "-" : "";
        if (rest == 0) {
            return sign + units;
        }
        return sign + units + "."
                + (rest % 10 == 0 ? String.valueOf(rest / 10) : rest < 10 ? "0" + rest : String.valueOf(rest));
    }

    /** The figure's decimal form (the shortest that reads back as it), rounded half up. */
    static String exact(double v) {
        BigDecimal d = BigDecimal.valueOf(v);
        BigDecimal shown = Math.abs(v) >= 1 ? d.setScale(2, RoundingMode.HALF_UP) : d.round(THREE_DIGITS);
        return shown.stripTrailingZeros().toPlainString();
    }
}
