package org.planwatch.planimport;

import java.util.Objects;
import java.util.Optional;

/**
 * What the user tells an import beyond the documents themselves.
 *
 * @param region the GB/T 2260 code (or PlanWatch's own, {@code CN}, {@code 442000-torch}) of the
 *     region every imported plan belongs to, as given with {@code --region CODE}: for documents
 *     whose titles name no region the dictionary knows. Empty: each plan's region is read from its
 *     title or issuer.
 * @param year the year a report's 今年 means, as given with {@code --year YEAR}: for a government
 *     work report, or news of one, that prints no year of its own. Empty: told from the text
 *     ({@link ReportYear}).
 */
public record ImportOptions(Optional<String> region, Optional<Integer> year) {
    public ImportOptions {
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(year, "year");
    }

    /** Every region and year read from the documents. */
    public static ImportOptions defaults() {
        return new ImportOptions(Optional.empty(), Optional.empty());
    }

    public static ImportOptions region(String code) {
        return new ImportOptions(Optional.of(code), Optional.empty());
    }

    /** These options with the year a report's 今年 means. */
    public ImportOptions withYear(int reportYear) {
        return new ImportOptions(region, Optional.of(reportYear));
    }
}
