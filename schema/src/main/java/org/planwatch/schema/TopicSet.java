package org.planwatch.schema;

import java.util.List;

/**
 * The topics one PlanWatch pipeline uses. {@link #defaults()} are the names in {@link Topics};
 * {@link #prefixed(String)} gives a separate set on the same cluster (a test, a tenant).
 */
public record TopicSet(
        Topic<String, IndicatorReading> readings,
        Topic<String, PlanTarget> targets,
        Topic<String, ProgressEvaluation> alerts,
        Topic<String, ProgressEvaluation> statuses,
        Topic<byte[], byte[]> readingsDlq,
        Topic<byte[], byte[]> notificationsDlq) {

    public static TopicSet defaults() {
        return new TopicSet(
                Topics.READINGS,
                Topics.TARGETS,
                Topics.ALERTS,
                Topics.STATUSES,
                Topics.READINGS_DLQ,
                Topics.NOTIFICATIONS_DLQ);
    }

    public TopicSet prefixed(String prefix) {
        return new TopicSet(
                readings.renamed(prefix + readings.name()),
                targets.renamed(prefix + targets.name()),
                alerts.renamed(prefix + alerts.name()),
                statuses.renamed(prefix + statuses.name()),
                readingsDlq.renamed(prefix + readingsDlq.name()),
                notificationsDlq.renamed(prefix + notificationsDlq.name()));
    }

    public List<Topic<?, ?>> all() {
        return List.of(readings, targets, alerts, statuses, readingsDlq, notificationsDlq);
    }
}
