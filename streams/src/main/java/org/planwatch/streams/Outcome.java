package org.planwatch.streams;

import org.planwatch.schema.ProgressEvaluation;
import org.planwatch.schema.RegionEvent;

/**
 * What the evaluation step made of an event: a changed evaluation for the status topic (null: the
 * target is gone), an alert for a changed status, a reading refused, or a message for another
 * region's task about an average (a subscription, a copy, an answer; see {@link AverageSubscriptions}),
 * keyed by that region, with the topic that takes it there.
 */
record Outcome(Kind kind, ProgressEvaluation value, byte[] refused, RegionEvent message, String destination) {
    enum Kind {
        STATUS,
        ALERT,
        REFUSED,
        MESSAGE
    }

    static Outcome status(ProgressEvaluation current) {
        return new Outcome(Kind.STATUS, current, null, null, null);
    }

    static Outcome alert(ProgressEvaluation alert) {
        return new Outcome(Kind.ALERT, alert, null, null, null);
    }

    /** A reading refused, as the bytes it was published as. */
    static Outcome refused(byte[] published) {
        return new Outcome(Kind.REFUSED, null, published, null, null);
    }

    /** A message for the task of the region it is keyed by, through {@code topic}. */
    static Outcome message(RegionEvent message, String topic) {
        return new Outcome(Kind.MESSAGE, null, null, message, topic);
    }
}
