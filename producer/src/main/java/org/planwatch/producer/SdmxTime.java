package org.planwatch.producer;

import java.util.regex.Pattern;

/** SDMX's ways of writing a year and a unit multiplier. */
final class SdmxTime {
    /** {@code 2022}, {@code 2022-A}, {@code 2022-A1}, {@code 2022-01-01/P1Y}: compiled once, a large message asks per row. */
    private static final Pattern YEAR = Pattern.compile("\\d{4}(-A1?|-01-01/P1Y)?");

    private SdmxTime() {}

    /** {@code 2022}, {@code 2022-A1} or {@code 2022-01-01/P1Y}: the year; a quarter or a month is refused. */
    static int year(String period) {
        String p = period.strip();
        if (YEAR.matcher(p).matches()) {
            return Integer.parseInt(p.substring(0, 4));
        }
        throw new IllegalArgumentException("TIME_PERIOD '" + period + "' is not a year");
    }

    /** A power of ten: {@code 0}, {@code 3}, {@code 6}... (a mapping turns coded multipliers into these). */
    static int unitMultiplier(String text, FeedMapping mapping) {
        // SDMX's own codes are the powers themselves; a feed's words for them come through the mapping
        String code = mapping.map("unit_mult", text.strip())
                .or(() -> text.strip().matches("-?\\d+")
                        ? java.util.Optional.of(text.strip())
                        : java.util.Optional.empty())
                .orElseThrow(() -> new IllegalArgumentException("UNIT_MULT '" + text + "' is not in the mapping"));
        try {
            return Integer.parseInt(code);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(
                    "UNIT_MULT '" + text + "' is not a power of ten (map it to one in the mapping file)");
        }
    }
}
