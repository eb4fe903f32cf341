package org.planwatch.evaluation;

import java.util.ArrayList;
import java.util.List;
import org.planwatch.domain.Bound;
import org.planwatch.domain.PathForm;
import org.planwatch.domain.Status;
import org.planwatch.domain.Target;
import org.planwatch.domain.TargetKind;

/**
 * Targets with a required path from base to goal: levels, assigned quotas, changes since the base
 * year, relative changes and average annual growth. Where the latest figure stands on the path
 * gives the progress ratio R; with enough readings the trend projected to the target year gives a
 * second ratio, and the status is the worse of the two classes: a target behind its path is
 * behind, and one on its path whose trend falls short is warned early. A ceiling or floor the base
 * already meets is a line to hold, tested every year. At the target year the verdict is the final
 * assessment's, the rule the back-test checks.
 */
final class PathRule {
    private final Thresholds thresholds;
    private final FinalAssessment finals;

    PathRule(Thresholds thresholds, FinalAssessment finals) {
        this.thresholds = thresholds;
        this.finals = finals;
    }

    Evaluation apply(Target t, PathForm form, History history, int baseYear, Observation latest) {
        int year = latest.year();
        PeriodSeries s;
        try {
            s = PeriodSeries.of(t, form, history, baseYear, year);
        } catch (InsufficientData e) {
            return ProgressEvaluator.unassessed(t, latest, Status.INSUFFICIENT_DATA, e.zh, e.en);
        }
        int years = year - baseYear;
        int allYears = t.targetYear() - baseYear;
        double actual = s.at(year);
        double expected = s.path(year, t.targetYear());
        double actualM = s.measure.of(actual, years);
        double expectedM = s.measure.of(expected, years);
        Double progress = s.ratio(actual, expected);

        Double projectedM = null;
        Double trendRatio = null;
        if (s.used.size() >= thresholds.trendReadings() && s.points.size() >= 3 && year < t.targetYear()) {
            double projected = TrendProjection.project(s.points, t.targetYear(), s.geometric);
            projectedM = s.measure.of(projected, allYears);
            trendRatio = s.ratio(projected, s.goal);
        }

        Status status;
        String pathZh = "按规划路径应达";
        String pathEn = "required path";
        if (year == t.targetYear()) {
            status = finals.judge(t, actualM);
        } else if (s.sign == 0) {
            double around = Math.max(
                    thresholds.tolerance().around(t.targetValue(), t.bound(), true), Tolerance.precision(actualM));
            status = Math.abs(actualM - expectedM) <= around ? Status.ON_TRACK : Status.LAGGING;
        } else if (holdsTheLine(t, s)) {
            pathZh = t.bound() == Bound.AT_MOST ? "约束上限" : "约束下限";
            pathEn = t.bound() == Bound.AT_MOST ? "ceiling" : "floor";
            expectedM = t.targetValue();
            status = finals.meets(t, actualM) ? Status.ON_TRACK : t.binding() ? Status.BREACHED : Status.LAGGING;
        } else if (t.kind() != TargetKind.ANNUAL_GROWTH && finals.meets(t, actualM)) {
            status = Status.ACHIEVED;
        } else {
            Status onPath = progress == null
                    ? (s.sign * (actual - expected) >= 0 ? Status.ON_TRACK : Status.REGRESSING)
                    : thresholds.classify(progress);
            if (worseThanOnTrack(onPath) && s.sign * (actualM - expectedM) * signOfMeasure(s) >= -slack(t, actualM)) {
                onPath = Status.ON_TRACK;
            }
            if (trendRatio == null) {
                status = onPath;
            } else {
                Status trend = thresholds.classify(trendRatio);
                double goalM = s.measure.of(s.goal, allYears);
                if (worseThanOnTrack(trend)
                        && s.sign * (projectedM - goalM) * signOfMeasure(s) >= -slack(t, projectedM)) {
                    trend = Status.ON_TRACK;
                }
                status = Thresholds.worse(onPath, trend);
            }
        }

        List<String> zh = new ArrayList<>(List.of(pathZh + Reasons.num(expectedM)));
        List<String> en = new ArrayList<>(List.of(pathEn + " " + Reasons.num(expectedM)));
        if (progress != null && !pathEn.equals("ceiling") && !pathEn.equals("floor")) {
            zh.add("完成进度" + Reasons.pct(progress));
            en.add("progress " + Reasons.pct(progress));
        }
        if (projectedM != null) {
            zh.add("趋势外推" + t.targetYear() + "年为" + Reasons.num(projectedM));
            en.add("trend to " + t.targetYear() + " " + Reasons.num(projectedM));
        }
        String unit = t.unit() == null ? "" : t.unit();
        String reason = Reasons.sentence(
                t,
                year,
                status,
                s.labelZh + Reasons.num(actualM) + unit,
                s.labelEn + " " + Reasons.num(actualM),
                zh,
                en);
        return new Evaluation(t, year, actualM, status, expectedM, projectedM, progress, s.used, reason);
    }

    /** A ceiling or floor the base already meets: the plan asks to stay within it, not to move. */
    private boolean holdsTheLine(Target t, PeriodSeries s) {
        return (t.bound() == Bound.AT_MOST || t.bound() == Bound.AT_LEAST)
                && (t.kind() == TargetKind.LEVEL || t.kind() == TargetKind.QUOTA)
                && s.sign * (s.base - s.goal) >= 0;
    }

    /** How close to the path still counts as on it: the 左右 band, or the reading's own printed precision. */
    private double slack(Target t, double actualM) {
        double about =
                t.bound() == Bound.ABOUT ? thresholds.tolerance().around(t.targetValue(), Bound.ABOUT, false) : 0;
        return Math.max(about, Tolerance.precision(actualM));
    }

    /** +1 when the measure rises with the series; a cumulative reduction falls as its index rises. */
    private static int signOfMeasure(PeriodSeries s) {
        return s.measure.of(s.base + 1, 1) >= s.measure.of(s.base, 1) ? 1 : -1;
    }

    private static boolean worseThanOnTrack(Status s) {
        return s == Status.LAGGING || s == Status.SEVERELY_LAGGING || s == Status.REGRESSING;
    }
}
