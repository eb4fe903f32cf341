package org.planwatch.producer;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * One feed file through the producer: read, checked, its refusals printed and written beside it,
 * its valid rows published and its refused ones sent to the dead-letter topic, or nowhere when its
 * {@link FeedSink} only checks.
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
    private final FeedSink sink;

    /** @param source the feed name each event carries; null for the file's own name */
    public FeedRun(
            FeedFormat format,
            FeedEncoding encoding,
            FeedMapping mapping,
            FeedValidator validator,
            String source,
            FeedSink sink) {
        this.format = format;
        this.encoding = encoding;
        this.mapping = mapping;
        this.validator = validator;
        this.source = source;
        this.sink = sink;
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
            sink.refuse(batch.rejections());
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
        PublishResult p =
                publish(batch, source != null ? source : file.getFileName().toString(), err);
        return new Outcome(
                file,
                p.published(),
                batch.readings().size(),
                batch.rejections().size(),
                p.failed().size(),
                false);
    }

    /** Prints the batch's refusals, publishes its valid rows and sends its refused ones to the dead-letter topic. */
    public PublishResult publish(FeedBatch batch, String feed, PrintWriter err) throws InterruptedException {
        batch.rejections().forEach(err::println);
        PublishResult result = sink.publish(batch, feed, err);
        result.failed().forEach(err::println);
        sink.refuse(batch.rejections());
        return result;
    }

    /** Reads and checks a feed's text, as a file's would be. */
    public FeedBatch check(String text, String name, FeedFormat format) {
        return validator.validate(FeedFiles.read(text, name, format, mapping), mapping);
    }

    @Override
    public void close() {
        sink.close();
    }
}
