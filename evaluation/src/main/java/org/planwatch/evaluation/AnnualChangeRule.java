package org.planwatch.evaluation;

import java.util.ArrayList;
import java.util.List;
import org.planwatch.domain.Figures;
import org.planwatch.domain.Status;
import org.planwatch.domain.Target;

/**
 * A change asked of every year (力争每年降低0.5个百分点以上): each year's change on the year before
 * is held against the number. In the period the latest year decides, its share of the required
 * change classed as for a path; at the target year every year must have met it.
 */
final class AnnualChangeRule {
    private final Thresholds thresholds;

    AnnualChangeRule(Thresholds thresholds) {
        this.thresholds = thresholds;
    }

    Evaluation apply(Target t, History history, int baseYear, Observation latest) {
        int year = latest.year();
        int sign = t.direction().sign();
        double required = t.targetValue();
        List<Observation> used = new ArrayList<>();
        List<Integer> missedYears = new ArrayList<>();
        double change = 0;
        int first = year == t.targetYear() ? baseYear + 1 : year;
        for (int y = first; y <= year; y++) {
            Double before = figure(t, history, baseYear, y - 1, used);
            Observation now = history.at(y).orElse(null);
            if (before == null || now == null) {
                int lacking = before == null ? y - 1 : y;
                return ProgressEvaluator.unassessed(
                        t,
                        latest,
                        Status.INSUFFICIENT_DATA,
                        "缺少" + lacking + "年数据，无法计算逐年变化",
                        "no figure for " + lacking + ", so no year-on-year change");
            }
            used.add(now);
            change = Noise.removed(now.value() - before);
            if (sign * (change - required) < 0) {
                missedYears.add(y);
            }
        }
        Double progress = required == 0 ? null : Noise.removed(change / required);
        Status status;
        if (year == t.targetYear()) {
            status = Verdict.atTargetYear(missedYears.isEmpty(), t);
        } else if (missedYears.isEmpty()) {
            status = Status.ON_TRACK;
        } else {
            status = progress == null
                    ? Status.REGRESSING
                    : Thresholds.worse(Status.LAGGING, thresholds.classify(progress));
        }
        List<String> zh = new ArrayList<>(
                List.of("每年应变化" + Figures.forReader(required) + Reasons.changeUnit(t), "完成进度" + Reasons.pct(progress)));
        List<String> en = new ArrayList<>(
                List.of("required every year " + Figures.forReader(required), "progress " + Reasons.pct(progress)));
        if (year == t.targetYear() && !missedYears.isEmpty()) {
            zh.add(Reasons.years(missedYears, "、") + "年未达要求");
            en.add("short in " + Reasons.years(missedYears, ", "));
        }
        String reason = Reasons.sentence(
                t,
                year,
                status,
                "比上年变化" + Figures.forReader(change) + Reasons.changeUnit(t),
                " change on the year before " + Figures.forReader(change),
                zh,
                en);
        return new Evaluation(t, year, change, status, required, null, progress, used, reason, List.of());
    }

    /** The figure of {@code year}: a reading, or the plan's base value for the base year. */
    private static Double figure(Target t, History history, int baseYear, int year, List<Observation> used) {
        var o = history.at(year);
        if (o.isPresent()) {
            if (!used.contains(o.get())) {
                used.add(o.get());
            }
            return o.get().value();
        }
        return year == baseYear ? t.baseValue() : null;
    }
}
