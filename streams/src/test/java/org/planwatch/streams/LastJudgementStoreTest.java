package org.planwatch.streams;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.planwatch.schema.IndicatorReading;
import org.planwatch.schema.PlanTarget;
import org.planwatch.schema.ProgressEvaluation;
import org.planwatch.schema.ProgressStatus;
import org.planwatch.schema.TargetCodec;
import org.planwatch.schema.TopicSet;
import org.planwatch.schema.Topics;
import org.planwatch.schema.YearFigure;

/** What the job keeps of a target's last evaluation, and the values jobs before issue 26 kept there. */
class LastJudgementStoreTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-07T00:00:00Z"), ZoneOffset.UTC);
    private static final TopicSet TOPICS = ProgressDriver.TOPICS;
    private static final String KEY = Topics.readingKey("440700", "hospital_beds_per_1000");
    private static final Serde<ProgressEvaluation> WHOLE = TOPICS.alerts().valueSerde();
    private static final Serde<LastJudgement> SERDE = LastJudgementSerde.of(WHOLE);

    @TempDir
    Path stateDir;

    private TopologyTestDriver driver;
    private TestInputTopic<String, IndicatorReading> readings;
    private TestInputTopic<String, PlanTarget> targets;
    private TestOutputTopic<String, ProgressEvaluation> statuses;
    private TestOutputTopic<String, byte[]> changelog;

    @BeforeEach
    void start() {
        driver = ProgressDriver.start("judgement-test", stateDir, CLOCK, 1);
        readings = ProgressDriver.readings(driver);
        targets = ProgressDriver.targets(driver);
        statuses = ProgressDriver.statuses(driver);
        changelog = ProgressDriver.changelog(driver, "judgement-test", ProgressTopology.LAST_EVALUATION_STORE);
    }

    @AfterEach
    void stop() {
        driver.close();
    }

    private void publish(int year, double value) {
        readings.pipeInput(KEY, ProgressTopologyTest.reading("440700", "hospital_beds_per_1000", year, value));
    }

    @Test
    void shouldLogAStatusAndADigestPerChangedEvaluationAndNothingForTheSameFiguresAgain() {
        targets.pipeInput(
                Topics.targetKey(ProgressTopologyTest.BEDS_14), TargetCodec.toEvent(ProgressTopologyTest.BEDS_14));
        publish(2021, 5.3);
        publish(2022, 5.45);
        List<ProgressEvaluation> said = statuses.readValuesToList();
        List<KeyValue<String, byte[]>> logged = changelog.readKeyValuesToList();

        assertThat(said).hasSize(2);
        assertThat(logged).hasSize(2);
        byte[] wholeEvaluation = WHOLE.serializer().serialize("t", said.get(1));
        assertThat(logged.get(1).value.length).isLessThan(40).isLessThan(wholeEvaluation.length / 5);
        assertThat(SERDE.deserializer().deserialize("t", logged.get(1).value)).isEqualTo(LastJudgement.of(said.get(1)));

        publish(2022, 5.45);
        assertThat(statuses.readValuesToList()).isEmpty();
        assertThat(changelog.readKeyValuesToList()).isEmpty();
    }

    @Test
    void shouldReadAWholeEvaluationAnOlderJobStoredAsTheJudgementItMakes() {
        ProgressEvaluation whole = evaluation("2022 年 5.45，进度正常", List.of(new YearFigure(2022, 5.45, 5.5)));
        byte[] stored = WHOLE.serializer().serialize("t", whole);

        LastJudgement read = SERDE.deserializer().deserialize("t", stored);

        assertThat(read).isEqualTo(LastJudgement.of(whole));
        assertThat(read.status()).isEqualTo(ProgressStatus.ON_TRACK);
    }

    @Test
    void shouldJudgeAsNewWhatChangesAnythingAReaderSeesAndAsTheSameWhatDoesNot() {
        ProgressEvaluation first = evaluation("进度正常", List.of(new YearFigure(2022, 5.45, 5.5)));

        ProgressEvaluation later = ProgressEvaluation.newBuilder(first)
                .setEvaluatedAt(first.getEvaluatedAt().plusSeconds(60))
                .setPreviousStatus(ProgressStatus.LAGGING)
                .setReadingSource("another feed")
                .build();
        assertThat(LastJudgement.of(later)).isEqualTo(LastJudgement.of(first));

        assertThat(List.of(
                        ProgressEvaluation.newBuilder(first).setReason("进度正常。").build(),
                        ProgressEvaluation.newBuilder(first).setActual(5.46).build(),
                        ProgressEvaluation.newBuilder(first).setExpected(null).build(),
                        ProgressEvaluation.newBuilder(first).setReadingId("r2").build(),
                        ProgressEvaluation.newBuilder(first)
                                .setDepartment("卫健局")
                                .build(),
                        ProgressEvaluation.newBuilder(first)
                                .setSeries(List.of(new YearFigure(2022, 5.45, null)))
                                .build(),
                        ProgressEvaluation.newBuilder(first)
                                .setStatus(ProgressStatus.LAGGING)
                                .build()))
                .allSatisfy(changed -> assertThat(LastJudgement.of(changed)).isNotEqualTo(LastJudgement.of(first)));
    }

    @Test
    void shouldRoundTripEveryStatusAndRefuseBytesThatAreNoJudgement() {
        for (ProgressStatus status : ProgressStatus.values()) {
            LastJudgement judgement = new LastJudgement(status, 0x0123456789ABCDEFL, -2L);
            byte[] bytes = SERDE.serializer().serialize("t", judgement);
            assertThat(SERDE.deserializer().deserialize("t", bytes)).isEqualTo(judgement);
        }
        assertThat(SERDE.deserializer().deserialize("t", null)).isNull();
        assertThatThrownBy(() -> SERDE.deserializer().deserialize("store-changelog", new byte[] {1, 5, 'O'}))
                .isInstanceOf(SerializationException.class)
                .hasMessageContaining("store-changelog")
                .hasMessageContaining("not a last judgement");
        assertThatThrownBy(() -> SERDE.deserializer().deserialize("t", new byte[0]))
                .isInstanceOf(SerializationException.class);
    }

    private static ProgressEvaluation evaluation(String reason, List<YearFigure> series) {
        return ProgressEvaluation.newBuilder()
                .setPlan("jm-health-14")
                .setRegion("440700")
                .setIndicator("hospital_beds_per_1000")
                .setYear(2022)
                .setStatus(ProgressStatus.ON_TRACK)
                .setActual(5.45)
                .setExpected(5.5)
                .setProjected(6.1)
                .setProgress(0.9)
                .setReason(reason)
                .setBinding(false)
                .setTargetSource("plan.txt:12")
                .setReadingId("r1")
                .setReadingsUsed(List.of("r1"))
                .setSeries(series)
                .setReadingSource("feed.csv")
                .setEvaluatedAt(CLOCK.instant())
                .build();
    }
}
