package org.planwatch.runtime;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How a person writes a duration, on the command line, in the environment or in a settings file:
 * with a unit ({@code 30s}, {@code 500ms}, {@code 5m}, {@code 2h}) or as ISO-8601 ({@code PT30S},
 * {@code PT0.03S}). One rule, so that a value that works in one place works in all.
 */
public final class Durations {
    private static final Pattern WITH_UNIT = Pattern.compile("(\\d+)\\s*(ms|s|m|h)");

    private Durations() {}

    /**
     * The duration {@code value} writes, longer than zero: every wait, interval and timeout
     * PlanWatch takes, from the command line or a settings source alike.
     *
     * @throws IllegalArgumentException as {@link #parse}, or {@code '0s' is not a time longer than zero}
     */
    public static Duration parsePositive(String value) {
        Duration d = parse(value);
        if (d.isZero()) {
            throw new IllegalArgumentException("'" + value + "' is not a time longer than zero");
        }
        return d;
    }

    /**
     * The duration {@code value} writes, not negative.
     *
     * @throws IllegalArgumentException with a sentence for people: what is wrong and how to write it
     */
    public static Duration parse(String value) {
        Duration d;
        try {
            d = read(value)
                    .orElseThrow(() -> new IllegalArgumentException(
                            "'" + value + "' is not a duration: write it as 30s, 500ms, 5m or PT30S"));
        } catch (ArithmeticException | NumberFormatException e) {
            throw new IllegalArgumentException("'" + value + "' is longer than any duration this can wait");
        }
        if (d.isNegative()) {
            throw new IllegalArgumentException(
                    "'" + value + "' is negative: give a time to wait, such as 30s or PT30S");
        }
        return d;
    }

    private static Optional<Duration> read(String value) {
        String v = value.strip().toLowerCase(Locale.ROOT);
        Matcher m = WITH_UNIT.matcher(v);
        if (m.matches()) {
            long n = Long.parseLong(m.group(1));
            return Optional.of(
                    switch (m.group(2)) {
                        case "ms" -> Duration.ofMillis(n);
                        case "s" -> Duration.ofSeconds(n);
                        case "m" -> Duration.ofMinutes(n);
                        default -> Duration.ofHours(n);
                    });
        }
        try {
            return Optional.of(Duration.parse(value.strip().toUpperCase(Locale.ROOT)));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
