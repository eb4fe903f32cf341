package org.planwatch.app;

import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.kafka.clients.producer.Producer;
import org.planwatch.domain.Dictionaries;
import org.planwatch.domain.TargetCatalogue;
import org.planwatch.planimport.CatalogueImporter;
import org.planwatch.planimport.ImportOptions;
import org.planwatch.planimport.review.CatalogueDiff;
import org.planwatch.planimport.review.Overrides;
import org.planwatch.planimport.review.ReviewReport;
import org.planwatch.planimport.source.DocumentFormat;
import org.planwatch.producer.ProducerProperties;
import org.planwatch.producer.TargetPublisher;
import org.planwatch.schema.PlanTarget;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
        name = "catalogue",
        mixinStandardHelpOptions = true,
        description = "The plan target catalogue: import it from plan documents, export it, or publish it to the"
                + " compacted targets topic.",
        subcommands = {
            CatalogueCommand.Import.class,
            CatalogueCommand.Diff.class,
            CatalogueCommand.Publish.class,
            CatalogueCommand.Export.class
        })
final class CatalogueCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Loads the catalogue, printing each bad row as FILE:LINE: reason. */
    static TargetCatalogue load(Path file, PrintWriter err) throws java.io.IOException {
        TargetCatalogue catalogue = file == null ? TargetCatalogue.bundled() : TargetCatalogue.read(file);
        catalogue.errors().forEach(err::println);
        return catalogue;
    }

    static final class FileOption {
        @Option(
                names = "--file",
                paramLabel = "TSV",
                description = "Catalogue file (env PLANWATCH_FILE; default the catalogue bundled with PlanWatch).")
        Path file;
    }

    @Command(
            name = "publish",
            mixinStandardHelpOptions = true,
            description = "Write every target to the targets topic, keyed plan|region|indicator.")
    static final class Publish implements Callable<Integer> {
        @Mixin
        KafkaOptions kafka;

        @Mixin
        FileOption source;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            TargetCatalogue catalogue = load(source.file, spec.commandLine().getErr());
            String bootstrap = kafka.requireBootstrap();
            kafka.createTopics();
            int published;
            try (Producer<String, PlanTarget> producer = ProducerProperties.producer(
                    kafka.topics().targets(),
                    ProducerProperties.properties(
                            bootstrap, "planwatch-catalogue", Map.of(), kafka.clientProperties()))) {
                published = new TargetPublisher(producer, kafka.topics().targets()).publish(catalogue.targets());
            }
            spec.commandLine()
                    .getOut()
                    .println("published " + published + ", rejected "
                            + catalogue.errors().size());
            return catalogue.errors().isEmpty() ? 0 : 2;
        }
    }

    @Command(
            name = "export",
            mixinStandardHelpOptions = true,
            description = "Print one row per target: TSV with a header row, or a JSON array of objects.")
    static final class Export implements Callable<Integer> {
        @Mixin
        FileOption source;

        @Spec
        CommandSpec spec;

        @Option(
                names = "--format",
                paramLabel = "FORMAT",
                defaultValue = "tsv",
                description = "Output format: ${COMPLETION-CANDIDATES} (default ${DEFAULT-VALUE}).")
        Format format;

        enum Format {
            tsv,
            json
        }

        @Override
        public Integer call() throws Exception {
            TargetCatalogue catalogue = load(source.file, spec.commandLine().getErr());
            PrintWriter out = spec.commandLine().getOut();
            if (format == Format.json) {
                catalogue.writeJson(out);
                out.println();
            } else {
                catalogue.writeTsv(out);
            }
            out.flush();
            return catalogue.errors().isEmpty() ? 0 : 2;
        }
    }

    @Command(
            name = "import",
            mixinStandardHelpOptions = true,
            description = {
                "Read plan documents (PDF, Word .docx, web pages, markdown, or text in UTF-8, GB18030 or UTF-16)"
                        + " into a catalogue: every indicator table they"
                        + " hold, found by its header, and the targets its running text states (到2030年…, or the"
                        + " plan's end year where a sentence names none); a target the prose restates is kept once,"
                        + " as the table prints it.",
                "Prints the catalogue as TSV to standard output (or --out), a summary per document to standard"
                        + " error, each row it cannot read as FILE:LINE: reason, and with --notices each clause"
                        + " or restated target it did not keep.",
                "Exit status: 0 all read, 2 some rows could not be read or a correction matched nothing (the rest is still"
                        + " written), 1 no target found at all, or an error."
            })
    static final class Import implements Callable<Integer> {
        @Parameters(
                arity = "1..*",
                paramLabel = "FILE",
                description = "Plan documents; each one's form and encoding is told from its content.")
        List<Path> files;

        @Option(
                names = "--format",
                paramLabel = "FORMAT",
                description = "Read every FILE as this form: text, markdown, html, docx or pdf (default: told from"
                        + " each file's content).")
        String format;

        @Option(
                names = "--out",
                paramLabel = "TSV",
                description = "Write the catalogue here instead of standard output.")
        Path out;

        @Option(names = "--notices", description = "Also list what was read but not kept, with its line.")
        boolean notices;

        @Option(
                names = "--overrides",
                paramLabel = "TSV",
                description = "A person's corrections, applied after every import: one a line, keyed by the"
                        + " FILE:LINE the targets cite (source, indicator, action set|drop|add, changes, why).")
        Path overrides;

        @Option(
                names = "--region",
                paramLabel = "CODE",
                description = "The region of every plan read (GB/T 2260 code, e.g. 440700), where a title does not"
                        + " name it.")
        String region;

        @Option(
                names = "--year",
                paramLabel = "YEAR",
                converter = OptionValues.PlanYear.class,
                description = "The year a government work report's 今年 means, where the report prints no year"
                        + " (this year's goals are read as the one-year plan <region>-annual-YEAR).")
        Integer year;

        @Option(
                names = "--period",
                paramLabel = "PERIOD",
                description = "With --region: the plan period of a document that names no plan of its own (a"
                        + " chapter of an outline, a department's digest), such as 十五五 or 2026-2030 (default:"
                        + " the latest period its text names, else the five-year period in force this year).")
        String period;

        @Option(
                names = "--dictionary",
                paramLabel = "DIR",
                description = "A folder of your own indicators.tsv, regions.tsv, departments.tsv (each optional),"
                        + " laid over the bundled ones (env PLANWATCH_DICTIONARY).")
        Path dictionary;

        @Option(
                names = "--review",
                paramLabel = "MD",
                description = "Write the review report here (Markdown): every target with its line, the cells as"
                        + " printed, how they were read and what was inferred; every line not read and why.")
        Path review;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            PrintWriter err = spec.commandLine().getErr();
            for (Path f : files) {
                if (!Files.isReadable(f)) {
                    throw new UsageProblem("cannot read " + f);
                }
            }
            DocumentFormat forced;
            try {
                forced = format == null ? null : DocumentFormat.named(format);
            } catch (IllegalArgumentException e) {
                throw new UsageProblem("--format: " + e.getMessage());
            }
            Overrides corrections = overrides == null ? Overrides.none() : Overrides.read(overrides);
            Dictionaries dictionaries = Dictionaries.load(java.util.Optional.ofNullable(dictionary));
            CatalogueImporter importer;
            ImportOptions options = region == null ? ImportOptions.defaults() : ImportOptions.region(region);
            options = year == null ? options : options.withYear(year);
            if (period != null) {
                if (region == null) {
                    throw new UsageProblem("--period needs --region: a document that names no plan must be given"
                            + " both whose plan it is and its years");
                }
                try {
                    options = options.withPeriod(period);
                } catch (IllegalArgumentException e) {
                    throw new UsageProblem("--period: " + e.getMessage());
                }
            }
            try {
                importer = CatalogueImporter.of(dictionaries, options);
            } catch (IllegalArgumentException e) {
                throw new UsageProblem("--region: " + e.getMessage());
            }
            CatalogueImporter.Result result = importer.read(files, forced);
            Overrides.Outcome corrected = corrections.apply(result.targets(), dictionaries.indicators());
            TargetCatalogue catalogue = TargetCatalogue.of(corrected.targets());
            if (out == null) {
                PrintWriter stdout = spec.commandLine().getOut();
                catalogue.writeTsv(stdout);
                stdout.flush();
            } else {
                try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
                    catalogue.writeTsv(w);
                }
            }
            if (review != null) {
                try (Writer w = Files.newBufferedWriter(review, StandardCharsets.UTF_8)) {
                    ReviewReport.write(result, corrected, w);
                }
            }
            result.documents()
                    .forEach(d -> err.printf(
                            "%s: %d tables, %d indicator rows, %d targets%n",
                            d.file(), d.tables(), d.rows(), d.targets()));
            result.problems().forEach(err::println);
            corrected.problems().forEach(err::println);
            corrected
                    .unmatched()
                    .forEach(c -> err.println(overrides.getFileName() + ":" + c.line() + ": " + c
                            + " matched no target (the document changed, or the key is mistyped)"));
            if (notices) {
                result.notices().forEach(n -> err.println("notice: " + n));
            } else if (!result.notices().isEmpty()) {
                err.println(result.notices().size() + " clauses or restated targets not kept; --notices lists them");
            }
            int unread = result.problems().size() + corrected.problems().size();
            err.printf(
                    "%d targets, %d rows not read%s%s%n",
                    catalogue.targets().size(),
                    unread,
                    corrected.applied().isEmpty()
                            ? ""
                            : ", " + corrected.applied().size() + " corrections applied",
                    review == null ? "" : "; review report in " + review);
            if (catalogue.targets().isEmpty()) {
                err.println("no target found: nothing to monitor (see the lines above for what could not be read)");
                err.flush();
                return 1;
            }
            err.flush();
            return unread == 0 && corrected.unmatched().isEmpty() ? 0 : 2;
        }
    }

    @Command(
            name = "diff",
            mixinStandardHelpOptions = true,
            description = {
                "What a revised plan changes: the targets of NEW that OLD lacks (+), those it loses (-), and the"
                        + " fields that differ (~), matched by plan|region|indicator. Where a target is printed"
                        + " (its line) is not a change.",
                "Exit status: 0 no difference, 3 differences listed, 1 error."
            })
    static final class Diff implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "OLD", description = "The catalogue before (TSV, as import writes it).")
        Path before;

        @Parameters(index = "1", paramLabel = "NEW", description = "The catalogue after.")
        Path after;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            TargetCatalogue old = load(before, spec.commandLine().getErr());
            TargetCatalogue now = load(after, spec.commandLine().getErr());
            CatalogueDiff diff = CatalogueDiff.of(old.targets(), now.targets());
            PrintWriter out = spec.commandLine().getOut();
            diff.write(out);
            out.flush();
            return diff.isEmpty() ? 0 : 3;
        }
    }
}
