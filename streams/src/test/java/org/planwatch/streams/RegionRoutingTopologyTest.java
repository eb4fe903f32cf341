package org.planwatch.streams;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.IntStream;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyDescription;
import org.apache.kafka.streams.TopologyTestDriver;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.planwatch.domain.Bound;
import org.planwatch.domain.Direction;
import org.planwatch.domain.IndicatorDictionary;
import org.planwatch.domain.RegionDictionary;
import org.planwatch.domain.Target;
import org.planwatch.domain.TargetKind;
import org.planwatch.evaluation.ProgressEvaluator;
import org.planwatch.schema.AvroSerde;
import org.planwatch.schema.IndicatorReading;
import org.planwatch.schema.PlanTarget;
import org.planwatch.schema.ProgressEvaluation;
import org.planwatch.schema.ReadingHistory;
import org.planwatch.schema.RegionEvent;
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
    private static final TopicSet TOPICS = ProgressDriver.TOPICS;
    private static final String CITY = "440700";
    private static final String REPARTITION = "routing-test-" + ProgressTopology.BY_REGION + "-repartition";
    static final Target BELOW_AVERAGE = belowAverage("低于全省平均水平");

    private static Target belowAverage(String expression) {
        return Target.builder("jm-health-2030", CITY, "premature_ncd_mortality")
                .names("重大慢性病过早死亡率", null)
                .unit("%")
                .kind(TargetKind.BELOW_AVERAGE, Bound.EXACT)
                .base(2015, null)
                .target(2030, null)
                .direction(Direction.LOWER_IS_BETTER)
                .expression(expression)
                .source("003:1")
                .build();
    }

    @TempDir
    Path stateDir;

    private TopologyTestDriver driver;
    private TestInputTopic<String, IndicatorReading> readings;
    private TestInputTopic<String, PlanTarget> targets;
    private TestOutputTopic<String, ProgressEvaluation> statuses;
    private TestOutputTopic<String, byte[]> moved;
    private TestOutputTopic<String, RegionEvent> messages;

    private void start(int partitions) {
        driver = ProgressDriver.start("routing-test", stateDir, CLOCK, partitions);
        readings = ProgressDriver.readings(driver);
        targets = ProgressDriver.targets(driver);
        statuses = ProgressDriver.statuses(driver);
        moved = driver.createOutputTopic(REPARTITION, new StringDeserializer(), new ByteArrayDeserializer());
        AvroSerde<RegionEvent> events = AvroSerde.of(RegionEvent.getClassSchema());
        messages = driver.createOutputTopic(REPARTITION, new StringDeserializer(), events.deserializer());
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
                .extracting(ProgressEvaluation::getActual)
                .containsExactly(5.50);
        // nothing moves: a city's reading is copied nowhere unless a region subscribed to it
        assertThat(moved.isEmpty()).isTrue();
    }

    @Test
    void shouldMoveARecordReadFromAnotherPartitionThroughTheRepartitionTopicAndStillEvaluateIt() {
        start(countWhere(CITY, false));
        publishTargetAndReading();

        assertThat(statuses.readValuesToList())
                .extracting(ProgressEvaluation::getActual)
                .containsExactly(5.50);
        // the target and the reading, each once
        assertThat(moved.readKeyValuesToList().stream().map(kv -> kv.key).toList())
                .filteredOn(CITY::equals)
                .hasSize(2);
    }

    private static final String PROVINCE = "440000";
    private static final String MORTALITY = "premature_ncd_mortality";

    private void publishCity(int year, double value) {
        readings.pipeInput(
                Topics.readingKey(CITY, MORTALITY), ProgressTopologyTest.reading(CITY, MORTALITY, year, value));
    }

    private void file(Target target) {
        targets.pipeInput(Topics.targetKey(target), TargetCodec.toEvent(target));
    }

    private void publishProvince(int year, double value) {
        readings.pipeInput(
                Topics.readingKey(PROVINCE, MORTALITY), ProgressTopologyTest.reading(PROVINCE, MORTALITY, year, value));
    }

    /** The messages between regions' tasks on the by-region topic (not the records moved there). */
    private static List<String> described(List<KeyValue<String, RegionEvent>> events) {
        return events.stream()
                .filter(kv -> kv.value.getReference())
                .map(kv -> kv.key + " "
                        + (kv.value.getHistory() != null
                                ? "answer "
                                        + kv.value.getHistory().getReadings().size()
                                : kv.value.getReading() != null
                                        ? "copy " + kv.value.getReading().getYear()
                                        : kv.value.getTarget() != null ? "subscribe" : "withdraw"))
                .toList();
    }

    /**
     * A partition count under which the city is kept by the task of partition 0 and the province
     * and the country by others.
     */
    private static int provinceElsewhere() {
        return IntStream.rangeClosed(2, 64)
                .filter(n -> RegionPartitioner.partitionOf(CITY, n) == 0
                        && RegionPartitioner.partitionOf(PROVINCE, n) != 0
                        && RegionPartitioner.partitionOf("CN", n) != 0)
                .findFirst()
                .orElseThrow();
    }

    /**
     * Issue 26: a province's reading was copied to each of the 120 regions inside it, for the rare
     * target measured against its average; it now goes only to the regions whose targets subscribed.
     */
    @Test
    void shouldCopyAProvincesReadingOnlyToTheRegionsThatSubscribedAndStopWhenTheTargetGoes() {
        start(provinceElsewhere());
        publishProvince(2021, 15.5);
        assertThat(described(messages.readKeyValuesToList()))
                .as("no one subscribed")
                .isEmpty();

        file(BELOW_AVERAGE);
        assertThat(described(messages.readKeyValuesToList()))
                .containsExactly(PROVINCE + " subscribe", CITY + " answer 1");
        // judged on the answer, without a step "short of data" before it
        assertThat(statuses.readValuesToList())
                .extracting(a -> a.getStatus() + " " + a.getExpected())
                .isEmpty();

        publishCity(2021, 14.0);
        assertThat(statuses.readValuesToList())
                .extracting(a -> a.getStatus() + " " + a.getExpected())
                .containsExactly("ON_TRACK 15.5");
        publishProvince(2022, 13.0);
        assertThat(described(messages.readKeyValuesToList())).containsExactly(CITY + " copy 2022");
        publishCity(2022, 14.0);
        // the city's 2022 figure is held to the province's of 2022, which came as a copy
        assertThat(statuses.readValuesToList())
                .extracting(a -> a.getStatus() + " " + a.getExpected())
                .containsExactly("LAGGING 13.0");

        targets.pipeInput(Topics.targetKey(BELOW_AVERAGE), null);
        assertThat(described(messages.readKeyValuesToList())).containsExactly(PROVINCE + " withdraw");
        publishProvince(2023, 12.0);
        assertThat(described(messages.readKeyValuesToList()))
                .as("the subscription is withdrawn")
                .isEmpty();
    }

    /** A target filed after the province's figures is judged on them at once, through the answer. */
    @Test
    void shouldJudgeATargetFiledAfterTheAveragesFiguresOnceOnThem() {
        start(provinceElsewhere());
        publishProvince(2021, 15.5);
        publishCity(2021, 16.0);
        file(BELOW_AVERAGE);

        assertThat(statuses.readValuesToList())
                .extracting(a -> a.getStatus() + " " + a.getExpected())
                .containsExactly("LAGGING 15.5");
    }

    /**
     * At start each task subscribes its targets again (a job that copied every figure before
     * subscriptions existed has none on record); the answer changes nothing already judged.
     */
    @Test
    void shouldSubscribeAgainAtStartAndPublishNothingNew() {
        start(provinceElsewhere());
        publishProvince(2021, 15.5);
        file(BELOW_AVERAGE);
        publishCity(2021, 14.0);
        messages.readKeyValuesToList();
        assertThat(statuses.readValuesToList()).hasSize(1);

        driver.advanceWallClockTime(Duration.ofSeconds(2));
        assertThat(described(messages.readKeyValuesToList()))
                .containsExactly(PROVINCE + " subscribe", CITY + " answer 1");
        assertThat(statuses.isEmpty()).isTrue();
        driver.advanceWallClockTime(Duration.ofSeconds(2));
        assertThat(described(messages.readKeyValuesToList()))
                .as("once per start")
                .isEmpty();
    }

    /** The province kept by the city's own task: its figures are already there, and nothing is sent. */
    @Test
    void shouldJudgeACityAgainstAProvinceKeptByTheSameTaskWithoutMessages() {
        start(1);
        publishProvince(2021, 15.5);
        file(BELOW_AVERAGE);
        publishCity(2021, 14.0);
        publishProvince(2022, 13.0);

        assertThat(described(messages.readKeyValuesToList())).isEmpty();
        assertThat(statuses.readValuesToList())
                .extracting(a -> a.getStatus() + " " + a.getExpected())
                .containsExactly("ON_TRACK 15.5");
    }

    /**
     * A target moved from the provincial to the national average withdraws from the one and
     * subscribes to the other; an answer from the province, late, is not taken for the nation's.
     */
    @Test
    void shouldFollowATargetToAnotherAverageAndIgnoreALateAnswerFromTheFirst() {
        start(provinceElsewhere());
        publishProvince(2021, 15.5);
        file(BELOW_AVERAGE);
        publishCity(2021, 14.0);
        messages.readKeyValuesToList();
        statuses.readValuesToList();

        Target national = belowAverage("低于全国平均水平");
        file(national);
        assertThat(described(messages.readKeyValuesToList()))
                .containsExactly(PROVINCE + " withdraw", "CN subscribe", CITY + " answer 0");
        assertThat(statuses.readValuesToList())
                .extracting(a -> a.getStatus() + " " + a.getReason().contains("CN"))
                .containsExactly("INSUFFICIENT_DATA true");

        AvroSerde<RegionEvent> events = AvroSerde.of(RegionEvent.getClassSchema());
        TestInputTopic<String, RegionEvent> byRegion =
                driver.createInputTopic(REPARTITION, new StringSerializer(), events.serializer());
        IndicatorReading provincial = ProgressTopologyTest.reading(PROVINCE, MORTALITY, 2021, 15.5);
        byRegion.pipeInput(
                CITY,
                new RegionEvent(
                        null,
                        Topics.targetKey(national),
                        null,
                        true,
                        REPARTITION,
                        0,
                        0L,
                        null,
                        new ReadingHistory(List.of(provincial)),
                        PROVINCE));
        assertThat(statuses.isEmpty())
                .as("the province's late answer changes nothing")
                .isTrue();
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
