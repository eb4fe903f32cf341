package org.planwatch.report;

import org.planwatch.domain.TargetWording;

/** How every format prints a number: at most six significant digits, no trailing zeros, never 1E+3. */
final class Figures {
    private Figures() {}

    static String text(double v) {
        return TargetWording.number(v);
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
