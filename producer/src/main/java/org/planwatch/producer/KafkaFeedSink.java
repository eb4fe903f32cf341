package org.planwatch.producer;

import java.io.PrintWriter;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.producer.Producer;
import org.planwatch.runtime.KafkaClientProperties;
import org.planwatch.schema.IndicatorReading;
import org.planwatch.schema.TopicSet;

/** The readings topic for valid rows and the dead-letter topic for refused ones, each with its own producer. */
final class KafkaFeedSink implements FeedSink {
    private final Producer<String, IndicatorReading> readings;
    private final Producer<byte[], byte[]> deadLetters;
    private final ReadingPublisher publisher;
    private final RejectPublisher rejects;

    KafkaFeedSink(String bootstrap, KafkaClientProperties clientFile, TopicSet topics) {
        readings = ProducerProperties.producer(
                topics.readings(), ProducerProperties.properties(bootstrap, "planwatch-publish", Map.of(), clientFile));
        deadLetters = ProducerProperties.producer(
                topics.readingsDlq(),
                ProducerProperties.properties(bootstrap, "planwatch-publish-rejects", Map.of(), clientFile));
        publisher = new ReadingPublisher(readings, topics.readings(), Clock.systemUTC());
        rejects = new RejectPublisher(deadLetters, topics.readingsDlq());
    }

    @Override
    public PublishResult publish(FeedBatch batch, String feed, PrintWriter err) throws InterruptedException {
        ProgressLine progress =
                new ProgressLine(err, batch.feed(), batch.readings().size());
        PublishResult result = publisher.publish(batch, feed, progress::acknowledged);
        progress.done();
        return result;
    }

    @Override
    public void refuse(List<Rejection> rejections) throws InterruptedException {
        rejects.publish(rejections);
    }

    @Override
    public void close() {
        readings.close();
        deadLetters.close();
    }
}
