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
import org.planwatch.domain.CatalogueFormatException;
import org.planwatch.domain.IndicatorDictionary;
import org.planwatch.domain.RegionDictionary;
import org.planwatch.domain.TargetCatalogue;
import org.planwatch.producer.FeedBatch;
import org.planwatch.producer.FeedEncoding;
import org.planwatch.producer.FeedFiles;
import org.planwatch.producer.FeedFormat;
import org.planwatch.producer.FeedMapping;
import org.planwatch.producer.FeedValidator;
import org.planwatch.producer.ProducerSettings;
import org.planwatch.producer.PublishResult;
import org.planwatch.producer.ReadingPublisher;
import org.planwatch.producer.RejectPublisher;
import org.planwatch.producer.RejectsFile;
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
            "Publish statistical readings from feed files to the readings topic, creating the pipeline's topics"
                    + " where they are missing.",
            "",
            "Formats: PlanWatch CSV (region,indicator,year,value[,unit][,vintage][,status]), JSON Lines of the same"
                    + " fields, SDMX-CSV 1.0/2.0 and SDMX-JSON data messages; --format auto tells them apart by"
                    + " extension and header. Feed codes are translated by --mapping.",
            "",
            "Every row is checked before Kafka against the dictionaries and the catalogue (codes, unit, range,"
                    + " plan years, duplicates). Refused rows are printed as FILE:LINE: reason, written to"
                    + " FILE.rejects.tsv and sent to the dead-letter topic; the good rows of the same file are"
                    + " published. The last line is always 'published N, rejected M'.",
            "",
            "Exit status: 0 every row published, 2 some rows refused or not acknowledged, 1 nothing could be done."
        })
final class PublishCommand implements Callable<Integer> {
    @Mixin
    KafkaOptions kafka;

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Feed files to publish.")
    List<Path> files;

    @Option(
            names = "--source",
            paramLabel = "FEED",
            description = "Feed name carried by every reading (env PLANWATCH_SOURCE; default the file name).")
    String source;

    @Option(
            names = "--format",
            paramLabel = "FORMAT",
            defaultValue = "auto",
            converter = FormatConverter.class,
            description = "auto, csv, jsonl, sdmx-csv or sdmx-json (default ${DEFAULT-VALUE}).")
    FeedFormat format;

    @Option(
            names = "--encoding",
            paramLabel = "CHARSET",
            defaultValue = "auto",
            converter = EncodingConverter.class,
            description =
                    "auto (UTF-8 when the bytes are UTF-8, else GB18030), utf-8 or gb18030 (default ${DEFAULT-VALUE}).")
    FeedEncoding encoding;

    @Option(
            names = "--mapping",
            paramLabel = "TSV",
            description = "The feed's codes in the catalogue's terms (field, from, to); unmapped codes are refused.")
    Path mapping;

    @Option(
            names = "--catalogue",
            paramLabel = "TSV",
            description = "Catalogue the plan years are checked against (default the bundled one).")
    Path catalogue;

    @Option(names = "--validate-only", description = "Check every row and write the rejects; publish nothing.")
    boolean validateOnly;

    static final class FormatConverter implements picocli.CommandLine.ITypeConverter<FeedFormat> {
        @Override
        public FeedFormat convert(String value) {
            return FeedFormat.of(value);
        }
    }

    static final class EncodingConverter implements picocli.CommandLine.ITypeConverter<FeedEncoding> {
        @Override
        public FeedEncoding convert(String value) {
            return FeedEncoding.of(value);
        }
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        FeedMapping codes = mapping();
        TargetCatalogue targets = CatalogueCommand.load(catalogue, err);
        FeedValidator validator = new FeedValidator(targets, IndicatorDictionary.bundled(), RegionDictionary.bundled());
        List<FeedBatch> batches = new ArrayList<>();
        int unreadable = 0;
        int rejected = 0;
        for (Path file : files) {
            FeedBatch batch;
            try {
                batch = validator.validate(FeedFiles.read(file, format, encoding, codes), codes);
            } catch (NoSuchFileException e) {
                err.println(file + ": cannot read: no such file");
                unreadable++;
                continue;
            } catch (AccessDeniedException e) {
                err.println(file + ": cannot read: permission denied");
                unreadable++;
                continue;
            } catch (IOException e) {
                err.println(file + ": cannot read: " + e.getMessage());
                unreadable++;
                continue;
            }
            batch.rejections().forEach(err::println);
            RejectsFile.write(file, batch.rejections());
            rejected += batch.rejections().size();
            batches.add(batch);
        }
        if (validateOnly) {
            int valid = batches.stream().mapToInt(b -> b.readings().size()).sum();
            out.println(
                    "published 0, rejected " + rejected + " (validate only: " + valid + " rows would be published)");
            return unreadable > 0 && batches.isEmpty() ? 1 : rejected + unreadable == 0 ? 0 : 2;
        }
        if (batches.isEmpty()) {
            out.println("published 0, rejected 0");
            return 1;
        }
        String bootstrap = kafka.requireBootstrap();
        TopicSet topics = kafka.topics();
        kafka.createTopics();
        int published = 0;
        int failed = 0;
        try (Producer<String, IndicatorReading> producer = ProducerSettings.producer(
                        topics.readings(), ProducerSettings.properties(bootstrap, "planwatch-publish", Map.of()));
                Producer<byte[], byte[]> dlq = ProducerSettings.producer(
                        topics.readingsDlq(),
                        ProducerSettings.properties(bootstrap, "planwatch-publish-rejects", Map.of()))) {
            ReadingPublisher publisher = new ReadingPublisher(producer, topics.readings(), Clock.systemUTC());
            RejectPublisher rejects = new RejectPublisher(dlq, topics.readingsDlq());
            for (FeedBatch batch : batches) {
                String feed = source != null
                        ? source
                        : Path.of(batch.feed()).getFileName().toString();
                ProgressLine progress =
                        new ProgressLine(err, batch.feed(), batch.readings().size());
                PublishResult result = publisher.publish(batch, feed, progress::acknowledged);
                progress.done();
                result.failed().forEach(err::println);
                published += result.published();
                failed += result.failed().size();
                rejects.publish(batch.rejections());
            }
        }
        out.println("published " + published + ", rejected " + rejected + (failed > 0 ? ", failed " + failed : ""));
        if (published == 0 && (failed > 0 || unreadable > 0)) {
            return 1;
        }
        return rejected + failed + unreadable == 0 ? 0 : 2;
    }

    private FeedMapping mapping() throws IOException {
        if (mapping == null) {
            return FeedMapping.NONE;
        }
        try {
            return FeedMapping.read(mapping);
        } catch (NoSuchFileException e) {
            throw new UsageProblem("mapping " + mapping + ": no such file");
        } catch (CatalogueFormatException e) {
            throw new UsageProblem("mapping " + e.getMessage());
        }
    }
}
