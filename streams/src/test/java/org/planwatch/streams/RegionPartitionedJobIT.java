package org.planwatch.streams;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.planwatch.broker.EmbeddedKafkaBroker;
import org.planwatch.broker.EmbeddedKafkaExtension;
import org.planwatch.evaluation.ProgressEvaluator;
import org.planwatch.schema.RegionPartitioner;
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
        JobTopics on = JobTopics.fresh(broker.bootstrapServers(), "region-it-");
        TopicSet topics = on.topics();
        String applicationId = "region-it-" + UUID.randomUUID();
        Properties props = on.jobProperties(applicationId, stateDir);
        int home = RegionPartitioner.partitionOf(CITY, Topics.PARTITIONS);
        int elsewhere = (home + 1) % Topics.PARTITIONS;

        try (ProgressJob job = ProgressJob.start(props, topics, ProgressEvaluator.withDefaults(), Clock.systemUTC());
                KafkaProducer<String, byte[]> producer = on.regionPartitionedProducer()) {
            job.awaitRunning(Duration.ofSeconds(60));
            RecordMetadata targetAt = on.sendTarget(producer, ProgressTopologyTest.BEDS_14);
            RecordMetadata readingAt =
                    on.sendReading(producer, ProgressTopologyTest.reading(CITY, "hospital_beds_per_1000", 2021, 5.3));
            // as a producer that hashes the whole key might have put it
            on.sendReading(
                    producer, elsewhere, ProgressTopologyTest.reading(CITY, "hospital_beds_per_1000", 2023, 5.50));
            assertThat(List.of(targetAt.partition(), readingAt.partition())).containsOnly(home);

            List<ConsumerRecord<byte[], byte[]>> statuses =
                    on.readCommitted(topics.statuses().name(), 2);
            var decoder = topics.statuses().valueSerde().deserializer();
            assertThat(statuses)
                    .extracting(r -> decoder.deserialize("", r.value()).getActual())
                    .containsExactly(5.3, 5.50);

            // the misplaced reading alone took the hop
            List<ConsumerRecord<String, byte[]>> moved = CommittedRecords.read(
                    broker.bootstrapServers(),
                    new StringDeserializer(),
                    applicationId + "-" + ProgressTopology.BY_REGION + "-repartition",
                    1,
                    Duration.ofSeconds(30),
                    Duration.ofSeconds(1),
                    () -> {});
            assertThat(moved)
                    .singleElement()
                    .satisfies(r -> assertThat(r.key()).isEqualTo(CITY))
                    .satisfies(r -> assertThat(r.partition()).isEqualTo(home));
        }
    }

    /**
     * A city's target below the provincial average, the province's state on another task: the
     * subscription, its answer and the copies cross between the two through the job's topics.
     */
    @Test
    void shouldJudgeACityAgainstAProvinceKeptByAnotherTask(EmbeddedKafkaBroker broker) throws Exception {
        String province = "440000";
        assertThat(RegionPartitioner.partitionOf(province, Topics.PARTITIONS))
                .isNotEqualTo(RegionPartitioner.partitionOf(CITY, Topics.PARTITIONS));
        JobTopics on = JobTopics.fresh(broker.bootstrapServers(), "average-it-");
        TopicSet topics = on.topics();
        Properties props = on.jobProperties("average-it-" + UUID.randomUUID(), stateDir);
        String indicator = "premature_ncd_mortality";
        try (ProgressJob job = ProgressJob.start(props, topics, ProgressEvaluator.withDefaults(), Clock.systemUTC());
                KafkaProducer<String, byte[]> producer = on.regionPartitionedProducer()) {
            job.awaitRunning(Duration.ofSeconds(60));
            on.sendReading(producer, ProgressTopologyTest.reading(province, indicator, 2021, 15.5));
            on.sendReading(producer, ProgressTopologyTest.reading(CITY, indicator, 2021, 14.0));
            on.sendTarget(producer, RegionRoutingTopologyTest.BELOW_AVERAGE);
            // judged once the answer brings the province's 2021 figure
            var decoder = topics.statuses().valueSerde().deserializer();
            assertThat(on.readCommitted(topics.statuses().name(), 1))
                    .extracting(r -> decoder.deserialize("", r.value()))
                    .extracting(a -> a.getStatus() + " " + a.getExpected())
                    .containsExactly("ON_TRACK 15.5");

            on.sendReading(producer, ProgressTopologyTest.reading(province, indicator, 2022, 13.0));
            on.sendReading(producer, ProgressTopologyTest.reading(CITY, indicator, 2022, 14.0));
            // the province's 2022 figure reaches the city as a copy, before or after the city's
            // own (then the city's is short of the average's 2022 figure for that one hop)
            List<String> seen = List.of();
            for (int count = 2;
                    count <= 3 && !(seen.size() > 1 && seen.get(seen.size() - 1).startsWith("LAGGING"));
                    count++) {
                seen = CommittedRecords.read(
                                broker.bootstrapServers(),
                                new StringDeserializer(),
                                topics.statuses().name(),
                                count,
                                Duration.ofSeconds(60),
                                Duration.ofSeconds(1),
                                () -> {})
                        .stream()
                        .map(r -> decoder.deserialize("", r.value()))
                        .map(a -> a.getStatus() + " " + a.getYear() + " " + a.getExpected())
                        .toList();
            }
            assertThat(seen).first().isEqualTo("ON_TRACK 2021 15.5");
            assertThat(seen).last().isEqualTo("LAGGING 2022 13.0");
            assertThat(seen.subList(1, seen.size() - 1)).allMatch(s -> s.startsWith("INSUFFICIENT_DATA 2022"));
        }
    }
}
