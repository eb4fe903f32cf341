package org.planwatch.consumer;

import io.micrometer.core.instrument.MeterRegistry;
import java.util.Properties;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.planwatch.runtime.ClientGuarantees;
import org.planwatch.runtime.KafkaClientProperties;
import org.planwatch.schema.TopicSet;

/**
 * What telling department leads takes beside the routes: the targets topic read back (so a
 * message states its target's numbers), the producer of the notifications' dead-letter topic, and
 * the {@link Notifier} over them. A consumer that tells no one has none of these.
 */
record Telling(TargetBook targets, Producer<byte[], byte[]> deadLetters, Notifier notifier) {

    static Telling start(
            Notifications notifications,
            TopicSet topics,
            String bootstrap,
            KafkaClientProperties file,
            MeterRegistry registry) {
        TargetBook targets = TargetBook.reading(topics.targets(), StatusReader.properties(bootstrap, file));
        Producer<byte[], byte[]> deadLetters = new KafkaProducer<>(
                file.merge(
                        "notifications dead-letter producer",
                        new Properties(),
                        ClientGuarantees.durableWriter(bootstrap)),
                new ByteArraySerializer(),
                new ByteArraySerializer());
        return new Telling(
                targets,
                deadLetters,
                notifications.notifier(registry, deadLetters, topics.notificationsDlq(), targets));
    }
}
