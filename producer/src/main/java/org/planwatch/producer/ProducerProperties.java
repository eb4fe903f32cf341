package org.planwatch.producer;

import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.planwatch.runtime.ClientGuarantees;
import org.planwatch.runtime.KafkaClientProperties;
import org.planwatch.schema.RegionPartitioner;
import org.planwatch.schema.Topic;

/**
 * How PlanWatch producers talk to Kafka: idempotent, every replica acknowledges, a record keyed by
 * region goes to its region's partition ({@link RegionPartitioner}).
 */
public final class ProducerProperties {
    private ProducerProperties() {}

    public static Properties properties(String bootstrap, String clientId, Map<String, String> overrides) {
        return properties(bootstrap, clientId, overrides, KafkaClientProperties.NONE);
    }

    /** With the user's client properties (security, tuning) under PlanWatch's guarantees and {@code overrides}. */
    public static Properties properties(
            String bootstrap, String clientId, Map<String, String> overrides, KafkaClientProperties file) {
        Properties defaults = new Properties();
        defaults.put(ProducerConfig.CLIENT_ID_CONFIG, clientId);
        defaults.put(ProducerConfig.LINGER_MS_CONFIG, 5);
        defaults.put(ProducerConfig.BATCH_SIZE_CONFIG, 64 * 1024);
        // Bounded: a broker that stays away turns into a clear error, not an endless wait.
        defaults.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 60_000);
        defaults.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 30_000);
        Properties guarantees = ClientGuarantees.durableWriter(bootstrap);
        // Readings and targets go to their region's partition, so the progress job takes them
        // without a repartition hop; any other key is partitioned as by Kafka's default.
        guarantees.put(ProducerConfig.PARTITIONER_CLASS_CONFIG, RegionPartitioner.class);
        guarantees.putAll(overrides);
        return file.merge("producer " + clientId, defaults, guarantees);
    }

    public static <K, V> Producer<K, V> producer(Topic<K, V> topic, Properties properties) {
        return new KafkaProducer<>(
                properties, topic.keySerde().serializer(), topic.valueSerde().serializer());
    }
}
