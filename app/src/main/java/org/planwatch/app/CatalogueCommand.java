package org.planwatch.app;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.kafka.clients.producer.Producer;
import org.planwatch.domain.TargetCatalogue;
import org.planwatch.producer.ProducerSettings;
import org.planwatch.producer.TargetPublisher;
import org.planwatch.schema.PlanTarget;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
        name = "catalogue",
        mixinStandardHelpOptions = true,
        description = "The plan target catalogue: export it, or publish it to the compacted targets topic.",
        subcommands = {CatalogueCommand.Publish.class, CatalogueCommand.Export.class})
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
                    ProducerSettings.properties(bootstrap, "planwatch-catalogue", Map.of()))) {
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
            description = "Print one row per target, tab-separated with a header row.")
    static final class Export implements Callable<Integer> {
        @Mixin
        FileOption source;

        @Spec
        CommandSpec spec;

        @Option(
                names = "--format",
                paramLabel = "FORMAT",
                defaultValue = "tsv",
                description = "Output format; only ${COMPLETION-CANDIDATES} so far (default ${DEFAULT-VALUE}).")
        Format format;

        enum Format {
            tsv
        }

        @Override
        public Integer call() throws Exception {
            TargetCatalogue catalogue = load(source.file, spec.commandLine().getErr());
            PrintWriter out = spec.commandLine().getOut();
            catalogue.writeTsv(out);
            out.flush();
            return catalogue.errors().isEmpty() ? 0 : 2;
        }
    }
}
