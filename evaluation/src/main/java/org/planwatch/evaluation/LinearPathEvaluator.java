package org.planwatch.evaluation;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.planwatch.domain.Direction;
import org.planwatch.domain.Milestone;
import org.planwatch.domain.Status;
import org.planwatch.domain.Target;
import org.planwatch.domain.TargetKind;

/**
 * The interim progress rule: a straight line from the base value to the target value, through
 * any milestones ("时间过半、任务过半"), and the ratio R of the change achieved to the change the
 * path requires by the reading's year. Classes follow Eurostat's SDG thresholds: R ≥ 0.95 on
 * track, 0.60 ≤ R &lt; 0.95 lagging, 0 ≤ R &lt; 0.60 severely lagging, R &lt; 0 moving away.
 */
public final class LinearPathEvaluator implements Evaluator {

    static final double ON_TRACK_RATIO = 0.95;
    static final double LAGGING_RATIO = 0.60;
    private static final MathContext SIX_DIGITS = new MathContext(6);

    @Override
    public Evaluation evaluate(Target target, int year, double actual) {
        if (target.kind() == TargetKind.QUOTA && target.targetValue() == null) {
            return unassessed(
                    target,
                    year,
                    actual,
                    Status.AWAITING_QUOTA,
                    "目标值待上级下达",
                    "target awaits the quota from the level above");
        }
        if ((target.kind() != TargetKind.LEVEL && target.kind() != TargetKind.QUOTA)
                || target.targetValue() == null
                || target.direction() == Direction.BAND) {
            return unassessed(
                    target,
                    year,
                    actual,
                    Status.NOT_ASSESSABLE,
                    "该类目标尚无评估规则",
                    "no rule yet for a " + target.kind() + " target");
        }
        if (target.baseYear() == null || target.baseValue() == null) {
            return unassessed(target, year, actual, Status.NOT_ASSESSABLE, "规划未给出基期值", "the plan gives no base value");
        }
        if (year <= target.baseYear() || year > target.targetYear()) {
            return unassessed(
                    target,
                    year,
                    actual,
                    Status.NOT_ASSESSABLE,
                    year + "年不在规划评估期内",
                    year + " is outside the plan's evaluation period");
        }
        int sign = target.direction().sign();
        double goal = target.targetValue();
        double expected = pathValue(target, year);
        double required = expected - target.baseValue();
        // Rounded so that floating-point noise (17.6 - 20 = -2.3999999999999986) cannot flip a class
        // at a threshold; published figures carry far fewer digits.
        Double progress = required == 0 ? null : roundNoise((actual - target.baseValue()) / required);
        Status status;
        if (sign * (actual - goal) >= 0) {
            status = Status.ACHIEVED;
        } else if (year == target.targetYear()) {
            status = Status.MISSED;
        } else if (progress == null) {
            status = sign * (actual - expected) >= 0 ? Status.ON_TRACK : Status.REGRESSING;
        } else if (progress >= ON_TRACK_RATIO) {
            status = Status.ON_TRACK;
        } else if (progress >= LAGGING_RATIO) {
            status = Status.LAGGING;
        } else if (progress >= 0) {
            status = Status.SEVERELY_LAGGING;
        } else {
            status = Status.REGRESSING;
        }
        String unit = target.unit() == null ? "" : target.unit();
        String pct = progress == null ? "—" : Math.round(progress * 100) + "%";
        String zh = String.format(
                Locale.ROOT,
                "%d年%s%s%s，按规划路径应达%s，完成进度%s，%s",
                year,
                target.nameZh(),
                num(actual),
                unit,
                num(expected),
                pct,
                status.zh());
        String en = String.format(
                Locale.ROOT,
                "%d %s %s, required path %s, progress %s: %s",
                year,
                target.indicator(),
                num(actual),
                num(expected),
                pct,
                status.en());
        return new Evaluation(target, year, actual, status, expected, progress, zh + "。 " + en + ".");
    }

    private static double roundNoise(double ratio) {
        return Math.round(ratio * 1e9) / 1e9;
    }

    /** Straight-line interpolation between the base, the milestones and the target. */
    static double pathValue(Target target, int year) {
        List<Milestone> points = new ArrayList<>();
        points.add(new Milestone(target.baseYear(), target.baseValue()));
        points.addAll(target.milestones());
        points.add(new Milestone(target.targetYear(), target.targetValue()));
        for (int i = 1; i < points.size(); i++) {
            Milestone from = points.get(i - 1);
            Milestone to = points.get(i);
            if (year <= to.year()) {
                double share = (double) (year - from.year()) / (to.year() - from.year());
                return from.value() + share * (to.value() - from.value());
            }
        }
        return target.targetValue();
    }

    /** An outcome without numbers on a path: the reason says why there are none. */
    private static Evaluation unassessed(Target target, int year, double actual, Status status, String zh, String en) {
        String reason =
                year + "年" + target.nameZh() + "：" + zh + "。 " + year + " " + target.indicator() + ": " + en + ".";
        return new Evaluation(target, year, actual, status, null, null, reason);
    }

    private static String num(double v) {
        return BigDecimal.valueOf(v).round(SIX_DIGITS).stripTrailingZeros().toPlainString();
    }
}
