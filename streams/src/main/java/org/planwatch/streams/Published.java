package org.planwatch.streams;

import java.util.Map;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.Serializer;
import org.planwatch.schema.IndicatorReading;

/**
 * A reading as the job read it off the readings topic: decoded, and the bytes it was published
 * as. A refusal further on sends those bytes to the dead-letter topic, so that what is replayed
 * from there is what the producer wrote, in its writer schema, not the job's re-encoding.
 */
record Published(IndicatorReading reading, byte[] bytes) {

    /**
     * The readings' serde wrapped to keep the bytes. A record that does not decode still throws
     * here, so Kafka Streams' deserialization handler dead-letters it as it always did.
     */
    static Serde<Published> serde(Serde<IndicatorReading> readings) {
        Deserializer<IndicatorReading> decode = readings.deserializer();
        Deserializer<Published> deserializer = new Deserializer<>() {
            @Override
            public void configure(Map<String, ?> configs, boolean isKey) {
                decode.configure(configs, isKey);
            }

            @Override
            public Published deserialize(String topic, byte[] data) {
                return deserialize(topic, null, data);
            }

            @Override
            public Published deserialize(String topic, Headers headers, byte[] data) {
                IndicatorReading reading = decode.deserialize(topic, headers, data);
                return reading == null ? null : new Published(reading, data);
            }
        };
        Serializer<Published> serializer = (topic, published) -> published == null ? null : published.bytes();
        return Serdes.serdeFrom(serializer, deserializer);
    }
}
