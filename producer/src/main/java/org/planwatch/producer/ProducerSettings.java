package org.planwatch.producer;

import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.planwatch.schema.Topic;

/** How PlanWatch producers talk to Kafka: idempotent, every replica acknowledges. */
public final class ProducerSettings {
    private ProducerSettings() {}

    public static Properties properties(String bootstrap, String clientId, Map<String, String> overrides) {
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        p.put(ProducerConfig.CLIENT_ID_CONFIG, clientId);
        p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.put(ProducerConfig.LINGER_MS_CONFIG, 5);
        p.put(ProducerConfig.BATCH_SIZE_CONFIG, 64 * 1024);
        // Bounded: a broker that stays away turns into a clear error, not an endless wait.
        p.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 60_000);
        p.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 30_000);
        p.putAll(overrides);
        return p;
    }

    public static <K, V> Producer<K, V> producer(Topic<K, V> topic, Properties properties) {
        return new KafkaProducer<>(
                properties, topic.keySerde().serializer(), topic.valueSerde().serializer());
    }
}
