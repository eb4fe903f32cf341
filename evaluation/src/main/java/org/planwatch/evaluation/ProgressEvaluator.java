package org.planwatch.evaluation;

import java.util.List;
import java.util.Optional;
import org.planwatch.domain.Direction;
import org.planwatch.domain.Indicator;
import org.planwatch.domain.IndicatorDictionary;
import org.planwatch.domain.PathForm;
import org.planwatch.domain.Status;
import org.planwatch.domain.Target;
import org.planwatch.domain.TargetKind;

/**
 * The method: one rule per kind of target, all judged at the latest year of the target's period
 * that has a figure. Levels, quotas, changes and average growth follow a required path ({@link
 * PathRule}), except a level of a figure that stands for its year alone (a price index), held to
 * the target every year ({@link YearlyRule}); a change asked of every year, 保持稳定, 持续提升, a link to another indicator and a
 * comparison with an average each have their own rule. A quota still to come from the level above
 * awaits it; a figure for the base year alone says nothing yet.
 */
public final class ProgressEvaluator implements Evaluator {
    private final IndicatorDictionary indicators;
    private final PathRule path;
    private final YearlyRule yearly;
    private final AnnualChangeRule annualChange;
    private final StableRule stable;
    private final RisingRule rising = new RisingRule();
    private final LinkedRule linked;
    private final AverageRule average = new AverageRule();

    public ProgressEvaluator(IndicatorDictionary indicators, Thresholds thresholds) {
        this.indicators = indicators;
        FinalAssessment finals = new FinalAssessment(thresholds.tolerance(), indicators);
        this.path = new PathRule(thresholds, finals);
        this.yearly = new YearlyRule(finals);
        this.annualChange = new AnnualChangeRule(thresholds);
        this.stable = new StableRule(thresholds);
        this.linked = new LinkedRule(thresholds);
    }

    /** The bundled indicator dictionary and the default thresholds. */
    public static ProgressEvaluator withDefaults() {
        return new ProgressEvaluator(IndicatorDictionary.bundled(), Thresholds.DEFAULT);
    }

    @Override
    public Optional<Evaluation> evaluate(Target target, Evidence evidence) {
        int baseYear = target.pathStartYear();
        return evidence.own()
                .latest(baseYear, target.targetYear())
                .map(latest -> charted(finite(judge(target, evidence, baseYear, latest), latest), evidence.own()));
    }

    /** {@code e} with its chart over the plan's years: its rule's, or else one drawn from the readings. */
    private Evaluation charted(Evaluation e, History own) {
        if (!e.years().isEmpty()) {
            return e;
        }
        Target t = e.target();
        // the yearly rule's band and the stable rule's base are asked of every year alike
        boolean everyYear = t.kind() == TargetKind.STABLE
                || t.kind() == TargetKind.LEVEL && form(t.indicator(), t.unit()) == PathForm.YEARLY;
        return e.withYears(PlanYears.ofReadings(e, own, everyYear));
    }

    /**
     * The evaluator never passes on a NaN or an infinity: the rules refuse the inputs that cause
     * them with their own reason (a chain through -100%, a zero base); should a number still come
     * out non-finite (figures near 1e308 overflow on a compound path), the target cannot be assessed
     * on these figures and the reason says so, rather than a result that cannot be printed or a
     * stopped job.
     */
    private static Evaluation finite(Evaluation e, Observation latest) {
        if (finite(e.actual()) && finite(e.expected()) && finite(e.projected()) && finite(e.progress())) {
            return e;
        }
        return unassessed(
                e.target(),
                latest,
                Status.INSUFFICIENT_DATA,
                "数值超出可计算范围，无法评估",
                "the figures give no finite result, so none is judged");
    }

    private static boolean finite(Double v) {
        return v == null || Double.isFinite(v);
    }

    /** The region whose figures are the average {@code target} is measured against, if it is measured so. */
    public static Optional<String> averageRegion(Target target) {
        return AverageRule.averageRegion(target);
    }

    private Evaluation judge(Target t, Evidence evidence, int baseYear, Observation latest) {
        if (t.kind() == TargetKind.QUOTA && t.targetValue() == null) {
            return unassessed(
                    t, latest, Status.AWAITING_QUOTA, "目标值待上级下达", "target awaits the quota from the level above");
        }
        if (latest.year() == baseYear && latest.year() < t.targetYear()) {
            return unassessed(
                    t,
                    latest,
                    Status.INSUFFICIENT_DATA,
                    "只有基期" + baseYear + "年数据",
                    "only the base year's figure so far");
        }
        History own = evidence.own();
        if (t.direction() == Direction.BAND && needsADirection(t.kind())) {
            return unassessed(
                    t,
                    latest,
                    Status.NOT_ASSESSABLE,
                    "目标未指明升降方向，无法按此类目标评估",
                    "a band names no direction, which this kind of target needs");
        }
        return switch (t.kind()) {
            case UNSTATED ->
                unassessed(t, latest, Status.NOT_ASSESSABLE, "规划未设定可量化的目标", "the plan sets no figure to judge against");
            case LINKED ->
                t.linkedTo() == null
                        ? unassessed(t, latest, Status.NOT_ASSESSABLE, "未指明同步的指标", "no indicator to move in step with")
                        : linked.apply(
                                t,
                                form(t.indicator(), t.unit()),
                                form(t.linkedTo(), t.unit()),
                                evidence,
                                baseYear,
                                latest);
            case STABLE -> stable.apply(t, own, baseYear, latest);
            case RISING -> rising.apply(t, own, baseYear, latest);
            case BELOW_AVERAGE, RELATIVE_TO_AVERAGE -> average.apply(t, evidence.average(), latest);
            case ANNUAL_CHANGE ->
                t.targetValue() == null ? noNumber(t, latest) : annualChange.apply(t, own, baseYear, latest);
            case LEVEL, QUOTA, CUMULATIVE_CHANGE, RELATIVE_CHANGE, ANNUAL_GROWTH -> {
                PathForm form = form(t.indicator(), t.unit());
                if (t.targetValue() == null) {
                    yield noNumber(t, latest);
                }
                yield form == PathForm.YEARLY && t.kind() == TargetKind.LEVEL
                        ? yearly.apply(t, latest)
                        : path.apply(t, form, own, baseYear, latest);
            }
        };
    }

    /** A yearly change, a rise every year and a place above or below an average each ask for a direction. */
    private static boolean needsADirection(TargetKind kind) {
        return kind == TargetKind.ANNUAL_CHANGE
                || kind == TargetKind.RISING
                || kind == TargetKind.BELOW_AVERAGE
                || kind == TargetKind.RELATIVE_TO_AVERAGE;
    }

    /** The dictionary's path form; for an indicator it lacks, points for % and compound otherwise. */
    private PathForm form(String indicator, String unit) {
        return indicators
                .code(indicator)
                .map(Indicator::path)
                .orElse("%".equals(unit) ? PathForm.LINEAR : PathForm.COMPOUND);
    }

    private static Evaluation noNumber(Target t, Observation latest) {
        return unassessed(t, latest, Status.NOT_ASSESSABLE, "规划未给出目标数值", "the plan gives no number");
    }

    /** A status without numbers on a path; the reason says why. */
    static Evaluation unassessed(Target t, Observation latest, Status status, String zh, String en) {
        return new Evaluation(
                t,
                latest.year(),
                latest.value(),
                status,
                null,
                null,
                null,
                List.of(latest),
                Reasons.unassessed(t, latest.year(), zh, en),
                List.of());
    }
}
