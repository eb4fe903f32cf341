package org.planwatch.evaluation;

import org.planwatch.domain.Status;
import org.planwatch.domain.Target;

/** The statuses of a yes-or-no test (within the band, below the average, no year falling). */
final class Verdict {
    private Verdict() {}

    /** At the target year: achieved, or missed, or breached when the target binds. */
    static Status atTargetYear(boolean met, Target t) {
        return met ? Status.ACHIEVED : t.binding() ? Status.BREACHED : Status.MISSED;
    }

    /** A line crossed in the period: breached when the target binds, lagging otherwise. */
    static Status crossed(Target t) {
        return t.binding() ? Status.BREACHED : Status.LAGGING;
    }

    /** In the period: on track or lagging; at the target year, {@link #atTargetYear}. */
    static Status held(boolean met, Target t, int year) {
        if (year == t.targetYear()) {
            return atTargetYear(met, t);
        }
        return met ? Status.ON_TRACK : Status.LAGGING;
    }
}
