package org.planwatch.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.planwatch.domain.CatalogueFormatException;
import org.planwatch.domain.IndicatorDictionary;
import org.planwatch.domain.RegionDictionary;
import org.planwatch.producer.DropFolder;
import org.planwatch.producer.FeedEncoding;
import org.planwatch.producer.FeedFormat;
import org.planwatch.producer.FeedMapping;
import org.planwatch.producer.FeedRun;
import org.planwatch.producer.FeedSink;
import org.planwatch.producer.FeedValidator;
import org.planwatch.runtime.KafkaClientProperties;
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
            "With --watch DIR it runs until Ctrl-C as a drop folder: each file that appears is published once and"
                    + " moved, with its rejects, to DIR/done (every row published) or DIR/failed.",
            "",
            "Exit status: 0 every row published, 2 some rows refused or not acknowledged, 1 nothing could be done."
        })
final class PublishCommand implements Callable<Integer> {
    @Mixin
    KafkaOptions kafka;

    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..*", paramLabel = "FILE", description = "Feed files to publish.")
    List<Path> files;

    @Option(
            names = "--watch",
            paramLabel = "DIR",
            description = "Watch a drop folder: publish every file that appears, then move it to done/ or failed/.")
    Path watch;

    @Option(
            names = "--watch-interval",
            paramLabel = "DURATION",
            defaultValue = "PT2S",
            description = "How often the drop folder is looked at (default ${DEFAULT-VALUE}).")
    java.time.Duration watchInterval;

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
            description = "auto (by extension and content), csv, wide-csv, jsonl, sdmx-csv, sdmx-json, communique or"
                    + " spreadsheet (default ${DEFAULT-VALUE}).")
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

    @Mixin
    CatalogueChoice catalogue;

    @Option(names = "--validate-only", description = "Check every row and write the rejects; publish nothing.")
    boolean validateOnly;

    static final class FormatConverter implements picocli.CommandLine.ITypeConverter<FeedFormat> {
        @Override
        public FeedFormat convert(String value) {
            try {
                return FeedFormat.of(value);
            } catch (IllegalArgumentException e) {
                // said as the reason, without the exception's class name picocli would add
                throw new picocli.CommandLine.TypeConversionException(e.getMessage());
            }
        }
    }

    static final class EncodingConverter implements picocli.CommandLine.ITypeConverter<FeedEncoding> {
        @Override
        public FeedEncoding convert(String value) {
            try {
                return FeedEncoding.of(value);
            } catch (IllegalArgumentException e) {
                // said as the reason, without the exception's class name picocli would add
                throw new picocli.CommandLine.TypeConversionException(e.getMessage());
            }
        }
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (watch == null && (files == null || files.isEmpty())) {
            // a command line without its files is a usage error (64), as evaluate's is
            throw new picocli.CommandLine.ParameterException(
                    spec.commandLine(), "name the feed files to publish, or a folder to --watch");
        }
        if (watch != null && !java.nio.file.Files.isDirectory(watch)) {
            // a mistyped folder would otherwise be created and watched while the bureau drops its files elsewhere
            throw new picocli.CommandLine.ParameterException(
                    spec.commandLine(), "--watch " + watch + ": no such folder (create it first)");
        }
        FeedMapping codes = mapping();
        FeedValidator validator =
                new FeedValidator(catalogue.load(err), IndicatorDictionary.bundled(), RegionDictionary.bundled());
        FeedSink sink = FeedSink.checkOnly();
        if (!validateOnly) {
            String bootstrap = kafka.requireBootstrap();
            // the client file is checked before the cluster is waited for: a mistake in it is said at once
            KafkaClientProperties clientFile = kafka.clientProperties();
            kafka.createTopics();
            sink = FeedSink.kafka(bootstrap, clientFile, kafka.topics());
        }
        try (FeedRun run = new FeedRun(format, encoding, codes, validator, source, sink)) {
            if (watch != null) {
                return watch(run, out, err);
            }
            int published = 0;
            int valid = 0;
            int rejected = 0;
            int failed = 0;
            int unreadable = 0;
            for (Path file : files) {
                FeedRun.Outcome o = run.process(file, err);
                published += o.published();
                valid += o.valid();
                rejected += o.rejected();
                failed += o.failed();
                unreadable += o.unreadable() ? 1 : 0;
            }
            if (validateOnly) {
                out.println("published 0, rejected " + rejected + notRead(unreadable) + " (validate only: " + valid
                        + " rows would be published)");
                return unreadable == files.size() ? 1 : rejected + unreadable == 0 ? 0 : 2;
            }
            out.println("published " + published + ", rejected " + rejected + (failed > 0 ? ", failed " + failed : "")
                    + notRead(unreadable));
            if (published == 0 && (failed > 0 || unreadable == files.size())) {
                return 1;
            }
            return rejected + failed + unreadable == 0 ? 0 : 2;
        }
    }

    /** ", 1 file not read" for files refused whole (unreadable, or a header that stops them); nothing for none. */
    private static String notRead(int files) {
        return files == 0 ? "" : ", " + files + (files == 1 ? " file" : " files") + " not read";
    }

    private int watch(FeedRun run, PrintWriter out, PrintWriter err) throws Exception {
        new DropFolder(watch, run::process, out, err).watchUntilShutdown(watchInterval);
        return 0;
    }

    private FeedMapping mapping() throws IOException {
        return mapping(mapping);
    }

    /** The mapping file, or none; a missing or malformed one is the user's to fix. */
    static FeedMapping mapping(Path file) throws IOException {
        if (file == null) {
            return FeedMapping.NONE;
        }
        try {
            return FeedMapping.read(file);
        } catch (NoSuchFileException e) {
            throw new UsageProblem("mapping " + file + ": no such file");
        } catch (CatalogueFormatException e) {
            throw new UsageProblem("mapping " + e.getMessage());
        }
    }
}
