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
 * Re-keys a reading or a target change by the province of its region, noting the topic, partition
 * and offset it came from so that a refusal further on can still say where the record is. A
 * province, its cities and their districts share one key, so the task that judges a city's
 * target against the provincial average (低于全省平均水平) holds the province's figures too.
 */
final class KeyByProvince<V> implements Processor<String, V, String, RegionEvent> {
    private final BiFunction<String, V, String> region;
    private final BiFunction<String, V, RegionEvent.Builder> event;
    private ProcessorContext<String, RegionEvent> context;

    private KeyByProvince(BiFunction<String, V, String> region, BiFunction<String, V, RegionEvent.Builder> event) {
        this.region = region;
        this.event = event;
    }

    static KeyByProvince<IndicatorReading> readings() {
        return new KeyByProvince<>(
                (key, reading) -> reading.getRegion(),
                (key, reading) -> RegionEvent.newBuilder().setReading(reading));
    }

    /** A target's region comes from its key {@code plan|region|indicator}: a deletion has no value. */
    static KeyByProvince<PlanTarget> targets() {
        return new KeyByProvince<>(
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
        context.forward(record.withKey(provinceOf(region.apply(record.key(), record.value())))
                .withValue(value));
    }

    /** {@code 440000} for 440703 and for 442000-torch; a region outside the GB/T 2260 codes (CN) is its own key. */
    static String provinceOf(String region) {
        return region.length() >= 6 && region.substring(0, 6).chars().allMatch(Character::isDigit)
                ? region.substring(0, 2) + "0000"
                : region;
    }
}
