package org.planwatch.evaluation;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.planwatch.domain.Bound;
import org.planwatch.domain.Figures;
import org.planwatch.domain.IndicatorDictionary;
import org.planwatch.domain.PathForm;
import org.planwatch.domain.Status;
import org.planwatch.domain.Target;
import org.planwatch.domain.TargetKind;

/**
 * Judges a target at its target year against the outcome the plan's completion table reports:
 * {@link Status#ACHIEVED}, or {@link Status#MISSED}, or {@link Status#BREACHED} when the target is
 * binding (约束性). What is compared depends on the kind: the level reached, the average annual
 * growth achieved, or the change since the base year.
 */
public final class FinalAssessment {
    /** A name that already says which way it moves (增长率, 下降): no measure word after it. */
    private static final Pattern SAYS_DIRECTION = Pattern.compile("增长|增速|下降|降低|提高|减少");

    private final Tolerance tolerance;
    private final IndicatorDictionary indicators;

    /** 左右 as {@code tolerance} sets it, each indicator's path form from {@code indicators}. */
    public FinalAssessment(Tolerance tolerance, IndicatorDictionary indicators) {
        this.tolerance = tolerance;
        this.indicators = indicators;
    }

    /** With the bundled indicator dictionary. */
    public FinalAssessment(Tolerance tolerance) {
        this(tolerance, IndicatorDictionary.bundled());
    }

    /** One target judged on its outcome. */
    public record Result(Target target, String measure, double goal, double outcome, Status status, String reason) {}

    /**
     * The judgement, or empty when the target has no number to judge (a quota never assigned, a
     * qualitative target) or the plan prints no outcome for it.
     */
    public Optional<Result> assess(Target t) {
        if (t.targetValue() == null) {
            return Optional.empty();
        }
        Optional<Double> outcome = outcome(t);
        if (outcome.isEmpty()) {
            return Optional.empty();
        }
        double goal = t.targetValue();
        double actual = outcome.get();
        Status status = judge(t, actual);
        // a range prints both ends (目标5至5.5), and where the outcome fell against them
        String goalZh = t.bound() == Bound.RANGE
                ? Figures.forReader(goal) + "至" + Figures.forReader(t.targetUpper())
                : Figures.forReader(goal);
        String goalEn = t.bound() == Bound.RANGE
                ? Figures.forReader(goal) + " to " + Figures.forReader(t.targetUpper())
                : Figures.forReader(goal);
        String sideZh = t.bound() == Bound.RANGE ? sideZh(band(t).sideOf(actual)) : "";
        String sideEn = t.bound() == Bound.RANGE ? sideEn(band(t).sideOf(actual)) : "";
        String measure = measure(t.kind());
        String unit = unit(t);
        String zh = String.format(
                Locale.ROOT,
                "%d年%s%s%s%s，目标%s%s%s%s，%s",
                t.targetYear(),
                t.nameZh(),
                SAYS_DIRECTION.matcher(t.nameZh()).find() ? "" : measureZh(t.kind()),
                Figures.forReader(actual),
                unit,
                boundZh(t.bound()),
                goalZh,
                unit,
                sideZh,
                status.zh());
        String en = String.format(
                Locale.ROOT,
                "%d %s %s %s, target %s%s%s: %s",
                t.targetYear(),
                t.indicator(),
                measure,
                Figures.forReader(actual),
                boundEn(t.bound()),
                goalEn,
                sideEn,
                status.en());
        return Optional.of(new Result(t, measure, goal, actual, status, zh + "。 " + en + "."));
    }

    /** Whether {@code outcome}, in the terms the target is set in, meets its number. */
    boolean meets(Target t, double outcome) {
        return band(t).meets(outcome);
    }

    /** What the target's number allows: 左右, a band's precision, a range's ends. */
    TargetBand band(Target t) {
        return TargetBand.of(t, tolerance, yearly(t.indicator()));
    }

    /** Whether the dictionary gives {@code indicator} a figure of its own each year (a price index). */
    boolean yearly(String indicator) {
        return indicators.code(indicator).map(i -> i.path() == PathForm.YEARLY).orElse(false);
    }

    /** The verdict at the target year: achieved, or missed, or breached when the target binds. */
    Status judge(Target t, double outcome) {
        return Verdict.atTargetYear(meets(t, outcome), t);
    }

    /** What the completion table says was reached, in the terms the target is set in. */
    static Optional<Double> outcome(Target t) {
        Double value = t.actualValue();
        Double change = t.actualChange();
        Double base = t.baseValue();
        return Optional.ofNullable(
                switch (t.kind()) {
                    case LEVEL, QUOTA -> value != null ? value : base != null && change != null ? base + change : null;
                    case ANNUAL_GROWTH -> value != null ? value : change;
                    case CUMULATIVE_CHANGE ->
                        change != null ? change : base != null && value != null ? value - base : null;
                    case RELATIVE_CHANGE ->
                        change != null
                                ? change
                                : base != null && value != null && base != 0 ? (value - base) / base * 100 : null;
                    default -> null;
                });
    }

    /** A growth or a relative change is in %, whatever the indicator's own unit (an amount in 万吨, a price in 元). */
    private static String unit(Target t) {
        return t.kind() == TargetKind.ANNUAL_GROWTH || t.kind() == TargetKind.RELATIVE_CHANGE ? "%" : Reasons.unit(t);
    }

    private static String measure(TargetKind kind) {
        return switch (kind) {
            case ANNUAL_GROWTH -> "average annual growth";
            case CUMULATIVE_CHANGE -> "change since base";
            case RELATIVE_CHANGE -> "change since base, %";
            default -> "level";
        };
    }

    private static String measureZh(TargetKind kind) {
        return switch (kind) {
            case ANNUAL_GROWTH -> "年均增长";
            case CUMULATIVE_CHANGE -> "比基期累计变化";
            case RELATIVE_CHANGE -> "比基期变化";
            default -> "";
        };
    }

    private static String boundZh(Bound bound) {
        return switch (bound) {
            case AT_MOST -> "不高于";
            case AT_LEAST -> "不低于";
            case ABOUT -> "左右";
            case EXACT, RANGE -> "";
        };
    }

    private static String boundEn(Bound bound) {
        return switch (bound) {
            case AT_MOST -> "at most ";
            case AT_LEAST -> "at least ";
            case ABOUT -> "about ";
            case EXACT -> "";
            case RANGE -> "from ";
        };
    }

    private static String sideZh(TargetBand.Side side) {
        return switch (side) {
            case BELOW -> "（低于区间）";
            case WITHIN -> "（在区间内）";
            case ABOVE -> "（高于区间）";
        };
    }

    private static String sideEn(TargetBand.Side side) {
        return switch (side) {
            case BELOW -> " (below the range)";
            case WITHIN -> " (within the range)";
            case ABOVE -> " (above the range)";
        };
    }
}
