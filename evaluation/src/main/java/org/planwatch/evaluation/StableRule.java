package org.planwatch.evaluation;

import java.util.ArrayList;
import java.util.List;
import org.planwatch.domain.Figures;
import org.planwatch.domain.Status;
import org.planwatch.domain.Target;

/**
 * 保持稳定: the figure stays within a band around its base, {@link Thresholds#stableShare} of the
 * base either side (at least the base's printed precision).
 */
final class StableRule {
    private final Thresholds thresholds;

    StableRule(Thresholds thresholds) {
        this.thresholds = thresholds;
    }

    Evaluation apply(Target t, History history, int baseYear, Observation latest) {
        List<Observation> used = new ArrayList<>();
        Double base = t.baseValue();
        if (base == null) {
            var first = history.at(baseYear);
            if (first.isEmpty()) {
                return ProgressEvaluator.unassessed(
                        t,
                        latest,
                        Status.INSUFFICIENT_DATA,
                        "规划未给出基期值，且无" + baseYear + "年数据",
                        "the plan prints no base value and there is no " + baseYear + " figure");
            }
            base = first.get().value();
            used.add(first.get());
        }
        used.add(latest);
        double band = Math.max(Tolerance.precision(base), thresholds.stableShare() * Math.abs(base));
        double gap = Noise.removed(latest.value() - base);
        boolean within = Math.abs(gap) <= band;
        int year = latest.year();
        Status status = Verdict.held(within, t, year);
        String reason = Reasons.onFigure(
                t,
                year,
                status,
                latest.value(),
                List.of("基期" + Figures.forReader(base) + "，稳定区间±" + Figures.forReader(band)),
                List.of("base " + Figures.forReader(base) + ", stable within ±" + Figures.forReader(band)));
        return new Evaluation(t, year, latest.value(), status, base, null, null, used, reason, List.of());
    }
}
