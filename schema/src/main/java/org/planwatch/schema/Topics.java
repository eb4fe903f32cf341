package org.planwatch.schema;

import java.util.Map;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.planwatch.domain.Keys;
import org.planwatch.domain.Target;

/**
 * Every topic PlanWatch uses, with its serdes and creation settings. Keys are strings:
 * {@code region|indicator} for readings, so one indicator of one region stays in order on one
 * partition, and {@code plan|region|indicator} for targets and alerts.
 */
public final class Topics {

    /** Readings and targets must have the same partition count: the job joins them by key. */
    public static final int PARTITIONS = 6;

    private static final Serde<String> KEY = Serdes.String();

    public static final Topic<String, IndicatorReading> READINGS = Topic.of(
            "plan-readings",
            KEY,
            AvroSerde.of(IndicatorReading.getClassSchema(), KnownSchemas.store()),
            PARTITIONS,
            Map.of(
                    TopicConfig.CLEANUP_POLICY_CONFIG,
                    TopicConfig.CLEANUP_POLICY_DELETE,
                    TopicConfig.RETENTION_MS_CONFIG,
                    "-1"));

    /** Compacted: the latest version of each target wins, and a new reader sees every target. */
    public static final Topic<String, PlanTarget> TARGETS = Topic.of(
            "plan-targets",
            KEY,
            AvroSerde.of(PlanTarget.getClassSchema(), KnownSchemas.store()),
            PARTITIONS,
            Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT));

    /** An alert each time the status of a plan|region|indicator changes, with the status before it. */
    public static final Topic<String, ProgressEvaluation> ALERTS = Topic.of(
            "plan-alerts",
            KEY,
            AvroSerde.of(ProgressEvaluation.getClassSchema(), KnownSchemas.store()),
            PARTITIONS,
            Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_DELETE));

    /**
     * Compacted: the current status of every plan|region|indicator, replaced at each changed
     * evaluation and deleted with its target, so that any consumer can rebuild its state.
     */
    public static final Topic<String, ProgressEvaluation> STATUSES = Topic.of(
            "plan-status",
            KEY,
            AvroSerde.of(ProgressEvaluation.getClassSchema(), KnownSchemas.store()),
            PARTITIONS,
            Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT));

    /** Readings the job could not decode or evaluate, raw bytes kept, with headers saying why. */
    public static final Topic<byte[], byte[]> READINGS_DLQ = deadLetters("plan-readings-dlq");

    /** Notices to department leads that no channel acknowledged after the retries, with the error. */
    public static final Topic<byte[], byte[]> NOTIFICATIONS_DLQ = deadLetters("plan-notifications-dlq");

    /** Raw bytes, one partition, kept for good: a record of what went wrong is not to expire. */
    private static Topic<byte[], byte[]> deadLetters(String name) {
        return Topic.of(
                name,
                Serdes.ByteArray(),
                Serdes.ByteArray(),
                1,
                Map.of(
                        TopicConfig.CLEANUP_POLICY_CONFIG,
                        TopicConfig.CLEANUP_POLICY_DELETE,
                        TopicConfig.RETENTION_MS_CONFIG,
                        "-1"));
    }

    private Topics() {}

    /** The key of a reading: region and indicator. */
    public static String readingKey(String region, String indicator) {
        return Keys.series(region, indicator);
    }

    /** The key of a target or alert: plan, region and indicator. */
    public static String targetKey(Target target) {
        return target.key();
    }

    /** The key of the target an evaluation judges: plan, region and indicator. */
    public static String targetKey(ProgressEvaluation evaluation) {
        return Keys.target(evaluation.getPlan(), evaluation.getRegion(), evaluation.getIndicator());
    }
}
