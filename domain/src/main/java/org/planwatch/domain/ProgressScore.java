package org.planwatch.domain;

import java.util.Collection;
import java.util.OptionalDouble;

/**
 * A target's progress as a score from -5 to +5, and a plan's as the mean of its targets' scores:
 * the score Statistics Canada defined for Open SDG's progress measure, so that one number tells a
 * region how its plan as a whole is going. The progress ratio R (change achieved over change the
 * path requires by then, as PlanWatch computes it) maps linearly: R ≤ -0.6 is -5, R = 0.6 is 0, R ≥
 * 1.3 is +5; a target achieved is +5 whatever its trend. A status shown without R (a line the
 * base already holds, a path that asks for no change) scores by its class: a line held is +5, as
 * Open SDG scores a figure that meets its target, and a class below it the middle of its range.
 *
 * <p>Where PlanWatch differs, and why: a binding limit crossed (突破约束) is -5, the worst a plan
 * can do; a target missed at its year is scored from R (-1.25 without one) but never above 0, since the plan's
 * promise is broken however close it came; a target that cannot be judged yet (no data, no quota,
 * not assessable) has no score and is left out of the mean rather than counted as zero.
 *
 * @see <a href="https://open-sdg.readthedocs.io/en/latest/progress-methodology/">Open SDG progress
 *     measurement methodology, "Aggregated progress status"</a>
 */
public final class ProgressScore {
    public static final double MAX = 5;
    public static final double MIN = -5;

    /** The mean score from which a plan as a whole is on track; 0 to it: progress, but acceleration needed. */
    public static final double ON_TRACK_FROM = 2.5;
    /** The mean score under which a plan is deteriorating; from it to 0: limited progress. */
    public static final double LIMITED_FROM = -2.5;

    private static final double WORST_RATIO = -0.6;
    private static final double ZERO_RATIO = 0.6;
    private static final double BEST_RATIO = 1.3;
    private static final double MISSED_WITHOUT_RATIO = LIMITED_FROM / 2;

    private ProgressScore() {}

    /** The score of one target, or empty when its status does not judge progress. */
    public static OptionalDouble of(Status status, Double ratio) {
        return switch (status) {
            case ACHIEVED -> OptionalDouble.of(MAX);
            case BREACHED -> OptionalDouble.of(MIN);
            case AWAITING_QUOTA, NOT_ASSESSABLE, INSUFFICIENT_DATA -> OptionalDouble.empty();
            case MISSED -> OptionalDouble.of(Math.min(ofRatio(ratio).orElse(MISSED_WITHOUT_RATIO), 0));
            case AHEAD, ON_TRACK, LAGGING, SEVERELY_LAGGING, REGRESSING -> {
                OptionalDouble scored = ofRatio(ratio);
                yield scored.isPresent() ? scored : OptionalDouble.of(ofClass(status));
            }
        };
    }

    /**
     * A class without a ratio (a line held, a path that asks for no change): a line met today is
     * Open SDG's "target achieved", +5; a class below it the middle of its score range.
     */
    private static double ofClass(Status status) {
        return switch (status) {
            case AHEAD, ON_TRACK -> MAX;
            case LAGGING -> ON_TRACK_FROM / 2;
            case SEVERELY_LAGGING -> LIMITED_FROM / 2;
            default -> (LIMITED_FROM + MIN) / 2;
        };
    }

    /** Open SDG's linear transformation of R, clamped to [-5, 5]; empty for a missing or non-finite R. */
    static OptionalDouble ofRatio(Double ratio) {
        if (ratio == null || !Double.isFinite(ratio)) {
            return OptionalDouble.empty();
        }
        double r = ratio;
        if (r <= WORST_RATIO) {
            return OptionalDouble.of(MIN);
        }
        if (r < ZERO_RATIO) {
            return OptionalDouble.of(MIN + (r - WORST_RATIO) / (ZERO_RATIO - WORST_RATIO) * -MIN);
        }
        if (r < BEST_RATIO) {
            return OptionalDouble.of((r - ZERO_RATIO) / (BEST_RATIO - ZERO_RATIO) * MAX);
        }
        return OptionalDouble.of(MAX);
    }

    /** The mean of the scores given, or empty when there are none. */
    public static OptionalDouble mean(Collection<Double> scores) {
        return scores.stream().mapToDouble(Double::doubleValue).average();
    }

    /** The words for a plan's mean score, Chinese then English, as Open SDG's four classes. */
    public static String describe(double mean) {
        if (mean >= ON_TRACK_FROM) {
            return "总体符合预期 on track";
        }
        if (mean >= 0) {
            return "有进展但需加快 progress made, acceleration needed";
        }
        if (mean >= LIMITED_FROM) {
            return "进展有限 limited progress";
        }
        return "总体逆向 deterioration";
    }
}
