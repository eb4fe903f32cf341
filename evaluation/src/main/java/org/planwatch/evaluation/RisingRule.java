package org.planwatch.evaluation;

import java.util.ArrayList;
import java.util.List;
import org.planwatch.domain.Figures;
import org.planwatch.domain.Status;
import org.planwatch.domain.Target;

/**
 * 持续提升: no year below the year before it, from the base year on. A fall in the latest year is
 * a move away from the target; a fall earlier in the period, since made good, leaves it lagging.
 */
final class RisingRule {

    Evaluation apply(Target t, History history, int baseYear, Observation latest) {
        int year = latest.year();
        List<Observation> used = new ArrayList<>(history.between(baseYear, year));
        List<double[]> figures = new ArrayList<>();
        if (history.at(baseYear).isEmpty() && t.baseValue() != null) {
            figures.add(new double[] {baseYear, t.baseValue()});
        }
        used.forEach(o -> figures.add(new double[] {o.year(), o.value()}));
        if (figures.size() < 2) {
            return ProgressEvaluator.unassessed(
                    t, latest, Status.INSUFFICIENT_DATA, "只有一年数据，无法判断是否持续提升", "one figure only, so no rise to judge");
        }
        int sign = t.direction().sign();
        List<Integer> falls = new ArrayList<>();
        for (int i = 1; i < figures.size(); i++) {
            if (sign * (figures.get(i)[1] - figures.get(i - 1)[1]) < 0) {
                falls.add((int) figures.get(i)[0]);
            }
        }
        double previous = figures.get(figures.size() - 2)[1];
        Status status;
        if (falls.isEmpty()) {
            status = year == t.targetYear() ? Status.ACHIEVED : Status.ON_TRACK;
        } else if (year == t.targetYear()) {
            status = Verdict.atTargetYear(false, t);
        } else {
            status = falls.contains(year) ? Status.REGRESSING : Status.LAGGING;
        }
        String reason = Reasons.onFigure(
                t,
                year,
                status,
                latest.value(),
                List.of("上一期" + Figures.forReader(previous)
                        + (falls.isEmpty() ? "，逐年未降" : "，" + Reasons.years(falls, "、") + "年下降")),
                List.of("previous " + Figures.forReader(previous)
                        + (falls.isEmpty() ? ", no fall" : ", fell in " + Reasons.years(falls, ", "))));
        return new Evaluation(t, year, latest.value(), status, previous, null, null, used, reason, List.of());
    }
}
