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
import org.planwatch.domain.TargetCatalogue;
import org.planwatch.planimport.CatalogueImporter;
import org.planwatch.planimport.source.DocumentFormat;
import org.planwatch.producer.ProducerSettings;
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
        subcommands = {CatalogueCommand.Import.class, CatalogueCommand.Publish.class, CatalogueCommand.Export.class})
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
            try (Producer<String, PlanTarget> producer = ProducerSettings.producer(
                    kafka.topics().targets(),
                    ProducerSettings.properties(
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
                        + " hold, found by its header, and for a document without tables the targets its running"
                        + " text states for a year (到2025年…).",
                "Prints the catalogue as TSV to standard output (or --out), a summary per document to standard"
                        + " error, each row it cannot read as FILE:LINE: reason, and with --notices each clause"
                        + " or restated target it did not keep.",
                "Exit status: 0 all read, 2 some rows could not be read (the rest is still written), 1 error."
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
            CatalogueImporter.Result result = CatalogueImporter.bundled().read(files, forced);
            TargetCatalogue catalogue = TargetCatalogue.of(result.targets());
            if (out == null) {
                PrintWriter stdout = spec.commandLine().getOut();
                catalogue.writeTsv(stdout);
                stdout.flush();
            } else {
                try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
                    catalogue.writeTsv(w);
                }
            }
            result.documents()
                    .forEach(d -> err.printf(
                            "%s: %d tables, %d indicator rows, %d targets%n",
                            d.file(), d.tables(), d.rows(), d.targets()));
            result.problems().forEach(err::println);
            if (notices) {
                result.notices().forEach(n -> err.println("notice: " + n));
            } else if (!result.notices().isEmpty()) {
                err.println(result.notices().size() + " clauses or restated targets not kept; --notices lists them");
            }
            err.printf(
                    "%d targets, %d rows not read%n",
                    result.targets().size(), result.problems().size());
            err.flush();
            return result.problems().isEmpty() ? 0 : 2;
        }
    }
}
