package org.planwatch.evaluation;

import java.util.ArrayList;
import java.util.List;
import org.planwatch.domain.Bound;
import org.planwatch.domain.Figures;
import org.planwatch.domain.PathForm;
import org.planwatch.domain.Status;
import org.planwatch.domain.Target;

/**
 * Moving in step with another indicator of the same region (收入增长与经济增长基本同步, 健康预期寿命
 * 同比例提高): the average annual growth of each since the base year, growth rates chained, levels
 * compared with their base year's figure. R is the target's growth over the linked indicator's and
 * is classed as on a path: growing 95% as fast is in step.
 */
final class LinkedRule {
    private final Thresholds thresholds;

    LinkedRule(Thresholds thresholds) {
        this.thresholds = thresholds;
    }

    Evaluation apply(
            Target t, PathForm ownForm, PathForm linkedForm, Evidence evidence, int baseYear, Observation latest) {
        int year = latest.year();
        if (year == baseYear) {
            return ProgressEvaluator.unassessed(
                    t, latest, Status.INSUFFICIENT_DATA, "只有基期" + baseYear + "年数据", "only the base year's figure");
        }
        List<Observation> used = new ArrayList<>();
        double own;
        double linked;
        try {
            own = averageGrowth(evidence.own(), ownForm, baseYear, year, used, t.indicator());
            linked = averageGrowth(evidence.linked(), linkedForm, baseYear, year, used, t.linkedTo());
        } catch (InsufficientData e) {
            return ProgressEvaluator.unassessed(t, latest, Status.INSUFFICIENT_DATA, e.zh, e.en);
        }
        Double progress = linked == 0 ? null : Noise.removed(own / linked);
        // 高于经济增长 (at least): growing as fast is the least that meets it, not 95% as fast
        boolean faster = t.bound() == Bound.AT_LEAST;
        boolean inStep = progress == null || linked < 0 || faster
                ? Noise.removed(own - linked) >= 0
                : progress >= thresholds.onTrack();
        Status status;
        if (year == t.targetYear()) {
            status = Verdict.atTargetYear(inStep, t);
        } else if (progress == null || linked < 0) {
            status = inStep ? Status.ON_TRACK : Status.REGRESSING;
        } else if (faster && !inStep) {
            status = thresholds.classify(Math.min(progress, thresholds.onTrack() - 1e-9));
        } else {
            status = thresholds.classify(progress);
        }
        String reason = Reasons.sentence(
                t,
                year,
                status,
                "(" + baseYear + "年以来年均)" + Figures.forReader(own) + "%",
                " average growth since " + baseYear + " " + Figures.forReader(own) + "%",
                List.of(t.linkedTo() + "同期年均" + Figures.forReader(linked) + "%", "同步程度" + Reasons.pct(progress)),
                List.of(t.linkedTo() + " " + Figures.forReader(linked) + "%", "in step " + Reasons.pct(progress)));
        return new Evaluation(t, year, own, status, linked, null, progress, used, reason, List.of());
    }

    /** Average annual growth in % from the base year to {@code year}. */
    private static double averageGrowth(
            History history, PathForm form, int baseYear, int year, List<Observation> used, String indicator)
            throws InsufficientData {
        int years = year - baseYear;
        if (form.chained()) {
            double index = 1;
            for (int y = baseYear + 1; y <= year; y++) {
                Observation o = need(history, y, indicator);
                used.add(o);
                double factor = form == PathForm.REDUCTION ? 1 - o.value() / 100 : 1 + o.value() / 100;
                if (factor <= 0) {
                    throw new InsufficientData(
                            indicator + " " + y + "年变化达到或超过100%，无法连乘计算",
                            indicator + " changed by 100% or more in " + y + ", so the years cannot be chained");
                }
                index *= factor;
            }
            return (Math.pow(index, 1.0 / years) - 1) * 100;
        }
        Observation first = need(history, baseYear, indicator);
        Observation last = need(history, year, indicator);
        used.add(first);
        used.add(last);
        if (first.value() <= 0 || last.value() <= 0) {
            throw new InsufficientData(indicator + "数值非正，无法计算增长", indicator + " is not positive, so no growth");
        }
        return (Math.pow(last.value() / first.value(), 1.0 / years) - 1) * 100;
    }

    private static Observation need(History history, int year, String indicator) throws InsufficientData {
        return history.at(year)
                .orElseThrow(() -> new InsufficientData(
                        "缺少" + indicator + " " + year + "年数据", "no " + year + " figure of " + indicator));
    }
}
