package org.planwatch.evaluation;

import java.util.ArrayList;
import java.util.List;
import org.planwatch.domain.Figures;
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
 * already meets, or a number it already beats, is a line to hold, tested every year and on its
 * trend. At the target year the verdict is the final assessment's, the rule the back-test checks,
 * and needs only the target and the outcome.
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
            if (year == t.targetYear() && judgedOnTheFigure(t)) {
                return onTheOutcomeAlone(t, latest);
            }
            return ProgressEvaluator.unassessed(t, latest, Status.INSUFFICIENT_DATA, e.zh, e.en);
        }
        int years = year - s.baseYear;
        int allYears = t.targetYear() - s.baseYear;
        double actual = s.at(year);
        double expected = s.path(year, t.targetYear());
        double actualM = s.measure.of(actual, years);
        double expectedM = s.measure.of(expected, years);
        Double progress = s.ratio(actual, expected);
        double printed = actualM == latest.value() ? readingPrecision(t, latest) : Tolerance.precision(actualM);

        Double projectedM = null;
        Double trendRatio = null;
        Status trendClass = null;
        if (s.used.size() >= thresholds.trendReadings() && s.points.size() >= 3 && year < t.targetYear()) {
            double projected = TrendProjection.project(s.points, t.targetYear(), s.geometric);
            double inTerms = s.measure.of(projected, allYears);
            // a trend with no finite value in the target's terms (an index projected below zero) is not shown
            if (Double.isFinite(inTerms)) {
                projectedM = inTerms;
                trendRatio = s.ratio(projected, s.goal);
                trendClass = classify(s, projected, trendRatio);
            }
        }

        Status status;
        boolean trendDecides = false;
        // R alone would say worse than on track, but the figure is within its precision or 左右 of the path
        boolean withinBand = false;
        boolean line = holdsTheLine(t, s);
        String pathZh = "按规划路径应达";
        String pathEn = "required path";
        if (year == t.targetYear()) {
            status = finals.judge(t, actualM);
        } else if (s.sign == 0) {
            double around = Math.max(finals.band(t).allowance(), printed);
            // a band: on its path within the printed precision or 左右, or with R between on-track and ahead
            boolean onPath = Math.abs(actualM - expectedM) <= around
                    || progress != null && progress >= thresholds.onTrack() && progress < thresholds.ahead();
            status = onPath ? Status.ON_TRACK : Status.LAGGING;
            withinBand = onPath && progress != null && progress < thresholds.onTrack();
        } else if (line) {
            pathZh = s.sign < 0 ? "约束上限" : "约束下限";
            pathEn = s.sign < 0 ? "ceiling" : "floor";
            expectedM = TargetBand.aimOf(t);
            if (!finals.meets(t, actualM)) {
                status = Verdict.crossed(t);
            } else if (projectedM != null && !finals.meets(t, projectedM)) {
                // within the line today, but the trend crosses it by the target year: warned early
                status = Status.LAGGING;
                trendDecides = true;
            } else {
                status = Status.ON_TRACK;
            }
        } else if (t.kind() != TargetKind.ANNUAL_GROWTH && finals.meets(t, actualM)) {
            status = Status.ACHIEVED;
        } else {
            Status onPath = classify(s, actual, progress);
            if (onPath == null) {
                onPath = s.sign * (actual - expected) >= 0 ? Status.ON_TRACK : Status.REGRESSING;
            }
            if (worseThanOnTrack(onPath) && s.sign * (actualM - expectedM) * signOfMeasure(s) >= -slack(t, printed)) {
                onPath = Status.ON_TRACK;
                withinBand = true;
            }
            if (trendClass == null) {
                status = onPath;
            } else {
                Status trend = trendClass;
                double goalM = s.measure.of(s.goal, allYears);
                if (worseThanOnTrack(trend)
                        && s.sign * (projectedM - goalM) * signOfMeasure(s)
                                >= -slack(t, Tolerance.precision(projectedM))) {
                    trend = Status.ON_TRACK;
                }
                status = Thresholds.worse(onPath, trend);
                trendDecides = status != onPath;
            }
        }

        List<String> zh = new ArrayList<>(List.of(pathZh + Figures.forReader(expectedM)));
        List<String> en = new ArrayList<>(List.of(pathEn + " " + Figures.forReader(expectedM)));
        if (line) {
            // no change is asked of a line the base already holds: no share of one to show
            progress = null;
        } else if (progress != null) {
            zh.add("完成进度" + Reasons.pct(progress));
            en.add("progress " + Reasons.pct(progress));
        }
        if (withinBand && status == Status.ON_TRACK) {
            zh.add("在路径的数据精度或左右范围内");
            en.add("within the printed precision or 左右 of the path");
        }
        if (projectedM != null) {
            zh.add("趋势外推" + t.targetYear() + "年为" + Figures.forReader(projectedM));
            en.add("trend to " + t.targetYear() + " " + Figures.forReader(projectedM));
        }
        if (s.rebased) {
            zh.add("规划未给出基期值，以" + s.baseYear + "年为起点");
            en.add("no base printed, path drawn from " + s.baseYear);
        }
        // what decided, in words, so that a reader never has to infer it from which figures are shown
        Decider decider = year == t.targetYear() || status == Status.ACHIEVED
                ? Decider.TARGET
                : trendDecides ? Decider.TREND : !line ? Decider.PATH : s.sign < 0 ? Decider.CEILING : Decider.FLOOR;
        zh.add(decider.zh);
        en.add(decider.en);
        String reason = Reasons.sentence(
                t,
                year,
                status,
                s.labelZh + Figures.forReader(actualM) + s.unit,
                s.labelEn + " " + Figures.forReader(actualM),
                zh,
                en);
        return new Evaluation(
                t,
                year,
                actualM,
                status,
                expectedM,
                projectedM,
                progress,
                s.used,
                reason,
                PlanYears.onPath(s, t, line));
    }

    /**
     * How precisely the figure judged is known, when it is the reading itself: to half a unit of
     * its last digit as written. When only its number is known (3.30 arrives as 3.3), it is taken to
     * be written to the plan's own digits where those are finer: a bureau publishes nurses per
     * 1,000 to the two decimals the plan prints (3.24 → 3.50), not to the one a double suggests.
     */
    private static double readingPrecision(Target t, Observation latest) {
        if (latest.decimals() != null) {
            return latest.precision();
        }
        double finest = latest.precision();
        List<Double> planFigures = new ArrayList<>();
        planFigures.add(t.baseValue());
        planFigures.add(t.targetValue());
        planFigures.add(t.targetUpper());
        t.milestones().forEach(m -> planFigures.add(m.value()));
        for (Double figure : planFigures) {
            if (figure != null) {
                finest = Math.min(finest, Tolerance.precision(figure));
            }
        }
        return finest;
    }

    /**
     * The class of a figure's share of the required change, null when there is no share (no change
     * asked). A figure at or below zero on a compound path has no logarithm: it has lost all there
     * is, the worst a rising target can do and the best for a falling one, whatever scale the share
     * would otherwise be taken on (never a straight share beside logarithmic ones: a better figure
     * could then get a worse class).
     */
    private Status classify(PeriodSeries s, double value, Double ratio) {
        if (s.geometric && value <= 0) {
            return s.sign > 0 ? Status.REGRESSING : Status.AHEAD;
        }
        return ratio == null ? null : thresholds.classify(ratio);
    }

    /** A level or an assigned quota is judged at its target year on the figure alone. */
    private static boolean judgedOnTheFigure(Target t) {
        return t.kind() == TargetKind.LEVEL || t.kind() == TargetKind.QUOTA;
    }

    /**
     * At the target year the verdict needs only the target and the outcome, as in the back-test: a
     * plan that prints no base (Pengjiang's completion table) is still judged on its last figure.
     */
    private Evaluation onTheOutcomeAlone(Target t, Observation latest) {
        int year = latest.year();
        Status status = finals.judge(t, latest.value());
        String reason = Reasons.onFigure(
                t,
                year,
                status,
                latest.value(),
                List.of("目标" + Figures.forReader(t.targetValue()), "无基期值，仅按目标与结果判定"),
                List.of("target " + Figures.forReader(t.targetValue()), "no base, judged on target and outcome alone"));
        return new Evaluation(
                t, year, latest.value(), status, t.targetValue(), null, null, List.of(latest), reason, List.of());
    }

    /**
     * A level the base already meets (a ceiling or floor, or a number the base already beats in the
     * desired direction, 45.14 for a forest cover allowed to fall to 44.64): the plan asks to stay
     * within it, not to move.
     */
    private static boolean holdsTheLine(Target t, PeriodSeries s) {
        return s.sign != 0 && judgedOnTheFigure(t) && s.sign * (s.base - s.goal) >= 0;
    }

    /** How close to the path still counts as on it: the 左右 band, or the reading's own printed precision; a directed range has none. */
    private double slack(Target t, double printed) {
        return Math.max(finals.band(t).allowance(), printed);
    }

    /** +1 when the measure rises with the series; a cumulative reduction falls as its index rises. */
    private static int signOfMeasure(PeriodSeries s) {
        return s.measure.of(s.base + 1, 1) >= s.measure.of(s.base, 1) ? 1 : -1;
    }

    private static boolean worseThanOnTrack(Status s) {
        return s == Status.LAGGING || s == Status.SEVERELY_LAGGING || s == Status.REGRESSING;
    }
}
