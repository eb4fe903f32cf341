package org.planwatch.bench;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.common.serialization.Serializer;
import org.planwatch.producer.RawReading;
import org.planwatch.schema.IndicatorReading;
import org.planwatch.schema.TopicSet;
import org.planwatch.schema.Topics;

/** Readings as the bytes on the readings topic, encoded once and untimed, for the baselines. */
record Events(List<byte[]> keys, List<byte[]> values) {
    static Events of(List<RawReading> readings, TopicSet topics) {
        Serializer<IndicatorReading> serializer = topics.readings().valueSerde().serializer();
        List<byte[]> keys = new ArrayList<>(readings.size());
        List<byte[]> values = new ArrayList<>(readings.size());
        Instant now = Instant.now();
        for (RawReading r : readings) {
            keys.add(Topics.readingKey(r.region(), r.indicator()).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            values.add(serializer.serialize(
                    topics.readings().name(),
                    IndicatorReading.newBuilder()
                            .setReadingId(BenchWorkload.SOURCE + "|" + r.location())
                            .setRegion(r.region())
                            .setIndicator(r.indicator())
                            .setYear(r.year())
                            .setValue(r.value())
                            .setUnit(r.unit())
                            .setSource(BenchWorkload.SOURCE)
                            .setPublishedAt(now)
                            .setRevision(r.revision())
                            .setVintage(r.vintage())
                            .build()));
        }
        return new Events(keys, values);
    }

    int size() {
        return keys.size();
    }

    double meanValueBytes() {
        return values.stream().mapToInt(v -> v.length).average().orElse(0);
    }
}
