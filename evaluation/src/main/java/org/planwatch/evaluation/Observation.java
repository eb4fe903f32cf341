package org.planwatch.evaluation;

import java.math.BigDecimal;

/**
 * One year's figure of an indicator in a region: the latest vintage the pipeline holds.
 *
 * @param readingId the reading it came from, so that a result can say which readings it used
 * @param decimals the decimals the figure was written with ("62.0" has one, "3.30" two); null when
 *     only the number is known, and then its shortest printing stands in (3.30 reads as 3.3)
 */
public record Observation(int year, double value, String readingId, Integer decimals) {

    /** A figure whose written form is not known. */
    public Observation(int year, double value, String readingId) {
        this(year, value, readingId, null);
    }

    /** A figure as written: {@code "62.0"} keeps its one decimal. */
    public static Observation written(int year, String text, String readingId) {
        BigDecimal d = new BigDecimal(text.strip());
        return new Observation(year, d.doubleValue(), readingId, Math.max(0, d.scale()));
    }

    /** Half a unit of the last digit as written: ±0.05 for "62.0", ±0.005 for "3.30". */
    public double precision() {
        return decimals == null ? Tolerance.precision(value) : 0.5 * Math.pow(10, -decimals);
    }
}
