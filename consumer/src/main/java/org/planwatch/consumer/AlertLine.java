package org.planwatch.consumer;

import org.planwatch.schema.ProgressEvaluation;

/**
 * The line the consumer prints for each status change it reads, so that whoever runs it sees
 * alerts arrive (its log, or a terminal), whether or not a lead is told: the target, the year,
 * the status and the one before, and a label where the figure is simulated.
 */
final class AlertLine {
    private AlertLine() {}

    static String of(ProgressEvaluation a) {
        String before = a.getPreviousStatus() == null ? "first evaluation" : "was " + a.getPreviousStatus();
        String simulated =
                a.getReadingSource().startsWith(IndicatorMetrics.SIMULATED_SOURCE_PREFIX) ? "  [simulated]" : "";
        return "alert  " + a.getPlan() + "  " + a.getRegion() + "  " + a.getIndicator() + "  " + a.getYear() + "  "
                + a.getStatus() + "  (" + before + ")" + simulated;
    }
}
