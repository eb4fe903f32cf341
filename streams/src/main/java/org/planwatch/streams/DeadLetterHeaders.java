package org.planwatch.streams;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.apache.kafka.common.header.Headers;
import org.planwatch.domain.ReadingCheck;
import org.planwatch.schema.RefusalHeaders;

/**
 * Headers on a record PlanWatch refuses, saying why and where it came from. Undecodable records
 * get Kafka Streams' own {@code __streams.errors.*} headers; these sit beside them.
 */
public final class DeadLetterHeaders {
    public static final String REASON = RefusalHeaders.REASON;
    public static final String DETAIL = RefusalHeaders.DETAIL;
    public static final String TOPIC = "planwatch.error.topic";
    public static final String PARTITION = "planwatch.error.partition";
    public static final String OFFSET = "planwatch.error.offset";
    /** When the job refused the record, ISO-8601 UTC; the record's own timestamp is the one it was published with. */
    public static final String TIME = "planwatch.error.time";

    /** Reason code: the reading's indicator is not in the indicator dictionary. */
    public static final String UNKNOWN_INDICATOR = ReadingCheck.UNKNOWN_INDICATOR;
    /** Reason code: the reading's region is not in the region dictionary. */
    public static final String UNKNOWN_REGION = ReadingCheck.UNKNOWN_REGION;
    /** Reason code: the reading states a unit its indicator is never printed in. */
    public static final String WRONG_UNIT = ReadingCheck.WRONG_UNIT;
    /** Reason code: NaN or infinite. */
    public static final String NOT_FINITE = ReadingCheck.NOT_FINITE;
    /** Reason code: a value the indicator cannot take. */
    public static final String OUT_OF_RANGE = ReadingCheck.OUT_OF_RANGE;
    /** Reason code: targets exist, but no plan's period covers the reading's year. */
    public static final String YEAR_OUTSIDE_PLANS = ReadingCheck.YEAR_OUTSIDE_PLANS;
    /** Reason code: a value no real figure has (a growth below -100%, 1e308 enterprises). */
    public static final String IMPLAUSIBLE = ReadingCheck.IMPLAUSIBLE;
    /**
     * Reason code: the reading passed the admission rule, yet evaluating a target on it threw; it
     * is kept out of the history, so the target's next valid reading is judged as if it never came.
     */
    public static final String EVALUATION_FAILED = "evaluation-failed";

    private DeadLetterHeaders() {}

    static void add(
            Headers headers, String reason, String detail, String topic, int partition, long offset, Instant at) {
        headers.add(REASON, bytes(reason));
        headers.add(DETAIL, bytes(detail));
        headers.add(TOPIC, bytes(topic));
        headers.add(PARTITION, bytes(Integer.toString(partition)));
        headers.add(OFFSET, bytes(Long.toString(offset)));
        headers.add(TIME, bytes(at.toString()));
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
