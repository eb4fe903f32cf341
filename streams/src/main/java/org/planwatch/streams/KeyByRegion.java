package org.planwatch.streams;

import java.nio.ByteBuffer;
import java.util.function.BiFunction;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.processor.api.RecordMetadata;
import org.planwatch.schema.PlanTarget;
import org.planwatch.schema.RegionEvent;

/**
 * Re-keys a reading or a target change by its region, noting the topic, partition and offset it
 * came from so that a refusal further on can still say where the record is.
 */
final class KeyByRegion<V> implements Processor<String, V, String, RegionEvent> {
    private final BiFunction<String, V, String> region;
    private final EventOf<V> event;
    private ProcessorContext<String, RegionEvent> context;

    private KeyByRegion(BiFunction<String, V, String> region, EventOf<V> event) {
        this.region = region;
        this.event = event;
    }

    /** The published bytes ride with the reading, for a refusal to send to the dead-letter topic. */
    static KeyByRegion<Published> readings() {
        return new KeyByRegion<>(
                (key, published) -> published.reading().getRegion(),
                (key, published, o) -> new RegionEvent(
                        published.reading(),
                        null,
                        null,
                        false,
                        o.topic(),
                        o.partition(),
                        o.offset(),
                        ByteBuffer.wrap(published.bytes()),
                        null,
                        null));
    }

    /** A target's region comes from its key {@code plan|region|indicator}: a deletion has no value. */
    static KeyByRegion<PlanTarget> targets() {
        return new KeyByRegion<>(
                (key, target) -> TargetIndex.regionOf(key),
                (key, target, o) -> new RegionEvent(
                        null, key, target, false, o.topic(), o.partition(), o.offset(), null, null, null));
    }

    @Override
    public void init(ProcessorContext<String, RegionEvent> context) {
        this.context = context;
    }

    @Override
    public void process(Record<String, V> record) {
        RecordMetadata origin = context.recordMetadata().orElseThrow();
        String own = region.apply(record.key(), record.value());
        context.forward(record.withKey(own).withValue(event.of(record.key(), record.value(), origin)));
    }

    /**
     * The event for a record, by the all-fields constructor: Avro's builders validate and deep-copy,
     * which cost the job measurably per reading (bench profile).
     */
    @FunctionalInterface
    private interface EventOf<V> {
        RegionEvent of(String key, V value, RecordMetadata origin);
    }
}
