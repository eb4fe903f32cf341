package org.planwatch.streams;

import org.planwatch.schema.ProgressAlert;

/**
 * What the evaluation step made of an event: a changed evaluation for the status topic (null: the
 * target is gone), an alert for a changed status, or a reading refused.
 */
record Outcome(Kind kind, ProgressAlert value, byte[] refused) {
    enum Kind {
        STATUS,
        ALERT,
        REFUSED
    }

    static Outcome status(ProgressAlert current) {
        return new Outcome(Kind.STATUS, current, null);
    }

    static Outcome alert(ProgressAlert alert) {
        return new Outcome(Kind.ALERT, alert, null);
    }

    /** A reading refused, as the bytes it was published as. */
    static Outcome refused(byte[] published) {
        return new Outcome(Kind.REFUSED, null, published);
    }
}
