package org.planwatch.streams;

import org.planwatch.schema.IndicatorReading;
import org.planwatch.schema.ProgressAlert;

/** What the evaluation step made of a reading: an alert, or the reading refused. */
record Outcome(ProgressAlert alert, IndicatorReading refused) {
    static Outcome alert(ProgressAlert alert) {
        return new Outcome(alert, null);
    }

    static Outcome refused(IndicatorReading reading) {
        return new Outcome(null, reading);
    }

    boolean isAlert() {
        return alert != null;
    }
}
