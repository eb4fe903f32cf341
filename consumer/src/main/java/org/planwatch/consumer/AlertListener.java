package org.planwatch.consumer;

import org.planwatch.schema.ProgressAlert;

/** Told of every alert after the board and metrics have taken it (the demo's live table). */
@FunctionalInterface
public interface AlertListener {
    void onAlert(String key, ProgressAlert alert, boolean current);
}
