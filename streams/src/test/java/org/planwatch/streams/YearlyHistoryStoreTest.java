package org.planwatch.streams;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.state.KeyValueStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.planwatch.schema.IndicatorReading;
import org.planwatch.schema.PlanTarget;
import org.planwatch.schema.ProgressEvaluation;
import org.planwatch.schema.ReadingHistory;
import org.planwatch.schema.TargetCodec;
import org.planwatch.schema.Topics;

/** The per-year history layout: what a reading writes, and the move of histories from the old layout. */
class YearlyHistoryStoreTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T00:00:00Z"), ZoneOffset.UTC);
    private static final String KEY = Topics.readingKey("440700", "hospital_beds_per_1000");

    @TempDir
    Path stateDir;

    private TopologyTestDriver driver;
    private TestInputTopic<String, IndicatorReading> readings;
    private TestInputTopic<String, PlanTarget> targets;
    private TestOutputTopic<String, ProgressEvaluation> statuses;
    private TestOutputTopic<String, byte[]> yearlyChangelog;
    private TestOutputTopic<String, byte[]> legacyChangelog;

    @BeforeEach
    void start() {
        driver = ProgressDriver.start("yearly-test", stateDir, CLOCK, 1);
        readings = ProgressDriver.readings(driver);
        targets = ProgressDriver.targets(driver);
        statuses = ProgressDriver.statuses(driver);
        yearlyChangelog = ProgressDriver.changelog(driver, "yearly-test", ProgressTopology.YEARLY_HISTORY_STORE);
        legacyChangelog = ProgressDriver.changelog(driver, "yearly-test", ProgressTopology.HISTORY_STORE);
    }

    @AfterEach
    void stop() {
        driver.close();
    }

    private void publish(int year, double value) {
        readings.pipeInput(KEY, ProgressTopologyTest.reading("440700", "hospital_beds_per_1000", year, value));
    }

    private List<String> yearlyEntries() {
        KeyValueStore<String, IndicatorReading> store = driver.getKeyValueStore(ProgressTopology.YEARLY_HISTORY_STORE);
        List<String> out = new ArrayList<>();
        try (var all = store.all()) {
            all.forEachRemaining(kv -> out.add(kv.key + "=" + kv.value.getValue()));
        }
        return out;
    }

    @Test
    void shouldWriteOnlyTheReadingsOwnYearToTheChangelog() {
        targets.pipeInput(
                Topics.targetKey(ProgressTopologyTest.BEDS_14), TargetCodec.toEvent(ProgressTopologyTest.BEDS_14));
        publish(2021, 5.3);
        publish(2022, 5.45);
        yearlyChangelog.readRecordsToList();
        publish(2023, 5.50);

        // one entry of one reading, not the three-year history again
        assertThat(yearlyChangelog.readKeyValuesToList())
                .extracting(kv -> kv.key)
                .containsExactly(KEY + "|2023");
        assertThat(yearlyEntries()).containsExactly(KEY + "|2021=5.3", KEY + "|2022=5.45", KEY + "|2023=5.5");
        assertThat(statuses.readValuesToList())
                .extracting(ProgressEvaluation::getYear)
                .containsExactly(2021, 2022, 2023);
    }

    @Test
    void shouldMoveAHistoryOfTheOldLayoutOnItsFirstReadAndJudgeOnIt() {
        KeyValueStore<String, ReadingHistory> legacy = driver.getKeyValueStore(ProgressTopology.HISTORY_STORE);
        legacy.put(
                KEY,
                new ReadingHistory(List.of(
                        ProgressTopologyTest.reading("440700", "hospital_beds_per_1000", 2021, 5.3),
                        ProgressTopologyTest.reading("440700", "hospital_beds_per_1000", 2022, 5.45))));
        legacyChangelog.readRecordsToList();
        targets.pipeInput(
                Topics.targetKey(ProgressTopologyTest.BEDS_14), TargetCodec.toEvent(ProgressTopologyTest.BEDS_14));

        // the target, arriving after the readings of the old layout, is judged on them
        ProgressEvaluation judged = statuses.readValue();
        assertThat(judged.getYear()).isEqualTo(2022);
        assertThat(judged.getActual()).isEqualTo(5.45);
        assertThat(legacy.get(KEY)).isNull();
        assertThat(legacyChangelog.readKeyValuesToList()).containsExactly(KeyValue.pair(KEY, null));
        assertThat(yearlyEntries()).containsExactly(KEY + "|2021=5.3", KEY + "|2022=5.45");

        publish(2023, 5.50);
        assertThat(statuses.readValue().getReadingsUsed()).hasSize(3);
    }
}
