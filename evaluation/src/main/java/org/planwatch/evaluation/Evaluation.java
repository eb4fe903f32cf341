package org.planwatch.evaluation;

import java.util.List;
import org.planwatch.domain.Status;
import org.planwatch.domain.Target;

/**
 * Where one target stands at one year, with the numbers behind it. The numbers are in the terms
 * the target is set in: a level, an average annual growth since the base year, a change since it.
 *
 * @param year the year judged: the latest year of the period with a figure
 * @param actual the figure judged (for a growth target, the average annual growth so far)
 * @param expected the value the required path gives for {@code year}; null where there is no path
 * @param projected the trend's value at the target year, with three readings or more; else null
 * @param progress the share of the required change achieved so far: 1.0 exactly on the path
 * @param used the readings the result rests on, oldest first
 * @param reason one sentence in Chinese, then in English
 * @param years the target's chart over its plan's years, oldest first: the figure judged and the
 *     required path, year by year (see {@link PlanYears}); empty while it is still to be drawn
 */
public record Evaluation(
        Target target,
        int year,
        double actual,
        Status status,
        Double expected,
        Double projected,
        Double progress,
        List<Observation> used,
        String reason,
        List<YearFigure> years) {

    public Evaluation {
        used = List.copyOf(used);
        years = List.copyOf(years);
    }

    Evaluation withYears(List<YearFigure> chart) {
        return new Evaluation(target, year, actual, status, expected, projected, progress, used, reason, chart);
    }
}
