package org.planwatch.streams;

import java.nio.ByteBuffer;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.processor.api.RecordMetadata;
import org.planwatch.domain.RegionDictionary;
import org.planwatch.schema.PlanTarget;
import org.planwatch.schema.RegionEvent;

/**
 * Re-keys a reading or a target change by its region, noting the topic, partition and offset it
 * came from so that a refusal further on can still say where the record is. A reading of a region
 * that contains others (the country, a province, a city) is also copied, marked as a reference,
 * to each region inside it: a city's target "below the provincial average" is judged where the
 * city's state is, with the province's figure beside it, while every region keeps its own key and
 * the work spreads over the partitions.
 */
final class KeyByRegion<V> implements Processor<String, V, String, RegionEvent> {
    private final BiFunction<String, V, String> region;
    private final EventOf<V> event;
    private final Function<String, List<String>> inside;
    private ProcessorContext<String, RegionEvent> context;

    private KeyByRegion(BiFunction<String, V, String> region, EventOf<V> event, Function<String, List<String>> inside) {
        this.region = region;
        this.event = event;
        this.inside = inside;
    }

    /** The published bytes ride with the reading itself, not with its reference copies, which are never dead-lettered. */
    static KeyByRegion<Published> readings(RegionDictionary regions) {
        return new KeyByRegion<>(
                (key, published) -> published.reading().getRegion(),
                (key, published, reference, o) -> new RegionEvent(
                        published.reading(),
                        null,
                        null,
                        reference,
                        o.topic(),
                        o.partition(),
                        o.offset(),
                        reference ? null : ByteBuffer.wrap(published.bytes())),
                regions::within);
    }

    /** A target's region comes from its key {@code plan|region|indicator}: a deletion has no value. */
    static KeyByRegion<PlanTarget> targets() {
        return new KeyByRegion<>(
                (key, target) -> TargetIndex.regionOf(key),
                (key, target, reference, o) ->
                        new RegionEvent(null, key, target, reference, o.topic(), o.partition(), o.offset(), null),
                own -> List.of());
    }

    @Override
    public void init(ProcessorContext<String, RegionEvent> context) {
        this.context = context;
    }

    @Override
    public void process(Record<String, V> record) {
        RecordMetadata origin = context.recordMetadata().orElseThrow();
        String own = region.apply(record.key(), record.value());
        context.forward(record.withKey(own).withValue(event.of(record.key(), record.value(), false, origin)));
        List<String> smaller = inside.apply(own);
        if (!smaller.isEmpty()) {
            // One copy serves every region inside: the reading in it is shared, and only read from here on.
            RegionEvent copy = event.of(record.key(), record.value(), true, origin);
            for (String region : smaller) {
                context.forward(record.withKey(region).withValue(copy));
            }
        }
    }

    /**
     * The event for a record, by the all-fields constructor: Avro's builders validate and deep-copy,
     * which cost the job measurably per reading (bench profile).
     */
    @FunctionalInterface
    private interface EventOf<V> {
        RegionEvent of(String key, V value, boolean reference, RecordMetadata origin);
    }
}
