package org.planwatch.planimport;

import java.time.Year;
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
 * @param period the plan period of a document of the given region that names no plan of its own (a
 *     chapter of an outline, a department's digest), as given with {@code --period}. Empty: the
 *     latest period the document's text names, else the five-year period in force in {@code currentYear}.
 * @param currentYear the year the import runs in: which five-year period is in force
 */
public record ImportOptions(
        Optional<String> region, Optional<Integer> year, Optional<PlanPeriod> period, int currentYear) {
    public ImportOptions {
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(year, "year");
        Objects.requireNonNull(period, "period");
    }

    /** Every region and year read from the documents. */
    public static ImportOptions defaults() {
        return new ImportOptions(
                Optional.empty(), Optional.empty(), Optional.empty(), Year.now().getValue());
    }

    public static ImportOptions region(String code) {
        return new ImportOptions(
                Optional.of(code),
                Optional.empty(),
                Optional.empty(),
                Year.now().getValue());
    }

    /** These options with the year a report's 今年 means. */
    public ImportOptions withYear(int reportYear) {
        return new ImportOptions(region, Optional.of(reportYear), period, currentYear);
    }

    /**
     * These options with the period of a document that names no plan, as the user writes it: a period
     * by name (十五五, 第十五个五年) or a span (2026-2030, 2021—2035年).
     *
     * @throws IllegalArgumentException if {@code written} names no period
     */
    public ImportOptions withPeriod(String written) {
        PlanPeriod p = PlanPeriod.namedPeriod(written)
                .or(() -> PlanPeriod.labelledSpanIn("规划期" + written))
                .orElseThrow(() -> new IllegalArgumentException(
                        "'" + written + "' names no plan period: give one such as 十五五 or 2026-2030"));
        return new ImportOptions(region, year, Optional.of(p), currentYear);
    }

    /** These options as in {@code year}: the five-year period then in force is the default period. */
    public ImportOptions inYear(int year) {
        return new ImportOptions(region, this.year, period, year);
    }
}
