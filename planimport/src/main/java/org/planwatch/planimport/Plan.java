package org.planwatch.planimport;

import java.util.List;
import java.util.Optional;
import org.planwatch.domain.Region;
import org.planwatch.domain.RegionDictionary;
import org.planwatch.domain.Target;

/**
 * The plan a table or a sentence belongs to. The id reads {@code <region>-<subject>-<period>}
 * ({@code jm-health-14}, {@code gd-13}, {@code jm-health-2030}, {@code cn-eco-15}): stable across
 * re-imports of the same plan, different for two plans of one region and period. {@link PlanNamer}
 * names plans from their titles.
 *
 * @param targetYear the year the plan's targets are for unless a column or sentence names another
 * @param baseYear the last year before the plan: a sentence about it or an earlier year states a
 *     fact, not a target
 * @param title the plan's title as the document prints it, carried to its targets for the people who
 *     read the alerts; null where the document names none (a chapter given --region)
 */
public record Plan(String id, Region region, int targetYear, int baseYear, String title) {

    /** A space beside a Chinese character: a line break or a PDF's spacing inside a title (第十四个 五年规划和 2035 年). */
    private static final java.util.regex.Pattern SPACE_BY_HAN =
            java.util.regex.Pattern.compile("(?<=\\p{IsHan}|[“”（）《》])\\s+|\\s+(?=\\p{IsHan}|[“”（）《》])");

    public Plan {
        title = title == null || title.isBlank()
                ? null
                : SPACE_BY_HAN.matcher(title.strip()).replaceAll("");
    }

    public Plan(String id, Region region, int targetYear, int baseYear) {
        this(id, region, targetYear, baseYear, null);
    }

    public Plan(String id, Region region, int targetYear) {
        this(id, region, targetYear, targetYear - Target.PLAN_PERIOD_YEARS);
    }

    /**
     * A plan of one year's goals (a government work report's, an annual plan's), named so by {@link
     * PlanPeriod#oneYear}: its targets run from the year before. A plan whose text only happens to
     * span one year is not one.
     */
    public boolean oneYear() {
        return id.endsWith("-" + PlanPeriod.oneYear(targetYear).idPart());
    }

    /**
     * The plan of a table: the region its title names, else its plan's title above it; its
     * subject from that plan title.
     */
    public static Plan ofTable(PlanTable table, List<String> lines, RegionDictionary regions) {
        return new PlanNamer(regions, Optional.empty()).ofTable(table, lines);
    }

    /** The plan of a document, from its title. */
    public static Plan ofDocument(String file, List<String> lines, int targetYear, RegionDictionary regions) {
        return new PlanNamer(regions, Optional.empty()).ofDocument(file, lines, targetYear);
    }
}
