package org.planwatch.producer;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import org.apache.kafka.clients.producer.Producer;
import org.planwatch.schema.IndicatorReading;
import org.planwatch.schema.KafkaClientProperties;
import org.planwatch.schema.TopicSet;

/**
 * One feed file through the producer: read, checked, its refusals printed and written beside it,
 * its valid rows published and its refused ones sent to the dead-letter topic. Without a cluster
 * (validate only) nothing is sent.
 */
public final class FeedRun implements AutoCloseable {
    /** What became of one file. */
    public record Outcome(Path file, int published, int valid, int rejected, int failed, boolean unreadable) {
        public boolean clean() {
            return !unreadable && rejected == 0 && failed == 0;
        }

        public String summary() {
            return "published " + published + ", rejected " + rejected + (failed > 0 ? ", failed " + failed : "");
        }
    }

    private final FeedFormat format;
    private final FeedEncoding encoding;
    private final FeedMapping mapping;
    private final FeedValidator validator;
    private final String source;
    private final Producer<String, IndicatorReading> producer;
    private final Producer<byte[], byte[]> dlq;
    private final ReadingPublisher publisher;
    private final RejectPublisher rejects;

    /** @param bootstrap null to check only */
    public FeedRun(
            FeedFormat format,
            FeedEncoding encoding,
            FeedMapping mapping,
            FeedValidator validator,
            String source,
            String bootstrap,
            KafkaClientProperties kafkaConfig,
            TopicSet topics) {
        this.format = format;
        this.encoding = encoding;
        this.mapping = mapping;
        this.validator = validator;
        this.source = source;
        if (bootstrap == null) {
            producer = null;
            dlq = null;
            publisher = null;
            rejects = null;
        } else {
            producer = ProducerProperties.producer(
                    topics.readings(),
                    ProducerProperties.properties(bootstrap, "planwatch-publish", Map.of(), kafkaConfig));
            dlq = ProducerProperties.producer(
                    topics.readingsDlq(),
                    ProducerProperties.properties(bootstrap, "planwatch-publish-rejects", Map.of(), kafkaConfig));
            publisher = new ReadingPublisher(producer, topics.readings(), Clock.systemUTC());
            rejects = new RejectPublisher(dlq, topics.readingsDlq());
        }
    }

    public Outcome process(Path file, PrintWriter err) throws InterruptedException, IOException {
        FeedBatch batch;
        try {
            batch = validator.validate(FeedFiles.read(file, format, encoding, mapping), mapping);
        } catch (NoSuchFileException e) {
            err.println(file + ": cannot read: no such file");
            return new Outcome(file, 0, 0, 0, 0, true);
        } catch (AccessDeniedException e) {
            err.println(file + ": cannot read: permission denied");
            return new Outcome(file, 0, 0, 0, 0, true);
        } catch (IOException e) {
            err.println(file + ": cannot read: " + e.getMessage());
            return new Outcome(file, 0, 0, 0, 0, true);
        } catch (RuntimeException e) {
            // a reader's own fault must cost this file, not the files after it
            err.println(file + ": cannot read: " + e.getClass().getSimpleName()
                    + (e.getMessage() == null
                            ? ""
                            : ": " + e.getMessage().lines().findFirst().orElse("")));
            return new Outcome(file, 0, 0, 0, 0, true);
        }
        RejectsFile.write(file, batch.rejections());
        if (Rejection.refusesWholeFile(batch.rejections(), batch.readings().size())) {
            // a header that stops the file is one file not read, not "rejected 1" of its thousand rows
            batch.rejections().forEach(err::println);
            if (rejects != null) {
                rejects.publish(batch.rejections());
            }
            return new Outcome(file, 0, 0, 0, 0, true);
        }
        if (batch.readings().isEmpty() && batch.rejections().isEmpty()) {
            // zero rows is never a success: a header alone, an export cut before its data
            err.println(file + ": no rows after its header: nothing to publish");
            return new Outcome(file, 0, 0, 0, 0, true);
        }
        long withdrawals =
                batch.readings().stream().filter(RawReading::withdrawn).count();
        if (withdrawals > 0) {
            // counted among the published rows, but no figures: said, so that no one looks for them
            err.println(file + ": " + withdrawals + " of its rows withdraw a year's figure (SDMX deletions):"
                    + " the pipeline judges those years as having none");
        }
        Published p =
                publish(batch, source != null ? source : file.getFileName().toString(), err);
        return new Outcome(
                file,
                p.result.published(),
                batch.readings().size(),
                batch.rejections().size(),
                p.result.failed().size(),
                false);
    }

    /** A batch sent on: what the broker acknowledged, and which rows those were. */
    public record Published(PublishResult result) {}

    /** Prints the batch's refusals, publishes its valid rows and sends its refused ones to the dead-letter topic. */
    public Published publish(FeedBatch batch, String feed, PrintWriter err) throws InterruptedException {
        batch.rejections().forEach(err::println);
        if (publisher == null) {
            return new Published(new PublishResult(0, batch.rejections(), java.util.List.of(), java.util.List.of()));
        }
        ProgressLine progress =
                new ProgressLine(err, batch.feed(), batch.readings().size());
        PublishResult result = publisher.publish(batch, feed, progress::acknowledged);
        progress.done();
        result.failed().forEach(err::println);
        rejects.publish(batch.rejections());
        return new Published(result);
    }

    /** Reads and checks a feed's text, as a file's would be. */
    public FeedBatch check(String text, String name, FeedFormat format) {
        return validator.validate(FeedFiles.read(text, name, format, mapping), mapping);
    }

    @Override
    public void close() {
        if (producer != null) {
            producer.close();
            dlq.close();
        }
    }
}
