package org.planwatch.domain;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The region whose figure a target measured against an average (低于全省平均水平, 高于全国) is held to,
 * read from the target's wording: 全国 (全國 in Traditional characters) the country, 全省 the
 * province of the target's region, 全市 its city. One rule for the importer, which refuses a region
 * held against itself, and the evaluation, which compares with that region's figure.
 */
public final class AverageRegion {
    /** A six-digit administrative code; compiled once, since every reading's evaluation asks. */
    private static final Pattern DIVISION_CODE = Pattern.compile("\\d{6}");

    private AverageRegion() {}

    /** The average's region for a target of {@code region} worded {@code expression}, if the words name one. */
    public static Optional<String> of(String expression, String region) {
        String text = expression == null ? "" : expression;
        if (text.contains("全国") || text.contains("全國")) {
            return Optional.of("CN");
        }
        if (region != null
                && region.length() >= 6
                && DIVISION_CODE.matcher(region).region(0, 6).matches()) {
            if (text.contains("全省")) {
                return Optional.of(region.substring(0, 2) + "0000");
            }
            if (text.contains("全市")) {
                return Optional.of(region.substring(0, 4) + "00");
            }
        }
        return Optional.empty();
    }
}
