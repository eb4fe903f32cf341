package org.planwatch.streams;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.StreamsConfig;
import org.planwatch.domain.Target;
import org.planwatch.runtime.TopicCreator;
import org.planwatch.schema.IndicatorReading;
import org.planwatch.schema.RegionPartitioner;
import org.planwatch.schema.TargetCodec;
import org.planwatch.schema.TopicSet;
import org.planwatch.schema.Topics;

/**
 * A test's own set of the job's topics on a real broker, and what the job's tests do with them:
 * send a target as the catalogue publishes it and a reading as the producer does (through a
 * producer of bytes, so that a test can also send what no serializer would), and read back what
 * the job committed.
 */
record JobTopics(String bootstrap, TopicSet topics) {

    /** The job's topics under a prefix of their own ({@code prefix} and a random id), created on the broker. */
    static JobTopics fresh(String bootstrap, String prefix) throws InterruptedException, TimeoutException {
        return on(bootstrap, TopicSet.defaults().prefixed(prefix + UUID.randomUUID() + "-"));
    }

    /** {@code topics}, created on the broker at {@code bootstrap} where they are missing. */
    static JobTopics on(String bootstrap, TopicSet topics) throws InterruptedException, TimeoutException {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            new TopicCreator(admin, Optional.empty()).ensure(topics.all(), Duration.ofSeconds(30));
        }
        return new JobTopics(bootstrap, topics);
    }

    /** The job's properties on these topics under {@code applicationId}, committing every 100 ms so that output shows soon. */
    Properties jobProperties(String applicationId, Path stateDir) {
        return StreamsProperties.properties(
                bootstrap, applicationId, stateDir, topics, Map.of(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, "100"));
    }

    /** A producer of raw values, acknowledged by every replica. */
    KafkaProducer<String, byte[]> producer() {
        return producer(Map.of());
    }

    /** A producer that puts a region's records on its region's partition, as PlanWatch's own producers do. */
    KafkaProducer<String, byte[]> regionPartitionedProducer() {
        return producer(Map.of(ProducerConfig.PARTITIONER_CLASS_CONFIG, RegionPartitioner.class));
    }

    private KafkaProducer<String, byte[]> producer(Map<String, Object> more) {
        Map<String, Object> config = new HashMap<>(more);
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        return new KafkaProducer<>(config, new StringSerializer(), new ByteArraySerializer());
    }

    /** Sends {@code target} on its key, as the catalogue publishes it, and waits for the broker's answer. */
    RecordMetadata sendTarget(Producer<String, byte[]> producer, Target target)
            throws InterruptedException, ExecutionException {
        return producer.send(new ProducerRecord<>(
                        topics.targets().name(),
                        Topics.targetKey(target),
                        topics.targets().valueSerde().serializer().serialize("", TargetCodec.toEvent(target))))
                .get();
    }

    /** Sends {@code reading} on its region and indicator's key, to the partition the producer's partitioner picks. */
    RecordMetadata sendReading(Producer<String, byte[]> producer, IndicatorReading reading)
            throws InterruptedException, ExecutionException {
        return sendReading(producer, null, reading);
    }

    /** Sends {@code reading} to {@code partition} (null: the partitioner's choice), as some other producer might. */
    RecordMetadata sendReading(Producer<String, byte[]> producer, Integer partition, IndicatorReading reading)
            throws InterruptedException, ExecutionException {
        return producer.send(new ProducerRecord<>(
                        topics.readings().name(),
                        partition,
                        Topics.readingKey(reading.getRegion(), reading.getIndicator()),
                        topics.readings().valueSerde().serializer().serialize("", reading)))
                .get();
    }

    /** Reads committed records of {@code topic} until {@code count} arrive, and asserts that no more follow. */
    List<ConsumerRecord<byte[], byte[]>> readCommitted(String topic, int count) {
        List<ConsumerRecord<byte[], byte[]>> records = CommittedRecords.read(
                bootstrap,
                new ByteArrayDeserializer(),
                topic,
                count,
                Duration.ofSeconds(60),
                Duration.ofSeconds(1),
                () -> {});
        assertThat(records).as("records on %s", topic).hasSize(count);
        return records;
    }
}
