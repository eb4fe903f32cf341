package org.planwatch.app;

import java.time.Duration;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * The option values with a meaning beyond their Java type, checked while the command line is
 * parsed, so that a wrong one is a usage error (exit 64) with one line saying what is allowed,
 * never a stack trace from deep inside a server or a Kafka client.
 */
public final class OptionValues {
    private OptionValues() {}

    /** A TCP port, 0 to 65535 (0: any free one). */
    public static final class Port implements ITypeConverter<Integer> {
        @Override
        public Integer convert(String value) {
            return between(value, "port", 0, 65_535);
        }
    }

    /** A calendar year a plan or report may speak in: 1949 to 2100. */
    public static final class PlanYear implements ITypeConverter<Integer> {
        @Override
        public Integer convert(String value) {
            return between(value, "year", 1949, 2100);
        }
    }

    /** A whole number from {@code min} to {@code max}: "port 70000 is not between 0 and 65535". */
    private static int between(String value, String noun, int min, int max) {
        int n = whole(value, "a " + noun);
        if (n < min || n > max) {
            throw new TypeConversionException(noun + " " + n + " is not between " + min + " and " + max);
        }
        return n;
    }

    /** A count of at least one (stream threads). */
    public static final class AtLeastOne implements ITypeConverter<Integer> {
        @Override
        public Integer convert(String value) {
            int n = whole(value, "a count");
            if (n < 1) {
                throw new TypeConversionException(n + " is fewer than one: at least one is needed");
            }
            return n;
        }
    }

    /** A group session timeout: the broker refuses less than 6 s (group.min.session.timeout.ms). */
    public static final class SessionTimeout implements ITypeConverter<Duration> {
        @Override
        public Duration convert(String value) {
            Duration d = duration(value);
            org.planwatch.runtime.SettingChecks.sessionTimeoutProblem(d).ifPresent(why -> {
                throw new TypeConversionException(value + " " + why);
            });
            return d;
        }
    }

    /** A duration longer than zero, as ISO-8601 (PT30S) or with a unit (30s, 500ms, 5m, 2h). */
    public static final class AnyDuration implements ITypeConverter<Duration> {
        @Override
        public Duration convert(String value) {
            return duration(value);
        }
    }

    /**
     * A folder a deployable writes to, made if missing; one it cannot make or write is said before
     * anything starts, as {@code cannot} (what it cannot do there) and {@code advice}.
     */
    static void writableFolder(java.nio.file.Path dir, String cannot, String advice) {
        try {
            org.planwatch.runtime.WritableFolder.require(dir, cannot, advice);
        } catch (org.planwatch.runtime.SettingsException e) {
            throw new UsageProblem(e.getMessage());
        }
    }

    static Duration duration(String value) {
        try {
            return org.planwatch.runtime.Durations.parsePositive(value);
        } catch (IllegalArgumentException e) {
            throw new TypeConversionException(e.getMessage());
        }
    }

    private static int whole(String value, String what) {
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new TypeConversionException("'" + value + "' is not " + what + " (a whole number)");
        }
    }
}
