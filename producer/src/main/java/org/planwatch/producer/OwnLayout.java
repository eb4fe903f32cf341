package org.planwatch.producer;

import java.util.List;
import java.util.Map;
import org.planwatch.domain.ReadingCheck;

/**
 * PlanWatch's own fields, as CSV columns or JSON Lines members: {@code region, indicator, year,
 * value}, and optionally {@code unit}, {@code vintage}, {@code status}.
 */
final class OwnLayout {
    static final List<String> REQUIRED = List.of("region", "indicator", "year", "value");

    private OwnLayout() {}

    /** The reading a row's fields give; an IllegalArgumentException says what is wrong with them. */
    static RawReading reading(Map<String, String> fields, String location, String row) {
        String unit = fields.get("unit");
        return new RawReading(
                text(fields, "region"),
                text(fields, "indicator"),
                year(text(fields, "year")),
                number(text(fields, "value"), "value"),
                unit == null || unit.isBlank() ? null : unit.strip(),
                0,
                vintage(fields.get("vintage")),
                Revisions.of(fields.get("status")),
                location,
                row,
                decimals(text(fields, "value")));
    }

    /** The decimals a number is written with: 1 for "62.0", 0 for "62" or "6.2e1"; null for text that is no decimal. */
    static Integer decimals(String text) {
        try {
            return Math.max(0, new java.math.BigDecimal(text.strip()).scale());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    static int year(String text) {
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("year '" + text + "' is not a whole number");
        }
    }

    static double number(String text, String what) {
        double value;
        try {
            value = Double.parseDouble(text.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(what + " '" + text + "' is not a number");
        }
        if (!Double.isFinite(value)) {
            throw new NotFinite(what + " '" + text + "' is not finite");
        }
        return value;
    }

    /** NaN or an infinity written in a feed: refused under the same code as the job refuses it. */
    static final class NotFinite extends IllegalArgumentException {
        NotFinite(String message) {
            super(message);
        }
    }

    /** The reason code of a row {@link #reading} could not read: {@code not-finite}, else {@code unreadable}. */
    static String reasonOf(IllegalArgumentException e) {
        return e instanceof NotFinite ? ReadingCheck.NOT_FINITE : Rejection.UNREADABLE;
    }

    private static int vintage(String text) {
        if (text == null || text.isBlank()) {
            return 0;
        }
        int vintage;
        try {
            vintage = Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("vintage '" + text + "' is not a whole number");
        }
        if (vintage < 0) {
            throw new IllegalArgumentException("vintage " + vintage + " is negative");
        }
        return vintage;
    }

    static String text(Map<String, String> row, String column) {
        String value = row.get(column);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("column " + column + " is empty");
        }
        return value.strip();
    }
}
