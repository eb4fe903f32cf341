package org.planwatch.producer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.planwatch.schema.IndicatorReading;
import org.planwatch.schema.RevisionStatus;
import org.planwatch.schema.Topics;

class ReadingPublisherTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T00:00:00Z"), ZoneOffset.UTC);

    private static FeedBatch batch() {
        return new FeedBatch(
                "f.csv",
                List.of(
                        new RawReading("440700", "hospital_beds_per_1000", 2021, 5.32, "张", 0, "f.csv:2"),
                        new RawReading("440700", "hospital_beds_per_1000", 2022, 5.44, "张", 1, "f.csv:3")),
                List.of(new Rejection("f.csv:4", "value 'x' is not a number")));
    }

    @Test
    void shouldKeyByRegionAndIndicatorAndCarryTheFeedName() throws Exception {
        MockProducer<String, IndicatorReading> producer = new MockProducer<>(
                true, null, new StringSerializer(), Topics.READINGS.valueSerde().serializer());
        PublishResult result =
                new ReadingPublisher(producer, Topics.READINGS, CLOCK).publish(batch(), "simulated:test");

        assertThat(result.published()).isEqualTo(2);
        assertThat(result.summary()).isEqualTo("published 2, rejected 1");
        assertThat(result.exitCode()).isEqualTo(2);
        List<ProducerRecord<String, IndicatorReading>> sent = producer.history();
        assertThat(sent).extracting(ProducerRecord::key).containsOnly("440700|hospital_beds_per_1000");
        assertThat(sent).extracting(r -> r.value().getSource()).containsOnly("simulated:test");
        assertThat(sent.get(0).value().getPublishedAt()).isEqualTo(CLOCK.instant());
        assertThat(sent).extracting(r -> r.value().getReadingId()).containsExactlyElementsOf(result.readingIds());
        assertThat(sent).extracting(r -> r.value().getVintage()).containsExactly(0, 1);
    }

    @Test
    void shouldPairEachSentRowWithItsOwnIdWhenARowBeforeItIsNotSent() throws Exception {
        // the first row's send throws (as a serializer or a closed producer does): it gets no id,
        // and the second keeps its own, not the first's place
        MockProducer<String, IndicatorReading> producer =
                new MockProducer<>(
                        true,
                        null,
                        new StringSerializer(),
                        Topics.READINGS.valueSerde().serializer()) {
                    @Override
                    public synchronized Future<org.apache.kafka.clients.producer.RecordMetadata> send(
                            ProducerRecord<String, IndicatorReading> record,
                            org.apache.kafka.clients.producer.Callback callback) {
                        if (record.value().getYear() == 2021) {
                            throw new org.apache.kafka.common.errors.SerializationException("cannot encode");
                        }
                        return super.send(record, callback);
                    }
                };
        PublishResult result =
                new ReadingPublisher(producer, Topics.READINGS, CLOCK).publish(batch(), "simulated:test");

        assertThat(result.failed()).extracting(Rejection::location).containsExactly("f.csv:2");
        assertThat(result.sent()).singleElement().satisfies(s -> {
            assertThat(s.location()).isEqualTo("f.csv:3");
            assertThat(s.readingId())
                    .isEqualTo(producer.history().get(0).value().getReadingId())
                    .isEqualTo(ReadingIds.of("simulated:test", "440700", "hospital_beds_per_1000", 2022, 1));
        });
    }

    @Test
    void shouldCarryTheDecimalsAValueWasWrittenWithAndNullWhereUnknown() throws Exception {
        MockProducer<String, IndicatorReading> producer = new MockProducer<>(
                true, null, new StringSerializer(), Topics.READINGS.valueSerde().serializer());
        RawReading written = new RawReading(
                "440700", "hospital_beds_per_1000", 2022, 5.5, "张", 0, 0, RevisionStatus.FINAL, "f.csv:2", null, 2);
        RawReading numberOnly = new RawReading("440700", "hospital_beds_per_1000", 2023, 5.6, "张", 0, "f.csv:3");

        new ReadingPublisher(producer, Topics.READINGS, CLOCK)
                .publish(new FeedBatch("f.csv", List.of(written, numberOnly), List.of()), "simulated:test");

        assertThat(producer.history()).extracting(r -> r.value().getDecimals()).containsExactly(2, null);
    }

    @Test
    void shouldGiveTheSameIdToTheSameRowAndAnotherToAnotherVintage() {
        String id = ReadingIds.of("feed", "440700", "beds", 2021, 0);
        assertThat(ReadingIds.of("feed", "440700", "beds", 2021, 0))
                .isEqualTo(id)
                .hasSize(32);
        assertThat(ReadingIds.of("feed", "440700", "beds", 2021, 1)).isNotEqualTo(id);
        assertThat(ReadingIds.of("feed", "440700", "beds", 2022, 0)).isNotEqualTo(id);
    }

    @Test
    void shouldCountReadingsTheBrokerDidNotAcknowledgeAsFailedNotPublished() throws Exception {
        // MockProducer's flush() would complete every pending send; here the test answers for the broker.
        MockProducer<String, IndicatorReading> producer =
                new MockProducer<>(
                        false,
                        null,
                        new StringSerializer(),
                        Topics.READINGS.valueSerde().serializer()) {
                    @Override
                    public synchronized void flush() {}
                };
        ReadingPublisher publisher = new ReadingPublisher(producer, Topics.READINGS, CLOCK);
        FeedBatch batch = batch();
        Future<PublishResult> running =
                Executors.newSingleThreadExecutor().submit(() -> publisher.publish(batch, "feed"));
        // the broker acknowledges the first record and refuses the second
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (producer.history().size() < 2 && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
        producer.completeNext();
        producer.errorNext(new org.apache.kafka.common.errors.TimeoutException("broker away"));
        PublishResult result = running.get();
        assertThat(result.published()).isEqualTo(1);
        assertThat(result.failed())
                .extracting(Rejection::toString)
                .containsExactly("f.csv:3: not acknowledged by Kafka: broker away");
        assertThat(result.summary()).isEqualTo("published 1, rejected 1, failed 1");
    }
}
