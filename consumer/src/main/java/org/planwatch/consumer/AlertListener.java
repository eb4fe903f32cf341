package org.planwatch.consumer;

import org.planwatch.schema.ProgressEvaluation;

/** Told of what the consumer reads, after the board and metrics have taken it (the demo's live view). */
public interface AlertListener {
    /** A status changed: a record of the alerts topic. */
    void onAlert(String key, ProgressEvaluation alert);

    /** A target's current evaluation changed (null: the target is gone): a record of the status topic. */
    default void onStatus(String key, ProgressEvaluation status) {}
}
