package org.planwatch.domain;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * One quantified plan target. {@code targetValue} is null while a quota assigned by the level
 * above has not arrived; {@code baseYear}/{@code baseValue} are null where the plan prints none.
 *
 * @param source provenance, {@code <seed file>:<line>} of the row that states the target
 */
public record Target(
        String plan,
        String region,
        String indicator,
        String nameZh,
        String nameEn,
        String unit,
        TargetKind kind,
        Integer baseYear,
        Double baseValue,
        List<Milestone> milestones,
        int targetYear,
        Double targetValue,
        Direction direction,
        boolean binding,
        String department,
        String source) {

    public Target {
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(indicator, "indicator");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(source, "source");
        milestones = milestones == null
                ? List.of()
                : milestones.stream()
                        .sorted(Comparator.comparingInt(Milestone::year))
                        .toList();
        // A milestone is a point strictly inside the plan period, or the path through it is wrong.
        int first = baseYear == null ? Integer.MIN_VALUE : baseYear;
        for (Milestone m : milestones) {
            if (m.year() <= first || m.year() >= targetYear) {
                throw new IllegalArgumentException("milestone year " + m.year() + " is not between the base year "
                        + baseYear + " and the target year " + targetYear);
            }
        }
    }

    /** Whether a figure for {@code year} falls inside this plan's period, base year included. */
    public boolean covers(int year) {
        int first = baseYear != null ? baseYear : targetYear - 5;
        return year >= first && year <= targetYear;
    }
}
