package org.planwatch.report;

import java.math.BigDecimal;
import java.math.MathContext;

/** How every format prints a number: at most six significant digits, no trailing zeros, never 1E+3. */
final class Figures {
    private Figures() {}

    static String text(double v) {
        return BigDecimal.valueOf(v)
                .round(new MathContext(6))
                .stripTrailingZeros()
                .toPlainString();
    }

    /** A cell's text: numbers as {@link #text(double)}, absent ones as —. */
    static String text(Object cell) {
        if (cell == null) {
            return "—";
        }
        if (cell instanceof Double d) {
            return text(d.doubleValue());
        }
        return cell.toString();
    }
}
