package org.planwatch.streams;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Properties;
import java.util.stream.IntStream;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyDescription;
import org.apache.kafka.streams.TopologyTestDriver;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.planwatch.domain.IndicatorDictionary;
import org.planwatch.domain.RegionDictionary;
import org.planwatch.evaluation.ProgressEvaluator;
import org.planwatch.schema.IndicatorReading;
import org.planwatch.schema.PlanTarget;
import org.planwatch.schema.ProgressAlert;
import org.planwatch.schema.RegionPartitioner;
import org.planwatch.schema.TargetCodec;
import org.planwatch.schema.TopicSet;
import org.planwatch.schema.Topics;

/**
 * Which records take the repartition hop. The test driver reads every input record from partition
 * 0, so a region the job routes to partition 0 is at home and one routed elsewhere must be moved.
 */
class RegionRoutingTopologyTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T00:00:00Z"), ZoneOffset.UTC);
    private static final TopicSet TOPICS = TopicSet.defaults();
    private static final String CITY = "440700";
    private static final String REPARTITION = "routing-test-" + ProgressTopology.BY_REGION + "-repartition";

    @TempDir
    Path stateDir;

    private TopologyTestDriver driver;
    private TestInputTopic<String, IndicatorReading> readings;
    private TestInputTopic<String, PlanTarget> targets;
    private TestOutputTopic<String, ProgressAlert> statuses;
    private TestOutputTopic<String, byte[]> moved;

    private void start(int partitions) {
        Properties props = StreamsProperties.properties("unused:9092", "routing-test", stateDir, TOPICS, Map.of());
        props.put(CountingDeserializationHandler.REGISTRY, new SimpleMeterRegistry());
        driver = new TopologyTestDriver(
                ProgressTopology.build(
                        TOPICS,
                        ProgressEvaluator.withDefaults(),
                        CLOCK,
                        IndicatorDictionary.bundled(),
                        RegionDictionary.bundled(),
                        new SimpleMeterRegistry(),
                        partitions),
                props);
        readings = driver.createInputTopic(
                TOPICS.readings().name(),
                new StringSerializer(),
                TOPICS.readings().valueSerde().serializer());
        targets = driver.createInputTopic(
                TOPICS.targets().name(),
                new StringSerializer(),
                TOPICS.targets().valueSerde().serializer());
        statuses = driver.createOutputTopic(
                TOPICS.statuses().name(),
                new StringDeserializer(),
                TOPICS.statuses().valueSerde().deserializer());
        moved = driver.createOutputTopic(REPARTITION, new StringDeserializer(), new ByteArrayDeserializer());
    }

    @AfterEach
    void stop() {
        if (driver != null) {
            driver.close();
        }
    }

    /** A partition count under which {@code region} is (or is not) routed to partition 0. */
    private static int countWhere(String region, boolean onZero) {
        return IntStream.rangeClosed(2, 64)
                .filter(n -> (RegionPartitioner.partitionOf(region, n) == 0) == onZero)
                .findFirst()
                .orElseThrow();
    }

    private void publishTargetAndReading() {
        targets.pipeInput(
                Topics.targetKey(ProgressTopologyTest.BEDS_14), TargetCodec.toEvent(ProgressTopologyTest.BEDS_14));
        readings.pipeInput(
                Topics.readingKey(CITY, "hospital_beds_per_1000"),
                ProgressTopologyTest.reading(CITY, "hospital_beds_per_1000", 2023, 5.50));
    }

    @Test
    void shouldEvaluateARecordOnItsRegionsPartitionWithoutTheRepartitionTopic() {
        start(countWhere(CITY, true));
        publishTargetAndReading();

        assertThat(statuses.readValuesToList())
                .extracting(ProgressAlert::getActual)
                .containsExactly(5.50);
        // only the copies of the city's reading for the counties inside it that live elsewhere
        assertThat(moved.readKeyValuesToList().stream().map(kv -> kv.key).toList())
                .isNotEmpty()
                .doesNotContain(CITY);
    }

    @Test
    void shouldMoveARecordReadFromAnotherPartitionThroughTheRepartitionTopicAndStillEvaluateIt() {
        start(countWhere(CITY, false));
        publishTargetAndReading();

        assertThat(statuses.readValuesToList())
                .extracting(ProgressAlert::getActual)
                .containsExactly(5.50);
        // the target and the reading, each once
        assertThat(moved.readKeyValuesToList().stream().map(kv -> kv.key).toList())
                .filteredOn(CITY::equals)
                .hasSize(2);
    }

    @Test
    void shouldMoveOnlyTheCopiesOfAProvincesReadingThatBelongElsewhere() {
        start(1);
        // with one partition every region is at home: the province's reading and its copies stay
        readings.pipeInput(
                Topics.readingKey("440000", "premature_ncd_mortality"),
                ProgressTopologyTest.reading("440000", "premature_ncd_mortality", 2022, 15.0));

        assertThat(moved.isEmpty()).isTrue();
    }

    @Test
    void shouldBeOneSubTopologyBesideTheRepartitionTopicsOwnSource() {
        TopologyDescription description = ProgressTopology.build(
                        TOPICS,
                        ProgressEvaluator.withDefaults(),
                        CLOCK,
                        IndicatorDictionary.bundled(),
                        RegionDictionary.bundled(),
                        new SimpleMeterRegistry(),
                        Topics.PARTITIONS)
                .describe();

        // the input topics, the repartition topic and the stores all in one: one task, one transaction
        assertThat(description.subtopologies())
                .singleElement()
                .satisfies(s -> assertThat(s.nodes())
                        .anySatisfy(n -> assertThat(n.name()).isEqualTo("evaluate"))
                        .anySatisfy(n -> assertThat(n.name()).isEqualTo("readings-source")));
    }
}
