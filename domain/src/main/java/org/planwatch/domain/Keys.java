package org.planwatch.domain;

/**
 * How PlanWatch names what it keys on, in one place: a series of readings ({@code region|indicator},
 * the key of the readings topic and of a history) and a target ({@code plan|region|indicator}, the
 * key of the targets and status topics and of a catalogue row). A region or indicator code never
 * holds {@code |}, so the parts can be read back.
 */
public final class Keys {
    private Keys() {}

    /** The series of one indicator in one region: {@code region|indicator}. */
    public static String series(String region, String indicator) {
        return region + "|" + indicator;
    }

    /** One year's figure of a series: {@code region|indicator|year}. */
    public static String seriesYear(String region, String indicator, int year) {
        return yearOf(series(region, indicator), year);
    }

    /** One year's figure of the series keyed {@code series}: {@code series|year}. */
    public static String yearOf(String series, int year) {
        return series + "|" + year;
    }

    /** One target: {@code plan|region|indicator}. */
    public static String target(String plan, String region, String indicator) {
        return plan + "|" + series(region, indicator);
    }
}
