package org.planwatch.producer;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.planwatch.runtime.Causes;
import org.planwatch.schema.IndicatorReading;
import org.planwatch.schema.Topic;
import org.planwatch.schema.Topics;

/**
 * Publishes a feed's readings to the readings topic, keyed {@code region|indicator} so one
 * indicator of one region stays in order, on the region's partition when the producer is made by
 * {@link ProducerProperties} ({@code RegionPartitioner}), where the progress job keeps the region. Counts a reading as published only once the broker has
 * acknowledged it.
 */
public final class ReadingPublisher {
    private final Producer<String, IndicatorReading> producer;
    private final Topic<String, IndicatorReading> topic;
    private final Clock clock;

    public ReadingPublisher(
            Producer<String, IndicatorReading> producer, Topic<String, IndicatorReading> topic, Clock clock) {
        this.producer = producer;
        this.topic = topic;
        this.clock = clock;
    }

    /**
     * Sends every reading of {@code batch}, waits for the broker's answers, and reports.
     *
     * @param source the feed name carried by each event; demo data says "simulated" here
     */
    public PublishResult publish(FeedBatch batch, String source) throws InterruptedException {
        return publish(batch, source, done -> {});
    }

    /**
     * As {@link #publish(FeedBatch, String)}, telling {@code progress} the count acknowledged so far
     * as the broker answers (from the producer's thread).
     */
    public PublishResult publish(FeedBatch batch, String source, java.util.function.LongConsumer progress)
            throws InterruptedException {
        long now = clock.millis();
        AtomicInteger acknowledged = new AtomicInteger();
        List<Rejection> failed = Collections.synchronizedList(new ArrayList<>());
        List<PublishResult.Sent> sent = new ArrayList<>();
        CountDownLatch answers = new CountDownLatch(batch.readings().size());
        // a refusal (credentials, ACLs) holds for every row: the rest are listed, not each sent to
        // be refused after its own metadata wait
        AtomicReference<Exception> refused = new AtomicReference<>();
        for (RawReading raw : batch.readings()) {
            if (refused.get() != null) {
                failed.add(new Rejection(
                        raw.location(), "not sent to Kafka: " + refused.get().getMessage()));
                answers.countDown();
                continue;
            }
            String id = raw.withdrawn()
                    ? ReadingIds.ofWithdrawal(source, raw.region(), raw.indicator(), raw.year(), raw.vintage())
                    : ReadingIds.of(source, raw.region(), raw.indicator(), raw.year(), raw.vintage());
            IndicatorReading event = IndicatorReading.newBuilder()
                    .setReadingId(id)
                    .setRegion(raw.region())
                    .setIndicator(raw.indicator())
                    .setYear(raw.year())
                    .setValue(raw.value())
                    .setUnit(raw.unit())
                    .setSource(source)
                    .setPublishedAt(java.time.Instant.ofEpochMilli(now))
                    .setRevision(raw.revision())
                    .setVintage(raw.vintage())
                    .setDecimals(raw.decimals())
                    .build();
            String key = Topics.readingKey(raw.region(), raw.indicator());
            try {
                producer.send(new ProducerRecord<>(topic.name(), key, event), (metadata, error) -> {
                    if (error == null) {
                        progress.accept(acknowledged.incrementAndGet());
                    } else {
                        if (Causes.isRefusal(error)) {
                            refused.compareAndSet(null, error);
                        }
                        failed.add(new Rejection(raw.location(), "not acknowledged by Kafka: " + error.getMessage()));
                    }
                    answers.countDown();
                });
                sent.add(new PublishResult.Sent(raw.location(), id));
            } catch (RuntimeException e) {
                failed.add(new Rejection(raw.location(), "not sent to Kafka: " + e.getMessage()));
                answers.countDown();
            }
        }
        producer.flush();
        answers.await();
        return new PublishResult(acknowledged.get(), batch.rejections(), List.copyOf(failed), List.copyOf(sent));
    }
}
