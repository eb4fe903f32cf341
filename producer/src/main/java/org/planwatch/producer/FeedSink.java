package org.planwatch.producer;

import java.io.PrintWriter;
import java.util.List;
import org.planwatch.runtime.KafkaClientProperties;
import org.planwatch.schema.TopicSet;

/**
 * Where a feed's checked rows go: its valid readings to the readings topic and its refused rows to
 * the dead-letter topic ({@link #kafka}), or nowhere when the run only checks ({@link #checkOnly}).
 */
public interface FeedSink extends AutoCloseable {

    /** Publishes the batch's valid readings and says what the broker acknowledged. */
    PublishResult publish(FeedBatch batch, String feed, PrintWriter err) throws InterruptedException;

    /** Sends refused rows on, so that nothing a bureau sent is lost. */
    void refuse(List<Rejection> rejections) throws InterruptedException;

    @Override
    void close();

    /** A run that reads and checks, and sends nothing anywhere ({@code publish --validate-only}). */
    static FeedSink checkOnly() {
        return CheckOnly.INSTANCE;
    }

    /** The readings and dead-letter topics of {@code topics} on the cluster at {@code bootstrap}. */
    static FeedSink kafka(String bootstrap, KafkaClientProperties clientFile, TopicSet topics) {
        return new KafkaFeedSink(bootstrap, clientFile, topics);
    }

    /** Publishes nothing: every valid row is counted as not sent. */
    enum CheckOnly implements FeedSink {
        INSTANCE;

        @Override
        public PublishResult publish(FeedBatch batch, String feed, PrintWriter err) {
            return new PublishResult(0, batch.rejections(), List.of(), List.of());
        }

        @Override
        public void refuse(List<Rejection> rejections) {}

        @Override
        public void close() {}
    }
}
