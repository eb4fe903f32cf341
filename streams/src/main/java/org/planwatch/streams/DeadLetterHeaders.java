package org.planwatch.streams;

import java.nio.charset.StandardCharsets;
import org.apache.kafka.common.header.Headers;
import org.planwatch.domain.ReadingCheck;

/**
 * Headers on a record PlanWatch refuses, saying why and where it came from. Undecodable records
 * get Kafka Streams' own {@code __streams.errors.*} headers; these sit beside them.
 */
public final class DeadLetterHeaders {
    public static final String REASON = "planwatch.error.reason";
    public static final String DETAIL = "planwatch.error.detail";
    public static final String TOPIC = "planwatch.error.topic";
    public static final String PARTITION = "planwatch.error.partition";
    public static final String OFFSET = "planwatch.error.offset";

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
    public static final String YEAR_OUTSIDE_PLANS = "year-outside-plans";

    private DeadLetterHeaders() {}

    static void add(Headers headers, String reason, String detail, String topic, int partition, long offset) {
        headers.add(REASON, bytes(reason));
        headers.add(DETAIL, bytes(detail));
        headers.add(TOPIC, bytes(topic));
        headers.add(PARTITION, bytes(Integer.toString(partition)));
        headers.add(OFFSET, bytes(Long.toString(offset)));
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
