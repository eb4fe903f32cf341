package org.planwatch.schema;

/**
 * The headers every dead-letter record carries, whoever wrote it (the streams job for readings,
 * the consumer for notices it could not deliver), so that one reader can count and explain both.
 */
public final class RefusalHeaders {
    /** A short reason code: {@code year-outside-plans}, {@code undelivered}, … */
    public static final String REASON = "planwatch.error.reason";
    /** The reason in words, for a person. */
    public static final String DETAIL = "planwatch.error.detail";

    private RefusalHeaders() {}
}
