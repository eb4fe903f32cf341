package org.planwatch.producer;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.producer.Producer;
import org.planwatch.domain.CatalogueFormatException;
import org.planwatch.domain.IndicatorDictionary;
import org.planwatch.domain.RegionDictionary;
import org.planwatch.domain.TargetCatalogue;
import org.planwatch.runtime.ClusterProbe;
import org.planwatch.runtime.DeployableMain;
import org.planwatch.runtime.KafkaClientProperties;
import org.planwatch.runtime.SettingsException;
import org.planwatch.runtime.SettingsSource;
import org.planwatch.runtime.Shutdown;
import org.planwatch.schema.PlanTarget;

/**
 * The producer deployable, as its image runs it: one of its three jobs, named by the image's
 * arguments as the command line names them, every setting from the environment
 * ({@link ProducerSettings}). {@code ingest} (the default) serves {@code POST /readings};
 * {@code publish} watches the drop folder {@code PLANWATCH_WATCH} names; {@code catalogue publish}
 * writes the catalogue to the compacted targets topic once. Wiring only: the work is in {@link
 * FeedRun}, {@link IngestServer}, {@link DropFolder} and {@link TargetPublisher}.
 */
public final class ProducerApp {
    /** The producer's jobs, by the arguments that name them. */
    enum Job {
        INGEST(List.of("ingest")),
        WATCH(List.of("publish")),
        CATALOGUE(List.of("catalogue", "publish"));

        final List<String> args;

        Job(List<String> args) {
            this.args = args;
        }

        static Optional<Job> of(String[] args) {
            if (args.length == 0) {
                return Optional.of(INGEST);
            }
            return Arrays.stream(values())
                    .filter(j -> j.args.equals(List.of(args)))
                    .findFirst();
        }
    }

    private ProducerApp() {}

    /** Whether the image runs a job given these arguments (the deploy files' check). */
    public static boolean runs(String... args) {
        return Job.of(args).isPresent();
    }

    public static void main(String[] args) throws Exception {
        Optional<Job> job = Job.of(args);
        if (job.isEmpty()) {
            System.err.println("planwatch producer: " + Arrays.toString(args) + " names no job: ingest (the default),"
                    + " publish (the drop folder PLANWATCH_WATCH names) or catalogue publish; every setting comes from"
                    + " the environment (README, Configuration)");
            System.exit(64);
            return;
        }
        PrintWriter out = new PrintWriter(System.out, true);
        PrintWriter err = new PrintWriter(System.err, true);
        new DeployableMain<>("planwatch producer", ProducerSettings::from, ProducerSettings::kafka)
                .exit(new String[0], (settings, file) -> switch (job.get()) {
                    case INGEST -> ingest(settings, file, System.getenv("PLANWATCH_INGEST_TOKEN"), out, err);
                    case WATCH -> watch(settings, file, out, err);
                    case CATALOGUE -> publishCatalogue(settings, file, out, err);
                });
    }

    /** Serves {@code POST /readings} until the JVM is told to stop. */
    public static int ingest(
            ProducerSettings settings, KafkaClientProperties file, String token, PrintWriter out, PrintWriter err)
            throws IOException, InterruptedException {
        Shutdown shutdown = new Shutdown();
        try (FeedRun run = feedRun(settings, file, err);
                ClusterProbe cluster = ClusterProbe.of(settings.kafka().bootstrap(), file);
                IngestServer server = serve(settings, run, token, cluster, err)) {
            out.println("accepting feeds at " + server.url() + "; Ctrl-C to stop");
            shutdown.await();
            return 0;
        } finally {
            shutdown.done();
        }
    }

    /** Publishes every file that appears in the drop folder until the JVM is told to stop. */
    public static int watch(ProducerSettings settings, KafkaClientProperties file, PrintWriter out, PrintWriter err)
            throws IOException, InterruptedException {
        Path folder = settings.watch()
                .orElseThrow(() -> new SettingsException(SettingsSource.variable("watch")
                        + " is not set: the publish job watches the drop folder it names"));
        if (!Files.isDirectory(folder)) {
            // a mistyped folder would otherwise be watched while the bureau drops its files elsewhere
            throw new SettingsException(SettingsSource.variable("watch") + ": " + folder + " is no folder");
        }
        try (FeedRun run = feedRun(settings, file, err)) {
            new DropFolder(folder, run::process, out, err).watchUntilShutdown(settings.watchInterval());
            return 0;
        }
    }

    /** Writes the catalogue's targets to the targets topic: 0 when all were read, 2 when some rows were not. */
    public static int publishCatalogue(
            ProducerSettings settings, KafkaClientProperties file, PrintWriter out, PrintWriter err)
            throws IOException, InterruptedException {
        TargetCatalogue catalogue = catalogue(settings, err);
        var topic = settings.kafka().topics().targets();
        try (Producer<String, PlanTarget> producer = ProducerProperties.producer(
                topic,
                ProducerProperties.properties(settings.kafka().bootstrap(), "planwatch-catalogue", Map.of(), file))) {
            int published = new TargetPublisher(producer, topic).publish(catalogue.targets());
            out.println("published " + published + ", rejected "
                    + catalogue.errors().size());
        } catch (ExecutionException e) {
            throw new IllegalStateException(
                    "cannot publish the catalogue: " + e.getCause().getMessage(), e);
        }
        return catalogue.errors().isEmpty() ? 0 : 2;
    }

    private static IngestServer serve(
            ProducerSettings settings, FeedRun run, String token, ClusterProbe cluster, PrintWriter err)
            throws IOException {
        try {
            return IngestServer.start(run, token, settings.ingestHost(), settings.ingestPort(), cluster::problem, err);
        } catch (IllegalArgumentException e) {
            throw new SettingsException(e.getMessage());
        }
    }

    private static FeedRun feedRun(ProducerSettings settings, KafkaClientProperties file, PrintWriter err)
            throws IOException {
        FeedValidator validator =
                new FeedValidator(catalogue(settings, err), IndicatorDictionary.bundled(), RegionDictionary.bundled());
        return new FeedRun(
                FeedFormat.AUTO,
                FeedEncoding.AUTO,
                mapping(settings),
                validator,
                null,
                FeedSink.kafka(
                        settings.kafka().bootstrap(), file, settings.kafka().topics()));
    }

    /** The catalogue named, else the bundled one; each row it cannot read is said. */
    private static TargetCatalogue catalogue(ProducerSettings settings, PrintWriter err) throws IOException {
        try {
            TargetCatalogue catalogue = settings.catalogue().isPresent()
                    ? TargetCatalogue.read(settings.catalogue().get())
                    : TargetCatalogue.bundled();
            catalogue.errors().forEach(err::println);
            return catalogue;
        } catch (NoSuchFileException e) {
            throw new SettingsException(SettingsSource.variable("catalogue") + ": " + e.getFile() + ": no such file");
        }
    }

    private static FeedMapping mapping(ProducerSettings settings) throws IOException {
        if (settings.mapping().isEmpty()) {
            return FeedMapping.NONE;
        }
        try {
            return FeedMapping.read(settings.mapping().get());
        } catch (NoSuchFileException e) {
            throw new SettingsException(SettingsSource.variable("mapping") + ": " + e.getFile() + ": no such file");
        } catch (CatalogueFormatException e) {
            throw new SettingsException(SettingsSource.variable("mapping") + ": " + e.getMessage());
        }
    }
}
