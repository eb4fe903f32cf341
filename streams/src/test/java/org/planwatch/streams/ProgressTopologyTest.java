package org.planwatch.streams;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.planwatch.domain.Attribute;
import org.planwatch.domain.Bound;
import org.planwatch.domain.Direction;
import org.planwatch.domain.Indicator;
import org.planwatch.domain.IndicatorDictionary;
import org.planwatch.domain.Milestone;
import org.planwatch.domain.ReadingCheck;
import org.planwatch.domain.Target;
import org.planwatch.domain.TargetCatalogue;
import org.planwatch.domain.TargetKind;
import org.planwatch.evaluation.Evaluator;
import org.planwatch.evaluation.ProgressEvaluator;
import org.planwatch.schema.IndicatorReading;
import org.planwatch.schema.PlanTarget;
import org.planwatch.schema.ProgressEvaluation;
import org.planwatch.schema.ProgressStatus;
import org.planwatch.schema.RevisionStatus;
import org.planwatch.schema.TargetCodec;
import org.planwatch.schema.TopicSet;
import org.planwatch.schema.Topics;
import org.slf4j.LoggerFactory;

class ProgressTopologyTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T00:00:00Z"), ZoneOffset.UTC);
    private static final TopicSet TOPICS = TopicSet.defaults();
    private static final IndicatorDictionary UNITS = IndicatorDictionary.bundled();
    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();

    @TempDir
    Path stateDir;

    private TopologyTestDriver driver;
    private TestInputTopic<String, IndicatorReading> readings;
    private TestInputTopic<String, byte[]> rawReadings;
    private TestInputTopic<String, PlanTarget> targets;
    private TestOutputTopic<String, ProgressEvaluation> alerts;
    private TestOutputTopic<byte[], byte[]> deadLetters;
    private TestOutputTopic<String, ProgressEvaluation> statuses;

    @BeforeEach
    void start() {
        start(ProgressEvaluator.withDefaults());
    }

    void start(Evaluator evaluator) {
        if (driver != null) {
            driver.close();
        }
        Properties props = StreamsProperties.properties("unused:9092", "topology-test", stateDir, TOPICS, Map.of());
        props.put(CountingDeserializationHandler.REGISTRY, registry);
        driver = new TopologyTestDriver(ProgressTopology.build(TOPICS, evaluator, CLOCK, registry), props);
        readings = driver.createInputTopic(
                TOPICS.readings().name(),
                new StringSerializer(),
                TOPICS.readings().valueSerde().serializer());
        rawReadings =
                driver.createInputTopic(TOPICS.readings().name(), new StringSerializer(), new ByteArraySerializer());
        targets = driver.createInputTopic(
                TOPICS.targets().name(),
                new StringSerializer(),
                TOPICS.targets().valueSerde().serializer());
        alerts = driver.createOutputTopic(
                TOPICS.alerts().name(),
                new StringDeserializer(),
                TOPICS.alerts().valueSerde().deserializer());
        statuses = driver.createOutputTopic(
                TOPICS.statuses().name(),
                new StringDeserializer(),
                TOPICS.statuses().valueSerde().deserializer());
        deadLetters = driver.createOutputTopic(
                TOPICS.readingsDlq().name(), new ByteArrayDeserializer(), new ByteArrayDeserializer());
    }

    @AfterEach
    void stop() {
        driver.close();
    }

    static Target beds(
            String plan, int baseYear, double base, int targetYear, double goal, List<Milestone> milestones) {
        return Target.builder(plan, "440700", "hospital_beds_per_1000")
                .names("每千人口拥有医疗卫生机构床位数", null)
                .unit("张")
                .kind(TargetKind.LEVEL, Bound.EXACT)
                .base(baseYear, base)
                .milestones(milestones)
                .target(targetYear, goal)
                .direction(Direction.HIGHER_IS_BETTER)
                .attribute(Attribute.ANTICIPATORY)
                .department("市卫生健康局", false)
                .source("002:3344")
                .build();
    }

    static final Target BEDS_14 = beds("jm-health-14", 2020, 5.20, 2025, 6.15, List.of(new Milestone(2023, 5.60)));

    void publish(Target target) {
        targets.pipeInput(Topics.targetKey(target), TargetCodec.toEvent(target));
    }

    void publish(int year, double value) {
        readings.pipeInput(
                Topics.readingKey("440700", "hospital_beds_per_1000"),
                reading("440700", "hospital_beds_per_1000", year, value));
    }

    static IndicatorReading reading(String region, String indicator, int year, double value) {
        return IndicatorReading.newBuilder()
                .setReadingId("r-" + indicator + "-" + year)
                .setRegion(region)
                .setIndicator(indicator)
                .setYear(year)
                .setValue(value)
                .setUnit(UNITS.code(indicator).map(Indicator::unit).orElse(null))
                .setSource("simulated:test")
                .setPublishedAt(CLOCK.instant())
                .setRevision(RevisionStatus.FINAL)
                .setVintage(0)
                .build();
    }

    @Test
    void shouldEmitAnAlertWithTheNumbersBehindIt() {
        publish(BEDS_14);
        publish(2023, 5.50);

        TestRecord<String, ProgressEvaluation> record = alerts.readRecord();
        assertThat(record.key()).isEqualTo("jm-health-14|440700|hospital_beds_per_1000");
        ProgressEvaluation alert = record.value();
        assertThat(alert.getStatus()).isEqualTo(ProgressStatus.LAGGING);
        assertThat(alert.getYear()).isEqualTo(2023);
        assertThat(alert.getActual()).isEqualTo(5.50);
        assertThat(alert.getExpected()).isCloseTo(5.60, within(1e-9));
        assertThat(alert.getProgress()).isCloseTo(0.75, within(1e-9));
        assertThat(alert.getDepartment()).isEqualTo("市卫生健康局");
        assertThat(alert.getTargetSource()).isEqualTo("002:3344");
        assertThat(alert.getReadingId()).isEqualTo("r-hospital_beds_per_1000-2023");
        assertThat(alert.getReadingSource()).isEqualTo("simulated:test");
        assertThat(alert.getEvaluatedAt()).isEqualTo(CLOCK.instant());
        assertThat(alerts.isEmpty()).isTrue();
    }

    // path 5.20 (2020) -> 6.05 (2025) asks 5.54 of 2022: 5.5 is 0.04 short, within the ±0.05 of
    // "5.5" but not the ±0.005 of "5.50" (progress 0.30 / 0.34 = 0.88)
    static final Target BEDS_TO_6_05 = beds("jm-health-14", 2020, 5.20, 2025, 6.05, List.of());

    ProgressStatus statusOfWritten(Integer decimals) {
        publish(BEDS_TO_6_05);
        IndicatorReading written = reading("440700", "hospital_beds_per_1000", 2022, 5.5);
        written.setDecimals(decimals);
        readings.pipeInput(Topics.readingKey("440700", "hospital_beds_per_1000"), written);
        return alerts.readValuesToList().stream()
                .filter(a -> a.getYear() == 2022)
                .map(ProgressEvaluation::getStatus)
                .reduce((first, second) -> second)
                .orElseThrow();
    }

    @Test
    void shouldJudge5Point5WrittenWithOneDecimalWithinItsPrecisionOfThePath() {
        assertThat(statusOfWritten(1)).isEqualTo(ProgressStatus.ON_TRACK);
    }

    @Test
    void shouldJudge5Point50WrittenWithTwoDecimalsOnItsProgressAlone() {
        assertThat(statusOfWritten(2)).isEqualTo(ProgressStatus.LAGGING);
    }

    @Test
    void shouldTakeAFigureWithoutItsWrittenDecimalsToThePlansOwnDigits() {
        // an older producer's record: 6.05 prints two decimals, so 5.5 is read as 5.50
        assertThat(statusOfWritten(null)).isEqualTo(ProgressStatus.LAGGING);
    }

    @Test
    void shouldEvaluateAReadingAgainstEveryPlanWhosePeriodCoversItsYear() {
        publish(BEDS_14);
        publish(beds("jm-health-13", 2015, 4.50, 2020, 5.00, List.of()));
        publish(2020, 5.20); // closes the 13th plan, is the base of the 14th
        publish(2022, 5.45); // only the 14th plan covers 2022

        assertThat(alerts.readKeyValuesToList())
                .extracting(kv -> kv.key + " " + kv.value.getYear() + " " + kv.value.getStatus())
                .containsExactlyInAnyOrder(
                        "jm-health-13|440700|hospital_beds_per_1000 2020 ACHIEVED",
                        // the base year alone says nothing yet about the 14th plan
                        "jm-health-14|440700|hospital_beds_per_1000 2020 INSUFFICIENT_DATA",
                        // path 5.20 -> 5.60 (2023): 5.4667 in 2022; 5.45 is 0.25 / 0.2667 = 0.9375 of the way, below
                        // 0.95
                        "jm-health-14|440700|hospital_beds_per_1000 2022 LAGGING");
    }

    @Test
    void shouldUseTheLatestVersionOfARevisedTarget() {
        publish(BEDS_14);
        publish(beds("jm-health-14", 2020, 5.20, 2025, 5.50, List.of()));
        publish(2022, 5.40);

        // the revised path 5.20 -> 5.50 asks 5.32 of 2022; 5.40 has made 0.20 / 0.12 of it: ahead
        List<ProgressEvaluation> out = alerts.readValuesToList();
        assertThat(out).singleElement().satisfies(a -> {
            assertThat(a.getExpected()).isCloseTo(5.32, within(1e-9));
            assertThat(a.getStatus()).isEqualTo(ProgressStatus.AHEAD);
        });
    }

    @Test
    void shouldSendAnUnknownOrUncoveredReadingToTheDeadLetterTopicWithItsReason() {
        publish(BEDS_14);
        readings.pipeInput(
                Topics.readingKey("440700", "unknown_indicator"), reading("440700", "unknown_indicator", 2022, 1.0));
        readings.pipeInput(
                Topics.readingKey("999999", "hospital_beds_per_1000"),
                reading("999999", "hospital_beds_per_1000", 2022, 1.0));
        publish(2031, 6.0);
        IndicatorReading perMille = reading("440700", "hospital_beds_per_1000", 2022, 5.45);
        perMille.setUnit("‰");
        readings.pipeInput(Topics.readingKey("440700", "hospital_beds_per_1000"), perMille);
        readings.pipeInput(
                Topics.readingKey("440700", "hospital_beds_per_1000"),
                reading("440700", "hospital_beds_per_1000", 2022, Double.NaN));
        publish(2022, -5.45);
        publish(2022, 5.45);

        List<TestRecord<byte[], byte[]>> dead = deadLetters.readRecordsToList();
        assertThat(dead).hasSize(6);
        assertThat(header(dead.get(0).headers(), DeadLetterHeaders.REASON))
                .isEqualTo(DeadLetterHeaders.UNKNOWN_INDICATOR);
        assertThat(header(dead.get(0).headers(), DeadLetterHeaders.DETAIL)).contains("unknown_indicator");
        // where it came from: the input topic and offset, not the job's internal repartition topic
        assertThat(header(dead.get(0).headers(), DeadLetterHeaders.TOPIC))
                .isEqualTo(TOPICS.readings().name());
        assertThat(header(dead.get(0).headers(), DeadLetterHeaders.OFFSET)).isEqualTo("0");
        assertThat(header(dead.get(1).headers(), DeadLetterHeaders.REASON)).isEqualTo(DeadLetterHeaders.UNKNOWN_REGION);
        assertThat(header(dead.get(1).headers(), DeadLetterHeaders.OFFSET)).isEqualTo("1");
        assertThat(header(dead.get(2).headers(), DeadLetterHeaders.REASON))
                .isEqualTo(DeadLetterHeaders.YEAR_OUTSIDE_PLANS);
        assertThat(header(dead.get(2).headers(), DeadLetterHeaders.DETAIL)).contains("2031");
        IndicatorReading kept = TOPICS.readings()
                .valueSerde()
                .deserializer()
                .deserialize("t", dead.get(2).value());
        assertThat(kept.getYear()).isEqualTo(2031);
        assertThat(header(dead.get(3).headers(), DeadLetterHeaders.REASON)).isEqualTo(DeadLetterHeaders.WRONG_UNIT);
        assertThat(header(dead.get(3).headers(), DeadLetterHeaders.DETAIL))
                .isEqualTo("unit '‰' is not a unit of hospital_beds_per_1000 (张)");
        assertThat(header(dead.get(4).headers(), DeadLetterHeaders.REASON)).isEqualTo(DeadLetterHeaders.NOT_FINITE);
        assertThat(header(dead.get(5).headers(), DeadLetterHeaders.DETAIL))
                .isEqualTo("value -5.45 is outside what hospital_beds_per_1000 can be (0..)");
        assertThat(List.of(
                        "unknown-indicator",
                        "unknown-region",
                        "year-outside-plans",
                        "wrong-unit",
                        "not-finite",
                        "out-of-range"))
                .allSatisfy(reason -> assertThat(refused(reason)).as(reason).isEqualTo(1.0));
        // the valid reading after them is still evaluated
        assertThat(alerts.readValuesToList())
                .extracting(ProgressEvaluation::getYear)
                .containsExactly(2022);
    }

    static Target quota(Double value) {
        return Target.builder("jm-14", "440700", "good_air_days_share")
                .names("空气质量优良天数比率", null)
                .unit("%")
                .kind(TargetKind.QUOTA, Bound.EXACT)
                .base(2020, 88.0)
                .target(2025, value)
                .direction(Direction.HIGHER_IS_BETTER)
                .attribute(Attribute.BINDING)
                .department("市生态环境局", true)
                .source("002:1739")
                .build();
    }

    void publishAir(int year, double value, int vintage) {
        IndicatorReading r = reading("440700", "good_air_days_share", year, value);
        r.setVintage(vintage);
        r.setReadingId("air-" + year + "-v" + vintage);
        readings.pipeInput(Topics.readingKey("440700", "good_air_days_share"), r);
    }

    /** Every changed evaluation on the status topic; an alert only when the status changes. */
    @Test
    void shouldAlertOnAStatusChangeAndKeepTheStatusTopicCurrent() {
        publish(quota(92.0));
        publishAir(2022, 89.0, 0); // LAGGING: 1.0 of the 1.6 the path asks
        publishAir(2022, 89.1, 1); // revised, still LAGGING: new numbers, same status
        publishAir(2022, 89.8, 2); // revised again: AHEAD
        targets.pipeInput(Topics.targetKey(quota(92.0)), (PlanTarget) null);

        assertThat(statuses.readKeyValuesToList())
                .extracting(kv ->
                        kv.value == null ? "tombstone " + kv.key : kv.value.getActual() + " " + kv.value.getStatus())
                .containsExactly(
                        "89.0 LAGGING", "89.1 LAGGING", "89.8 AHEAD", "tombstone jm-14|440700|good_air_days_share");
        assertThat(alerts.readValuesToList())
                .extracting(a -> a.getActual() + " " + a.getStatus() + " after " + a.getPreviousStatus())
                .containsExactly("89.0 LAGGING after null", "89.8 AHEAD after LAGGING");
    }

    /** 引进创新创业团队 (Torch zone) is no dictionary indicator: its target makes its readings known. */
    @Test
    void shouldJudgeAReadingOfAnIndicatorTheImportGeneratedByItsTarget() {
        String code = org.planwatch.domain.IndicatorResolver.codeOf("引进创新创业团队");
        publish(Target.builder("zs-torch-14", "442000-torch", code)
                .names("引进创新创业团队", null)
                .unit("个")
                .kind(TargetKind.LEVEL, Bound.EXACT)
                .base(2020, 5.0)
                .target(2025, 25.0)
                .direction(Direction.HIGHER_IS_BETTER)
                .source("000:344")
                .review("indicator-not-in-dictionary;direction-inferred")
                .build());
        IndicatorReading teams = reading("442000-torch", code, 2023, 12);
        teams.setUnit("个");
        readings.pipeInput(Topics.readingKey("442000-torch", code), teams);
        IndicatorReading other = reading("442000-torch", "x_0000000000", 2023, 12);
        readings.pipeInput(Topics.readingKey("442000-torch", "x_0000000000"), other);

        assertThat(alerts.readValuesToList()).singleElement().satisfies(a -> {
            assertThat(a.getIndicator()).isEqualTo(code);
            assertThat(a.getActual()).isEqualTo(12.0);
        });
        assertThat(deadLetters.readRecordsToList())
                .singleElement()
                .satisfies(d -> assertThat(header(d.headers(), DeadLetterHeaders.REASON))
                        .isEqualTo(DeadLetterHeaders.UNKNOWN_INDICATOR));
    }

    void publishProfit(int year, double value, int vintage) {
        IndicatorReading r = reading("442000-torch", "district_soe_net_profit_growth", year, value);
        r.setVintage(vintage);
        r.setReadingId("profit-" + year + "-v" + vintage);
        readings.pipeInput(Topics.readingKey("442000-torch", "district_soe_net_profit_growth"), r);
    }

    /**
     * Issue 21, defect 2: a growth of -150% (a profit turned to a loss), -100%, 0 and 1e308 on the
     * zs-torch-14 target (≥5% a year) once threw inside the evaluator: the record was dead-lettered,
     * the status froze and every later reading of the target was dead-lettered with it. Each is now
     * judged or explained (a profit may turn into a loss, so -150% is a figure), except 1e308, which
     * no profit growth is: refused at the edge as implausible (issue 23), and the valid readings
     * after them are evaluated and alerted.
     */
    @Test
    void shouldJudgeOrExplainEveryGrowthFigureAndGoOnWithTheValidOnesAfterIt() {
        Target profit = TargetCatalogue.bundled().targets().stream()
                .filter(t -> t.plan().equals("zs-torch-14") && t.indicator().equals("district_soe_net_profit_growth"))
                .findFirst()
                .orElseThrow();
        publish(profit);
        publishProfit(2021, 10, 0); // 10% a year: ahead of 5
        publishProfit(2022, -150, 0); // no index through zero: unable to assess, and why
        publishProfit(2023, 0, 0); // valid, but the chain still runs through -150
        // 2022 revised: 1.10 × 1.06 × 1.00 is 5.3% a year, but slowing 10, 6, 0: lagging on its trend
        publishProfit(2022, 6, 1);
        publishProfit(2024, 1e308, 0); // no real figure: refused, never in the history
        publishProfit(2025, -100, 0); // -100% leaves nothing to chain

        assertThat(deadLetters.readRecordsToList()).singleElement().satisfies(d -> {
            assertThat(header(d.headers(), DeadLetterHeaders.REASON)).isEqualTo(DeadLetterHeaders.IMPLAUSIBLE);
            assertThat(header(d.headers(), DeadLetterHeaders.DETAIL)).contains("1.0E308");
        });
        List<ProgressEvaluation> changes = statuses.readValuesToList();
        assertThat(changes)
                .extracting(a -> a.getYear() + " " + a.getStatus())
                .containsExactly(
                        "2021 AHEAD",
                        "2022 INSUFFICIENT_DATA",
                        "2023 INSUFFICIENT_DATA",
                        "2023 LAGGING",
                        "2025 INSUFFICIENT_DATA");
        assertThat(changes.get(1).getReason()).contains("2022年增长-150%");
        assertThat(changes)
                .allSatisfy(a -> assertThat(a.getReason()).doesNotContain("NaN").doesNotContain("Infinity"));
        assertThat(alerts.readValuesToList())
                .extracting(a -> a.getYear() + " " + a.getStatus())
                .containsExactly("2021 AHEAD", "2022 INSUFFICIENT_DATA", "2023 LAGGING", "2025 INSUFFICIENT_DATA");
    }

    @Test
    void shouldJudgeReadingsHeldBeforeTheirTargetArrives() {
        publish(2022, 5.45);
        assertThat(alerts.isEmpty()).isTrue();
        assertThat(deadLetters.isEmpty()).isTrue();

        publish(BEDS_14);

        assertThat(alerts.readValuesToList()).singleElement().satisfies(a -> {
            assertThat(a.getYear()).isEqualTo(2022);
            assertThat(a.getStatus()).isEqualTo(ProgressStatus.LAGGING);
            assertThat(a.getPreviousStatus()).isNull();
        });
    }

    /**
     * Issue 23, finding 9: a reading of a year no plan held yet covers (the 15th plan's 2026,
     * while only the 14th is loaded, or a target published a moment after its reading) is said on
     * the dead-letter topic but kept, so that the plan covering it judges it when it arrives.
     */
    @Test
    void shouldKeepAReadingNoPlanCoversYetAndJudgeItWhenThePlanThatCoversItArrives() {
        publish(BEDS_14);
        publish(2026, 6.3);
        assertThat(deadLetters.readRecordsToList())
                .singleElement()
                .satisfies(r -> assertThat(header(r.headers(), DeadLetterHeaders.REASON))
                        .isEqualTo(DeadLetterHeaders.YEAR_OUTSIDE_PLANS));
        assertThat(alerts.isEmpty()).isTrue();

        publish(beds("jm-health-15", 2025, 6.15, 2030, 7.0, List.of()));

        assertThat(alerts.readValuesToList()).singleElement().satisfies(a -> {
            assertThat(a.getPlan()).isEqualTo("jm-health-15");
            assertThat(a.getYear()).isEqualTo(2026);
            assertThat(a.getActual()).isEqualTo(6.3);
        });
    }

    @Test
    void shouldReEvaluateHeldReadingsWhenAQuotaArrives() {
        publish(quota(null));
        publishAir(2022, 89.6, 0);
        assertThat(alerts.readValuesToList())
                .singleElement()
                .satisfies(a -> assertThat(a.getStatus()).isEqualTo(ProgressStatus.AWAITING_QUOTA));

        // 完成市下达任务 becomes 92.0: a new version on the same key; path 88 -> 92, 89.6 expected in 2022
        publish(quota(92.0));

        assertThat(alerts.readValuesToList()).singleElement().satisfies(a -> {
            assertThat(a.getYear()).isEqualTo(2022);
            assertThat(a.getStatus()).isEqualTo(ProgressStatus.ON_TRACK);
            assertThat(a.getPreviousStatus()).isEqualTo(ProgressStatus.AWAITING_QUOTA);
            assertThat(a.getExpected()).isCloseTo(89.6, within(1e-9));
            assertThat(a.getProgress()).isCloseTo(1.0, within(1e-9));
        });
    }

    @Test
    void shouldSayNothingWhenNothingChanged() {
        publish(BEDS_14);
        publish(2022, 5.45);
        assertThat(alerts.readValuesToList()).hasSize(1);

        publish(BEDS_14); // the catalogue published again
        publish(2022, 5.45); // the same figure sent again

        assertThat(alerts.isEmpty()).isTrue();
    }

    @Test
    void shouldKeepTheLatestVintageOfAYearWhateverTheOrder() {
        publish(quota(92.0));
        publishAir(2022, 89.0, 1); // provisional
        publishAir(2022, 89.8, 2); // final
        publishAir(2022, 80.0, 1); // the provisional figure arriving late again
        publishAir(2022, 89.8, 2); // a duplicate

        assertThat(alerts.readValuesToList())
                .extracting(
                        a -> a.getReadingId() + " " + a.getActual() + " " + a.getStatus() + " " + a.getPreviousStatus())
                // the path 88 -> 92 asks 89.6 of 2022: 89.0 is 1.0 / 1.6 of it, 89.8 is 1.8 / 1.6
                .containsExactly("air-2022-v1 89.0 LAGGING null", "air-2022-v2 89.8 AHEAD LAGGING");
    }

    @Test
    void shouldJudgeTheLatestYearAndIgnoreARevisionOfAnEarlierOne() {
        publish(BEDS_14);
        publish(2022, 5.45);
        publish(2021, 5.30);

        assertThat(alerts.readValuesToList())
                .extracting(ProgressEvaluation::getYear)
                .containsExactly(2022);
    }

    @Test
    void shouldRedrawThePlanYearsOnTheStatusWhenAnEarlierYearArrivesWithoutAlerting() {
        // beds: 5.20 (2020) -> 5.60 (2023) -> 6.15 (2025); the series runs over the plan's years
        publish(BEDS_14);
        publish(2022, 5.45);
        publish(2021, 5.30);

        assertThat(alerts.readValuesToList()).hasSize(1);
        List<ProgressEvaluation> written = statuses.readValuesToList();
        assertThat(written).hasSize(2);
        ProgressEvaluation current = written.get(1);
        assertThat(current.getYear()).isEqualTo(2022);
        assertThat(current.getSeries())
                .extracting(y -> y.getYear() + " " + y.getActual())
                .containsExactly("2020 5.2", "2021 5.3", "2022 5.45", "2023 null", "2024 null", "2025 null");
        assertThat(current.getSeries().get(5).getPath()).isCloseTo(6.15, within(1e-9));
        assertThat(written.get(0).getSeries().get(1).getActual())
                .as("before 2021 arrived")
                .isNull();
    }

    @Test
    void shouldForgetADeletedTarget() {
        publish(BEDS_14);
        publish(2022, 5.45);
        assertThat(alerts.readValuesToList()).hasSize(1);

        targets.pipeInput(Topics.targetKey(BEDS_14), (PlanTarget) null);
        publish(2023, 5.60);
        assertThat(alerts.isEmpty()).isTrue();

        publish(BEDS_14); // back: judged on the held history, as new
        assertThat(alerts.readValuesToList()).singleElement().satisfies(a -> {
            assertThat(a.getYear()).isEqualTo(2023);
            assertThat(a.getPreviousStatus()).isNull();
        });
    }

    /**
     * A bureau's deletion (SDMX {@code action: Delete}, {@code ACTION=D}) withdraws the year's figure:
     * the target is judged again without it; an older figure arriving late does not bring it back;
     * with no figure of the period left the status goes (a tombstone); a figure published after the
     * withdrawal brings the year back.
     */
    @Test
    void shouldJudgeATargetAgainWithoutTheFigureItsBureauWithdrew() {
        publish(BEDS_14);
        publish(2022, 5.45);
        publish(2023, 5.10);
        withdraw(2023, 60);
        publish(2023, 5.10); // the withdrawn figure arriving late, published before the withdrawal
        withdraw(2022, 120);
        IndicatorReading again = reading("440700", "hospital_beds_per_1000", 2022, 5.50);
        again.setPublishedAt(CLOCK.instant().plusSeconds(180));
        readings.pipeInput(Topics.readingKey("440700", "hospital_beds_per_1000"), again);

        assertThat(statuses.readKeyValuesToList())
                .extracting(kv -> kv.value == null ? "tombstone" : kv.value.getYear() + " " + kv.value.getActual())
                .containsExactly("2022 5.45", "2023 5.1", "2022 5.45", "tombstone", "2022 5.5");
        assertThat(deadLetters.isEmpty()).isTrue();
    }

    @Test
    void shouldRefuseAWithdrawalOfAnIndicatorItDoesNotKnowAndKeepTheFigures() {
        publish(BEDS_14);
        publish(2022, 5.45);
        IndicatorReading withdrawal = reading("440700", "unknown_indicator", 2022, Double.NaN);
        withdrawal.setRevision(RevisionStatus.WITHDRAWN);
        readings.pipeInput(Topics.readingKey("440700", "unknown_indicator"), withdrawal);

        assertThat(deadLetters.readRecordsToList())
                .singleElement()
                .satisfies(r -> assertThat(header(r.headers(), DeadLetterHeaders.REASON))
                        .isEqualTo(ReadingCheck.UNKNOWN_INDICATOR));
        assertThat(statuses.readValuesToList())
                .extracting(ProgressEvaluation::getActual)
                .containsExactly(5.45);
    }

    /** A withdrawal of the beds figure of {@code year}, published {@code seconds} after the test's clock. */
    void withdraw(int year, int seconds) {
        IndicatorReading withdrawal = reading("440700", "hospital_beds_per_1000", year, Double.NaN);
        withdrawal.setRevision(RevisionStatus.WITHDRAWN);
        withdrawal.setUnit(null);
        withdrawal.setReadingId("withdrawn-" + year);
        withdrawal.setPublishedAt(CLOCK.instant().plusSeconds(seconds));
        readings.pipeInput(Topics.readingKey("440700", "hospital_beds_per_1000"), withdrawal);
    }

    /** A target linked to GDP growth is re-evaluated when a GDP growth reading of its region arrives. */
    @Test
    void shouldReEvaluateALinkedTargetWhenTheIndicatorItFollowsMoves() {
        List<String> evaluated = new java.util.ArrayList<>();
        ProgressEvaluator real = ProgressEvaluator.withDefaults();
        org.planwatch.evaluation.Evaluator recording = (target, evidence) -> {
            evaluated.add(target.indicator() + " with gdp_growth "
                    + evidence.linked()
                            .latest(2020, 2025)
                            .map(o -> o.year() + "=" + o.value())
                            .orElse("none"));
            return real.evaluate(target, evidence);
        };
        Properties props = StreamsProperties.properties(
                "unused:9092", "linked-test", stateDir.resolve("linked"), TOPICS, Map.of());
        try (TopologyTestDriver linked =
                new TopologyTestDriver(ProgressTopology.build(TOPICS, recording, CLOCK, registry), props)) {
            var in = linked.createInputTopic(
                    TOPICS.readings().name(),
                    new StringSerializer(),
                    TOPICS.readings().valueSerde().serializer());
            var targetsIn = linked.createInputTopic(
                    TOPICS.targets().name(),
                    new StringSerializer(),
                    TOPICS.targets().valueSerde().serializer());
            Target income = Target.builder("pj-14", "440703", "disposable_income_growth")
                    .names("居民人均可支配收入增长", null)
                    .unit("%")
                    .kind(TargetKind.LINKED, Bound.EXACT)
                    .base(2020, null)
                    .target(2025, null)
                    .linkedTo("gdp_growth")
                    .direction(Direction.HIGHER_IS_BETTER)
                    .source("004:262")
                    .build();
            targetsIn.pipeInput(Topics.targetKey(income), TargetCodec.toEvent(income));
            in.pipeInput(
                    Topics.readingKey("440703", "disposable_income_growth"),
                    reading("440703", "disposable_income_growth", 2022, 5.1));
            in.pipeInput(Topics.readingKey("440703", "gdp_growth"), reading("440703", "gdp_growth", 2022, 6.0));
            in.pipeInput(Topics.readingKey("440700", "gdp_growth"), reading("440700", "gdp_growth", 2022, 4.0));
        }
        // on arrival (nothing to judge yet), on its own reading, then with its region's GDP growth;
        // another region's GDP is not its business
        assertThat(evaluated)
                .containsExactly(
                        "disposable_income_growth with gdp_growth none",
                        "disposable_income_growth with gdp_growth none",
                        "disposable_income_growth with gdp_growth 2022=6.0");
    }

    /** Below the provincial average: the province's figure, copied to the city's key, re-evaluates the city's target. */
    @Test
    void shouldJudgeACityAgainstTheProvincialAverageWhenEitherArrives() {
        Target belowAverage = Target.builder("jm-health-2030", "440700", "premature_ncd_mortality")
                .names("重大慢性病过早死亡率", null)
                .unit("%")
                .kind(TargetKind.BELOW_AVERAGE, Bound.EXACT)
                .base(2015, null)
                .target(2030, null)
                .direction(Direction.LOWER_IS_BETTER)
                .expression("低于全省平均水平")
                .source("003:1")
                .build();
        publish(belowAverage);
        readings.pipeInput(
                Topics.readingKey("440700", "premature_ncd_mortality"),
                reading("440700", "premature_ncd_mortality", 2022, 14.0));
        readings.pipeInput(
                Topics.readingKey("440000", "premature_ncd_mortality"),
                reading("440000", "premature_ncd_mortality", 2022, 15.0));
        // a province with no target of its own keeps its figure: no refusal, no alert of its own
        assertThat(alerts.readKeyValuesToList())
                .extracting(kv -> kv.key + " " + kv.value.getStatus() + " " + kv.value.getExpected())
                .containsExactly(
                        "jm-health-2030|440700|premature_ncd_mortality INSUFFICIENT_DATA null",
                        "jm-health-2030|440700|premature_ncd_mortality ON_TRACK 15.0");
        assertThat(deadLetters.isEmpty()).isTrue();
        // a bad provincial figure is refused once, not once per region it is copied to
        readings.pipeInput(
                Topics.readingKey("440000", "premature_ncd_mortality"),
                reading("440000", "premature_ncd_mortality", 2023, Double.NaN));
        assertThat(deadLetters.readRecordsToList()).hasSize(1);
        assertThat(alerts.isEmpty()).isTrue();
    }

    /**
     * Issue 23, findings 1 and 2: 1e308 beds per 1,000 people was judged ACHIEVED. It is refused
     * before it enters the history, as the bytes it was published as, with why, where and when, one
     * WARN line and one count; the target's next valid reading is judged as if it never came.
     */
    @Test
    void shouldRefuseAnImplausibleFigureBeforeItsHistoryAndJudgeTheNextValidOne() {
        ListAppender<ILoggingEvent> log = capture();
        publish(BEDS_14);
        publish(2021, 5.3);
        IndicatorReading absurd = reading("440700", "hospital_beds_per_1000", 2022, 1e308);
        byte[] published = TOPICS.readings().valueSerde().serializer().serialize("any", absurd);
        rawReadings.pipeInput(Topics.readingKey("440700", "hospital_beds_per_1000"), published);
        publish(2023, 5.62);

        assertThat(deadLetters.readRecordsToList()).singleElement().satisfies(d -> {
            assertThat(d.value()).isEqualTo(published);
            assertThat(header(d.headers(), DeadLetterHeaders.REASON)).isEqualTo(DeadLetterHeaders.IMPLAUSIBLE);
            assertThat(header(d.headers(), DeadLetterHeaders.DETAIL))
                    .contains("1.0E308 is beyond any real figure of hospital_beds_per_1000");
            assertThat(header(d.headers(), DeadLetterHeaders.TOPIC))
                    .isEqualTo(TOPICS.readings().name());
            assertThat(header(d.headers(), DeadLetterHeaders.OFFSET)).isEqualTo("1");
            assertThat(header(d.headers(), DeadLetterHeaders.TIME))
                    .isEqualTo(CLOCK.instant().toString());
        });
        assertThat(statuses.readValuesToList())
                .extracting(a -> a.getYear() + " " + a.getActual())
                .containsExactly("2021 5.3", "2023 5.62");
        assertThat(refused(DeadLetterHeaders.IMPLAUSIBLE)).isEqualTo(1.0);
        assertThat(log.list)
                .extracting(ILoggingEvent::getFormattedMessage)
                .singleElement()
                .satisfies(line -> assertThat(line)
                        .contains(TOPICS.readings().name() + "-0@1")
                        .contains("440700|hospital_beds_per_1000|2022")
                        .contains("implausible"));
    }

    /**
     * Issue 23, finding 1: a figure that passes the admission rule and still makes an evaluation
     * throw once froze the target and, kept in the history, sent every later reading of it to the
     * dead-letter topic as the job's internal repartition record. It is now refused as the bytes it
     * was published as ({@code evaluation-failed}) and kept out, and the next reading is judged.
     */
    @Test
    void shouldRefuseAReadingWhoseEvaluationThrowsAndJudgeTheNextValidOne() {
        Evaluator methods = ProgressEvaluator.withDefaults();
        // stands for any defect of the method: throws whenever the history holds a 6.66
        start((target, evidence) -> {
            if (evidence.own().at(2022).map(o -> o.value() == 6.66).orElse(false)) {
                throw new ArithmeticException("tripped on 6.66");
            }
            return methods.evaluate(target, evidence);
        });
        ListAppender<ILoggingEvent> log = capture();
        publish(BEDS_14);
        publish(2021, 5.3);
        IndicatorReading tripping = reading("440700", "hospital_beds_per_1000", 2022, 6.66);
        byte[] published = TOPICS.readings().valueSerde().serializer().serialize("any", tripping);
        rawReadings.pipeInput(Topics.readingKey("440700", "hospital_beds_per_1000"), published);
        publish(2023, 5.62);

        assertThat(deadLetters.readRecordsToList()).singleElement().satisfies(d -> {
            assertThat(d.value()).isEqualTo(published);
            assertThat(header(d.headers(), DeadLetterHeaders.REASON)).isEqualTo(DeadLetterHeaders.EVALUATION_FAILED);
            assertThat(header(d.headers(), DeadLetterHeaders.DETAIL))
                    .contains(Topics.targetKey(BEDS_14))
                    .contains("tripped on 6.66");
        });
        assertThat(statuses.readValuesToList())
                .extracting(a -> a.getYear() + " " + a.getActual())
                .containsExactly("2021 5.3", "2023 5.62");
        assertThat(refused(DeadLetterHeaders.EVALUATION_FAILED)).isEqualTo(1.0);
        assertThat(log.list).hasSize(1);
    }

    /** The refusal lines, of readings and of targets alike. */
    private static ListAppender<ILoggingEvent> capture() {
        ListAppender<ILoggingEvent> appender = new ListAppender<>();
        appender.start();
        for (Class<?> source : List.of(RefusalLog.class, RefusedReadingsLog.class)) {
            Logger logger = (Logger) LoggerFactory.getLogger(source);
            logger.detachAndStopAllAppenders();
            logger.addAppender(appender);
        }
        return appender;
    }

    @Test
    void shouldSkipUndecodableBytesAndGoOn() {
        // Where the bytes go (the dead-letter topic, with Streams' error headers) is the broker-side
        // half, which TopologyTestDriver does not route: ProgressJobIT proves it on a real broker.
        publish(BEDS_14);
        rawReadings.pipeInput(
                Topics.readingKey("440700", "hospital_beds_per_1000"), "garbage".getBytes(StandardCharsets.UTF_8));
        publish(2022, 5.45);

        assertThat(alerts.readValuesToList())
                .extracting(ProgressEvaluation::getYear)
                .containsExactly(2022);
        assertThat(refused("undecodable")).isEqualTo(1.0);
    }

    private double refused(String reason) {
        var counter = registry.find(RefusalCounter.NAME).tag("reason", reason).counter();
        return counter == null ? 0 : counter.count();
    }

    private static String header(Headers headers, String name) {
        Header h = headers.lastHeader(name);
        assertThat(h).as("header %s", name).isNotNull();
        return new String(h.value(), StandardCharsets.UTF_8);
    }

    @Test
    void shouldNameEveryStatefulStep() {
        String description = ProgressTopology.build(TOPICS, ProgressEvaluator.withDefaults(), CLOCK, registry)
                .describe()
                .toString();
        assertThat(description)
                .contains(
                        "targets-store",
                        "readings-history-store",
                        "last-evaluation-store",
                        "by-region-repartition",
                        "evaluate");
        assertThat(description).doesNotContain("KSTREAM-", "KTABLE-");
    }
}
