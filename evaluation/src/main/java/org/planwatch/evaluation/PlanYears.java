package org.planwatch.evaluation;

import java.util.ArrayList;
import java.util.List;
import org.planwatch.domain.Target;

/**
 * A target's chart over its plan's years, what a dashboard or a report draws: year by year, the
 * figure judged and the required path, in the target's terms. On a path ({@link PathRule}) every
 * year from the base to the target year has its path value, and every year with a figure its
 * figure as judged on the years up to it (an average growth so far, a change since the base). A
 * target judged on the reading itself shows its readings over the period; where the figure judged
 * is something else (a change on the year before, a gap to an average) only the judged year is
 * drawn, since earlier years' figures were never worked out in those terms.
 */
final class PlanYears {
    private PlanYears() {}

    /** The years of a target on {@code s}'s path; {@code line} holds the path flat at the target (a ceiling the base already meets). */
    static List<YearFigure> onPath(PeriodSeries s, Target t, boolean line) {
        List<YearFigure> years = new ArrayList<>();
        double aim = TargetBand.aimOf(t);
        for (int y = s.baseYear; y <= t.targetYear(); y++) {
            int n = y - s.baseYear;
            Double figure = s.points.containsKey(y) ? finite(s.measure.of(s.points.get(y), n)) : null;
            Double path = line ? Double.valueOf(aim) : finite(s.measure.of(s.path(y, t.targetYear()), n));
            if (figure != null || path != null) {
                years.add(new YearFigure(y, figure, path));
            }
        }
        return years;
    }

    /**
     * The years of {@code e}, judged without a path: the readings of the period when the figure
     * judged is the reading itself, with {@code e}'s expected value beside each when {@code
     * everyYear} (a target held every year, a level to keep) and beside the judged year only
     * otherwise; else the judged year alone.
     */
    static List<YearFigure> ofReadings(Evaluation e, History own, boolean everyYear) {
        Target t = e.target();
        boolean readingItself =
                own.at(e.year()).filter(o -> o.value() == e.actual()).isPresent();
        if (!readingItself) {
            return List.of(new YearFigure(e.year(), e.actual(), e.expected()));
        }
        List<YearFigure> years = new ArrayList<>();
        for (Observation o : own.between(t.pathStartYear(), Math.min(e.year(), t.targetYear()))) {
            Double path = everyYear || o.year() == e.year() ? e.expected() : null;
            years.add(new YearFigure(o.year(), o.value(), path));
        }
        return years;
    }

    private static Double finite(double v) {
        return Double.isFinite(v) ? v : null;
    }
}
