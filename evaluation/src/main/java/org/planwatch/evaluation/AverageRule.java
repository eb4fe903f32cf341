package org.planwatch.evaluation;

import java.util.List;
import java.util.Optional;
import org.planwatch.domain.AverageRegion;
import org.planwatch.domain.Figures;
import org.planwatch.domain.Status;
import org.planwatch.domain.Target;
import org.planwatch.domain.TargetKind;

/**
 * Measured against an average (低于全省平均水平, 比全国平均水平高5个百分点): the same indicator in the
 * region whose average it is, the same year. The average's region is read from the target's
 * wording: 全国 the country, 全省 the province, 全市 the city.
 */
final class AverageRule {
    /** The region whose figure is the average {@code t} is held against, if its wording names one. */
    static Optional<String> averageRegion(Target t) {
        return AverageRegion.of(t.expression(), t.region());
    }

    Evaluation apply(Target t, History average, Observation latest) {
        int year = latest.year();
        String where = averageRegion(t).orElse(null);
        if (where == null) {
            return ProgressEvaluator.unassessed(
                    t, latest, Status.NOT_ASSESSABLE, "目标未指明对比的平均水平", "the target names no average to compare with");
        }
        Optional<Observation> reference = average.at(year);
        if (reference.isEmpty()) {
            return ProgressEvaluator.unassessed(
                    t,
                    latest,
                    Status.INSUFFICIENT_DATA,
                    "缺少平均水平(" + where + ")" + year + "年数据",
                    "no " + year + " figure for the average (" + where + ")");
        }
        double avg = reference.get().value();
        double required = t.kind() == TargetKind.RELATIVE_TO_AVERAGE && t.targetValue() != null ? t.targetValue() : 0;
        double expected = avg + required;
        int sign = t.direction().sign();
        double gap = Noise.removed(latest.value() - expected);
        // 低于 is strict: level with the average is not below it
        boolean met = t.kind() == TargetKind.BELOW_AVERAGE ? sign * gap > 0 : sign * gap >= 0;
        Status status = Verdict.held(met, t, year);
        String reason = Reasons.onFigure(
                t,
                year,
                status,
                latest.value(),
                List.of(
                        "平均水平(" + where + ")" + Figures.forReader(avg),
                        "应" + (sign < 0 ? "低于" : "高于") + Figures.forReader(expected)),
                List.of(
                        "average (" + where + ") " + Figures.forReader(avg),
                        "required " + (sign < 0 ? "below " : "above ") + Figures.forReader(expected)));
        return new Evaluation(
                t,
                year,
                latest.value(),
                status,
                expected,
                null,
                null,
                List.of(reference.get(), latest),
                reason,
                List.of());
    }
}
