package org.planwatch.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.kafka.clients.producer.Producer;
import org.planwatch.producer.CsvFeedReader;
import org.planwatch.producer.FeedBatch;
import org.planwatch.producer.ProducerSettings;
import org.planwatch.producer.PublishResult;
import org.planwatch.producer.ReadingPublisher;
import org.planwatch.schema.IndicatorReading;
import org.planwatch.schema.TopicSet;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
        name = "publish",
        mixinStandardHelpOptions = true,
        description = {
            "Publish statistical readings from CSV files to the readings topic.",
            "Creates the pipeline's topics where they are missing.",
            "CSV header: region,indicator,year,value[,unit]; lines starting with # are comments.",
            "Bad rows are printed as FILE:LINE: reason; the good rows of the same file are published."
        })
final class PublishCommand implements Callable<Integer> {
    @Mixin
    KafkaOptions kafka;

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "CSV files to publish.")
    List<Path> files;

    @Option(
            names = "--source",
            paramLabel = "FEED",
            description = "Feed name carried by every reading (env PLANWATCH_SOURCE; default the file name).")
    String source;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<FeedBatch> batches = new ArrayList<>();
        int unreadable = 0;
        for (Path file : files) {
            try {
                batches.add(new CsvFeedReader().read(file));
            } catch (NoSuchFileException e) {
                err.println(file + ": cannot read: no such file");
                unreadable++;
            } catch (AccessDeniedException e) {
                err.println(file + ": cannot read: permission denied");
                unreadable++;
            } catch (IOException e) {
                err.println(file + ": cannot read: " + e.getMessage());
                unreadable++;
            }
        }
        if (batches.isEmpty()) {
            out.println("published 0, rejected 0");
            return 1;
        }
        String bootstrap = kafka.requireBootstrap();
        TopicSet topics = kafka.topics();
        kafka.createTopics();
        int published = 0;
        int rejected = 0;
        int failed = 0;
        try (Producer<String, IndicatorReading> producer = ProducerSettings.producer(
                topics.readings(), ProducerSettings.properties(bootstrap, "planwatch-publish", Map.of()))) {
            ReadingPublisher publisher = new ReadingPublisher(producer, topics.readings(), Clock.systemUTC());
            for (FeedBatch batch : batches) {
                String feed = source != null
                        ? source
                        : Path.of(batch.feed()).getFileName().toString();
                PublishResult result = publisher.publish(batch, feed);
                result.rejected().forEach(r -> err.println(r));
                result.failed().forEach(r -> err.println(r));
                published += result.published();
                rejected += result.rejected().size();
                failed += result.failed().size();
            }
        }
        out.println("published " + published + ", rejected " + rejected + (failed > 0 ? ", failed " + failed : ""));
        if (published == 0 && (failed > 0 || unreadable > 0)) {
            return 1;
        }
        return rejected + failed + unreadable == 0 ? 0 : 2;
    }
}
