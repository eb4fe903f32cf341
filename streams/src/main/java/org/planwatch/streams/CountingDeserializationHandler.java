package org.planwatch.streams;

import io.micrometer.core.instrument.MeterRegistry;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.apache.kafka.streams.errors.LogAndContinueExceptionHandler;

/**
 * Kafka Streams' log-and-continue handler, which sends an undecodable record to the dead-letter
 * topic with its {@code __streams.errors.*} headers, plus a count of it under the reason {@code
 * undecodable} and a WARN line of ours (Kafka's own is hidden by logback). The registry comes in the job's configuration under {@link #REGISTRY}.
 */
public final class CountingDeserializationHandler extends LogAndContinueExceptionHandler {
    /** Configuration key of the {@link MeterRegistry} to count in (an object, not a string). */
    public static final String REGISTRY = "planwatch.meter.registry";

    private RefusalCounter refusals;

    @Override
    public void configure(Map<String, ?> configs) {
        super.configure(configs);
        if (configs.get(REGISTRY) instanceof MeterRegistry registry) {
            refusals = new RefusalCounter(registry);
        }
    }

    @Override
    public Response handleError(
            ErrorHandlerContext context, ConsumerRecord<byte[], byte[]> record, Exception exception) {
        RefusalLog.undecodable(record.topic(), record.partition(), record.offset(), exception);
        if (refusals != null) {
            refusals.count(RefusalCounter.UNDECODABLE);
        }
        return super.handleError(context, record, exception);
    }
}
