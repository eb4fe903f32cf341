package org.planwatch.streams;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.planwatch.broker.EmbeddedKafkaBroker;
import org.planwatch.broker.EmbeddedKafkaExtension;
import org.planwatch.evaluation.ProgressEvaluator;
import org.planwatch.runtime.TopicCreator;
import org.planwatch.schema.RegionPartitioner;
import org.planwatch.schema.TargetCodec;
import org.planwatch.schema.TopicSet;
import org.planwatch.schema.Topics;

/**
 * On a real broker: readings and targets published on their region's partition are processed
 * where they are read, without the repartition topic; a reading an old producer put on another
 * partition still reaches its region's state through it.
 */
@ExtendWith(EmbeddedKafkaExtension.class)
class RegionPartitionedJobIT {
    private static final String CITY = "440700";

    @TempDir
    Path stateDir;

    @Test
    void shouldTakeRegionPartitionedRecordsWithoutTheRepartitionTopicAndOthersThroughIt(EmbeddedKafkaBroker broker)
            throws Exception {
        TopicSet topics = TopicSet.defaults().prefixed("region-it-" + UUID.randomUUID() + "-");
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", broker.bootstrapServers()))) {
            new TopicCreator(admin, Optional.empty()).ensure(topics.all(), Duration.ofSeconds(30));
        }
        String applicationId = "region-it-" + UUID.randomUUID();
        Properties props = StreamsProperties.properties(
                broker.bootstrapServers(), applicationId, stateDir, topics, Map.of("commit.interval.ms", "100"));
        int home = RegionPartitioner.partitionOf(CITY, Topics.PARTITIONS);
        int elsewhere = (home + 1) % Topics.PARTITIONS;
        var readings = topics.readings().valueSerde().serializer();
        String readingKey = Topics.readingKey(CITY, "hospital_beds_per_1000");

        try (ProgressJob job = ProgressJob.start(props, topics, ProgressEvaluator.withDefaults(), Clock.systemUTC());
                KafkaProducer<String, byte[]> producer = regionPartitioned(broker)) {
            job.awaitRunning(Duration.ofSeconds(60));
            var target = ProgressTopologyTest.BEDS_14;
            RecordMetadata targetAt = producer.send(new ProducerRecord<>(
                            topics.targets().name(),
                            Topics.targetKey(target),
                            topics.targets().valueSerde().serializer().serialize("", TargetCodec.toEvent(target))))
                    .get();
            RecordMetadata readingAt = producer.send(new ProducerRecord<>(
                            topics.readings().name(),
                            readingKey,
                            readings.serialize(
                                    "", ProgressTopologyTest.reading(CITY, "hospital_beds_per_1000", 2021, 5.3))))
                    .get();
            // as a producer that hashes the whole key might have put it
            producer.send(new ProducerRecord<>(
                            topics.readings().name(),
                            elsewhere,
                            readingKey,
                            readings.serialize(
                                    "", ProgressTopologyTest.reading(CITY, "hospital_beds_per_1000", 2023, 5.50))))
                    .get();
            assertThat(List.of(targetAt.partition(), readingAt.partition())).containsOnly(home);

            List<ConsumerRecord<byte[], byte[]>> statuses =
                    ProgressJobIT.readCommitted(broker, topics.statuses().name(), 2);
            var decoder = topics.statuses().valueSerde().deserializer();
            assertThat(statuses)
                    .extracting(r -> decoder.deserialize("", r.value()).getActual())
                    .containsExactly(5.3, 5.50);

            // the misplaced reading, alone among the city's records, took the hop (the city's
            // readings are also copied to the counties inside it, which live on other partitions)
            List<ConsumerRecord<String, byte[]>> moved = CommittedRecords.read(
                    broker.bootstrapServers(),
                    new StringDeserializer(),
                    applicationId + "-" + ProgressTopology.BY_REGION + "-repartition",
                    1,
                    Duration.ofSeconds(30),
                    Duration.ofSeconds(1),
                    () -> {});
            assertThat(moved)
                    .filteredOn(r -> r.key().equals(CITY))
                    .singleElement()
                    .satisfies(r -> assertThat(r.partition()).isEqualTo(home));
        }
    }

    private static KafkaProducer<String, byte[]> regionPartitioned(EmbeddedKafkaBroker broker) {
        return new KafkaProducer<>(
                Map.of(
                        ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                        broker.bootstrapServers(),
                        ProducerConfig.ACKS_CONFIG,
                        "all",
                        ProducerConfig.PARTITIONER_CLASS_CONFIG,
                        RegionPartitioner.class),
                new StringSerializer(),
                new ByteArraySerializer());
    }
}
