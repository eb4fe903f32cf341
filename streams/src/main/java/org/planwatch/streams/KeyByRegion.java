package org.planwatch.streams;

import java.util.function.BiFunction;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.processor.api.RecordMetadata;
import org.planwatch.schema.IndicatorReading;
import org.planwatch.schema.PlanTarget;
import org.planwatch.schema.RegionEvent;

/**
 * Re-keys a reading or a target change by its region, noting the topic, partition and offset it
 * came from so that a refusal further on can still say where the record is.
 */
final class KeyByRegion<V> implements Processor<String, V, String, RegionEvent> {
    private final BiFunction<String, V, String> region;
    private final BiFunction<String, V, RegionEvent.Builder> event;
    private ProcessorContext<String, RegionEvent> context;

    private KeyByRegion(BiFunction<String, V, String> region, BiFunction<String, V, RegionEvent.Builder> event) {
        this.region = region;
        this.event = event;
    }

    static KeyByRegion<IndicatorReading> readings() {
        return new KeyByRegion<>(
                (key, reading) -> reading.getRegion(),
                (key, reading) -> RegionEvent.newBuilder().setReading(reading));
    }

    /** A target's region comes from its key {@code plan|region|indicator}: a deletion has no value. */
    static KeyByRegion<PlanTarget> targets() {
        return new KeyByRegion<>(
                (key, target) -> TargetIndex.regionOf(key),
                (key, target) -> RegionEvent.newBuilder().setTargetKey(key).setTarget(target));
    }

    @Override
    public void init(ProcessorContext<String, RegionEvent> context) {
        this.context = context;
    }

    @Override
    public void process(Record<String, V> record) {
        RecordMetadata origin = context.recordMetadata().orElseThrow();
        RegionEvent value = event.apply(record.key(), record.value())
                .setOriginTopic(origin.topic())
                .setOriginPartition(origin.partition())
                .setOriginOffset(origin.offset())
                .build();
        context.forward(
                record.withKey(region.apply(record.key(), record.value())).withValue(value));
    }
}
