package org.planwatch.evaluation;

import org.planwatch.domain.Status;

/**
 * The cut-offs of the method. The progress ratio R is the change achieved over the change the
 * path requires by then; the classes are Eurostat's SDG monitoring classes (R ≥ 0.95, 0.60 ≤ R &lt;
 * 0.95, 0 ≤ R &lt; 0.60, R &lt; 0), with {@code ahead} added for the NDRC's 快于预期.
 *
 * @param ahead R from which a target is ahead of its path (快于预期)
 * @param onTrack R from which it is on track (基本符合预期)
 * @param lagging R from which it is lagging (滞后) rather than severely lagging
 * @param trendReadings readings needed before the trend is projected to the target year
 * @param stableShare how far from the base, as a share of it, 保持稳定 still holds
 * @param tolerance how close to a number counts as meeting it (左右, printed precision)
 */
public record Thresholds(
        double ahead, double onTrack, double lagging, int trendReadings, double stableShare, Tolerance tolerance) {

    public static final Thresholds DEFAULT = new Thresholds(1.05, 0.95, 0.60, 3, 0.02, Tolerance.DEFAULT);

    public Thresholds {
        if (!(lagging > 0 && lagging < onTrack && onTrack <= 1 && ahead >= 1)) {
            throw new IllegalArgumentException("thresholds must satisfy 0 < lagging < on-track <= 1 <= ahead, got "
                    + lagging + ", " + onTrack + ", " + ahead);
        }
        if (trendReadings < 3) {
            throw new IllegalArgumentException("a trend needs at least 3 readings, got " + trendReadings);
        }
    }

    /** The class of a progress ratio. */
    public Status classify(double ratio) {
        if (ratio >= ahead) {
            return Status.AHEAD;
        }
        if (ratio >= onTrack) {
            return Status.ON_TRACK;
        }
        if (ratio >= lagging) {
            return Status.LAGGING;
        }
        return ratio >= 0 ? Status.SEVERELY_LAGGING : Status.REGRESSING;
    }

    /** The worse of two in-period classes (AHEAD best, REGRESSING worst). */
    static Status worse(Status a, Status b) {
        return rank(a) <= rank(b) ? a : b;
    }

    private static int rank(Status s) {
        return switch (s) {
            case REGRESSING -> 0;
            case SEVERELY_LAGGING -> 1;
            case LAGGING -> 2;
            case ON_TRACK -> 3;
            case AHEAD -> 4;
            default -> throw new IllegalArgumentException(s + " is not an in-period class");
        };
    }
}
