package org.planwatch.streams;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The WARN line of each undecodable record and failed target, under {@code org.planwatch} (which
 * logback shows at WARN; Kafka's own handler lines are under {@code org.apache.kafka}, which it sets
 * to ERROR). Refused readings, which come by the thousand in a backfill, have {@link
 * RefusedReadingsLog}.
 */
final class RefusalLog {
    private static final Logger LOG = LoggerFactory.getLogger(RefusalLog.class);

    private RefusalLog() {}

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
