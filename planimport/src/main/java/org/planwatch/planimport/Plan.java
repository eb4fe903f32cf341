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
 */
public record Plan(String id, Region region, int targetYear, int baseYear) {

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
