package org.planwatch.consumer;

import java.time.Instant;
import org.planwatch.schema.ProgressEvaluation;
import org.planwatch.schema.ProgressStatus;

/** Alerts for tests. */
final class Alerts {
    private Alerts() {}

    static ProgressEvaluation alert(
            int year, ProgressStatus status, double actual, Double expected, Double progress, long at) {
        return ProgressEvaluation.newBuilder()
                .setPlan("jm-health-14")
                .setRegion("440700")
                .setIndicator("hospital_beds_per_1000")
                .setYear(year)
                .setStatus(status)
                .setPreviousStatus(null)
                .setActual(actual)
                .setExpected(expected)
                .setProgress(progress)
                .setReason("r")
                .setDepartment("市卫生健康局")
                .setBinding(false)
                .setTargetSource("002:3344")
                .setReadingId("id-" + year)
                .setReadingSource("simulated:test")
                .setEvaluatedAt(Instant.ofEpochMilli(at))
                .build();
    }
}
