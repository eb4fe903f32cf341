package org.planwatch.schema;

import java.util.Map;
import org.apache.kafka.common.serialization.Serde;

/**
 * A topic with its key and value serdes and the settings it is created with, declared once in
 * {@link Topics}.
 */
public record Topic<K, V>(
        String name, Serde<K> keySerde, Serde<V> valueSerde, int partitions, Map<String, String> configs) {

    public static <K, V> Topic<K, V> of(
            String name, Serde<K> keySerde, Serde<V> valueSerde, int partitions, Map<String, String> configs) {
        return new Topic<>(name, keySerde, valueSerde, partitions, Map.copyOf(configs));
    }

    /** The same topic under another name, such as a per-test or per-tenant prefix. */
    public Topic<K, V> renamed(String newName) {
        return new Topic<>(newName, keySerde, valueSerde, partitions, configs);
    }
}
