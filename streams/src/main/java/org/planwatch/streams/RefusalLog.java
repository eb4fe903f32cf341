package org.planwatch.streams;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one WARN line of each refusal, under {@code org.planwatch} (which logback shows at WARN;
 * Kafka's own handler lines are under {@code org.apache.kafka}, which it sets to ERROR).
 */
final class RefusalLog {
    private static final Logger LOG = LoggerFactory.getLogger(RefusalLog.class);

    private RefusalLog() {}

    /** A reading refused: where it is, whose it is, and why. */
    static void reading(String topic, int partition, long offset, String what, String reason, String detail) {
        LOG.warn(
                "refused reading {}-{}@{} {}: {}: {} (sent to the dead-letter topic)",
                topic,
                partition,
                offset,
                what,
                reason,
                detail);
    }

    /** A record Kafka Streams could not decode. */
    static void undecodable(String topic, int partition, long offset, Exception cause) {
        LOG.warn(
                "refused record {}-{}@{}: {}: {} (sent to the dead-letter topic)",
                topic,
                partition,
                offset,
                RefusalCounter.UNDECODABLE,
                cause.toString());
    }

    /** A target whose evaluation failed: it keeps its last evaluation. */
    static void target(String topic, int partition, long offset, String targetKey, Exception cause) {
        LOG.warn(
                "evaluation of target {} ({}-{}@{}) failed, its last evaluation stands: {}",
                targetKey,
                topic,
                partition,
                offset,
                cause.toString());
    }
}
