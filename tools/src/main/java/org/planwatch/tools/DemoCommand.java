package org.planwatch.tools;

import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.apache.kafka.clients.producer.Producer;
import org.planwatch.app.ConsumerOptions;
import org.planwatch.app.KafkaOptions;
import org.planwatch.app.LiveStatusView;
import org.planwatch.app.MethodOptions;
import org.planwatch.app.UsageProblem;
import org.planwatch.broker.EmbeddedKafkaBroker;
import org.planwatch.consumer.AlertConsumer;
import org.planwatch.consumer.AlertListener;
import org.planwatch.consumer.ConsumerApp;
import org.planwatch.consumer.Notifications;
import org.planwatch.consumer.StatusBoard;
import org.planwatch.domain.TargetCatalogue;
import org.planwatch.producer.CsvFeedReader;
import org.planwatch.producer.FeedBatch;
import org.planwatch.producer.ProducerProperties;
import org.planwatch.producer.PublishResult;
import org.planwatch.producer.ReadingPublisher;
import org.planwatch.producer.TargetPublisher;
import org.planwatch.runtime.KafkaClientProperties;
import org.planwatch.runtime.Shutdown;
import org.planwatch.schema.IndicatorReading;
import org.planwatch.schema.PlanTarget;
import org.planwatch.schema.ProgressEvaluation;
import org.planwatch.schema.TopicSet;
import org.planwatch.streams.ProgressJob;
import org.planwatch.streams.StreamsProperties;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
        name = "demo",
        mixinStandardHelpOptions = true,
        description = {
            "Run the whole pipeline in one JVM on SIMULATED readings, serving metrics until Ctrl-C.",
            "Starts an embedded Kafka broker (unless --bootstrap names a cluster), publishes the bundled"
                    + " target catalogue and simulated demo readings, runs the progress job and the consumer, and"
                    + " prints each alert as it arrives, then the table of current statuses."
        })
final class DemoCommand implements Callable<Integer> {
    static final String DEMO_READINGS = "/org/planwatch/tools/demo-readings-simulated.csv";
    static final String DEMO_SOURCE = "simulated:demo-readings";

    @Mixin
    ConsumerOptions consumerOptions;

    @Mixin
    MethodOptions method;

    @Spec
    CommandSpec spec;

    @Option(
            names = "--once",
            description = "Exit 0 once every demo reading has produced its alerts, after printing the table.")
    boolean once;

    @Option(
            names = "--timeout",
            paramLabel = "DURATION",
            defaultValue = "PT2M",
            description = "With --once: give up (exit 1) if the alerts have not all arrived by then "
                    + "(ISO-8601, env PLANWATCH_DEMO_TIMEOUT; default ${DEFAULT-VALUE}).")
    Duration timeout;

    /**
     * The demo's outbox when no channel is given: one folder under the temporary folder, its earlier
     * run's messages removed. Each run has a new broker, so the last run's messages would only mix
     * with this one's; a new folder per run left one more folder in /tmp every time.
     */
    static Path freshOutbox(Path temporary) throws java.io.IOException {
        Path outbox = temporary.resolve("planwatch-demo-outbox");
        Files.createDirectories(outbox);
        try (java.util.stream.Stream<Path> earlier = Files.list(outbox)) {
            for (Path message : earlier.filter(f -> f.getFileName().toString().endsWith(".txt"))
                    .filter(Files::isRegularFile)
                    .toList()) {
                Files.deleteIfExists(message);
            }
        }
        return outbox;
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        out.println("PlanWatch demo. The readings are SIMULATED (source=" + DEMO_SOURCE + "), not real statistics.");
        out.flush();
        Shutdown shutdown = once ? null : new Shutdown();
        Path stateDir = Files.createTempDirectory("planwatch-demo-state-");
        EmbeddedKafkaBroker broker = null;
        try {
            String bootstrap = consumerOptions.kafka.bootstrap;
            KafkaClientProperties kafkaConfig;
            if (bootstrap == null || bootstrap.isBlank()) {
                // Without --once this command closes the broker itself, after the job and the consumer.
                broker = EmbeddedKafkaBroker.startTemporary(once);
                bootstrap = broker.bootstrapServers();
                out.println("embedded Kafka broker (KRaft, in this JVM) at " + bootstrap);
                // A secured cluster's settings cannot reach a plaintext loopback broker.
                if (consumerOptions.kafka.kafkaConfig != null) {
                    err.println("planwatch: warning: not using --kafka-config " + consumerOptions.kafka.kafkaConfig
                            + " with the embedded broker; it is for the cluster --bootstrap names");
                }
                kafkaConfig = KafkaClientProperties.NONE;
            } else {
                kafkaConfig = consumerOptions.kafka.clientProperties();
            }
            TopicSet topics = consumerOptions.kafka.topics();
            KafkaOptions.createTopics(
                    bootstrap,
                    kafkaConfig,
                    topics,
                    consumerOptions.kafka.replicationFactor,
                    consumerOptions.kafka.timeout);
            return run(bootstrap, kafkaConfig, topics, stateDir, shutdown, out, err);
        } finally {
            if (broker != null) {
                broker.close();
            }
            deleteRecursively(stateDir);
            if (shutdown != null) {
                shutdown.done();
            }
        }
    }

    private int run(
            String bootstrap,
            KafkaClientProperties kafkaConfig,
            TopicSet topics,
            Path stateDir,
            Shutdown shutdown,
            PrintWriter out,
            PrintWriter err)
            throws Exception {
        TargetCatalogue catalogue = TargetCatalogue.bundled();
        catalogue.errors().forEach(err::println);
        try (Producer<String, PlanTarget> producer = ProducerProperties.producer(
                topics.targets(),
                ProducerProperties.properties(bootstrap, own("planwatch-demo-catalogue"), Map.of(), kafkaConfig))) {
            int n = new TargetPublisher(producer, topics.targets()).publish(catalogue.targets());
            out.println(
                    "published " + n + " plan targets to " + topics.targets().name());
        }

        if (consumerOptions.notify.routes == null && consumerOptions.notify.outbox == null) {
            consumerOptions.notify.outbox = freshOutbox(Path.of(System.getProperty("java.io.tmpdir")));
        }
        Optional<Notifications> notifications = consumerOptions.notify.notifications();
        out.println("messages to department leads: "
                + (consumerOptions.notify.routes != null
                        ? "sent as " + consumerOptions.notify.routes + " routes them"
                        : "written to " + consumerOptions.notify.outbox + " (no channel configured)"));
        Set<String> evaluated = ConcurrentHashMap.newKeySet();
        StatusHolder holder = new StatusHolder();
        try (LiveStatusView view = new LiveStatusView(
                        out,
                        LiveStatusView.terminal(),
                        "Current status per plan target (from SIMULATED readings)",
                        holder);
                ConsumerApp consumer = ConsumerApp.start(
                        topics,
                        AlertConsumer.properties(bootstrap, own("planwatch-demo-consumer"), kafkaConfig),
                        kafkaConfig,
                        consumerOptions.metrics.host,
                        consumerOptions.metrics.port,
                        notifications,
                        view,
                        new AlertListener() {
                            @Override
                            public void onAlert(String key, ProgressEvaluation alert) {}

                            @Override
                            public void onStatus(String key, ProgressEvaluation status) {
                                if (status != null) {
                                    evaluated.addAll(status.getReadingsUsed());
                                }
                            }
                        });
                ProgressJob job = ProgressJob.start(
                        StreamsProperties.properties(
                                bootstrap, own("planwatch-demo"), stateDir, topics, Map.of(), kafkaConfig),
                        topics,
                        method.evaluator(),
                        Clock.systemUTC(),
                        consumer.registry())) {
            holder.board = consumer.board();
            job.awaitRunning(Duration.ofMinutes(1));
            // Readings joined before their targets are in would find no target: hold them back.
            job.awaitTargets(catalogue.targets().size(), Duration.ofMinutes(1));
            out.println("progress job RUNNING with " + catalogue.targets().size() + " targets; metrics at "
                    + consumer.server().url());

            PublishResult published = publishDemoReadings(bootstrap, kafkaConfig, topics, out, err);
            Set<String> expected = new HashSet<>(published.readingIds());
            if (once) {
                try {
                    awaitEvaluated(expected, evaluated, job, consumer);
                    awaitAlertsTold(consumer);
                } catch (TimeoutException e) {
                    // the wait named, and the table as it stands: the time given is what to change
                    view.finish();
                    throw new UsageProblem(e.getMessage()
                            + "; the table above is as far as the demo got (a longer --timeout waits longer)");
                }
                view.finish();
                out.println("every demo reading was evaluated: " + expected.size() + " readings, " + view.alerts()
                        + " status changes alerted");
                return 0;
            }
            printTableWhenDone(expected, evaluated, job, consumer, view, out);
            out.println("serving metrics at " + consumer.server().url() + "; Ctrl-C to stop");
            out.flush();
            job.failed().thenRun(shutdown::stop);
            consumer.stopped().whenComplete((ok, error) -> shutdown.stop());
            shutdown.await();
            if (job.failed().isDone() || consumer.stopped().isCompletedExceptionally()) {
                err.println("planwatch: the pipeline stopped in error; see the log");
                return 1;
            }
            return 0;
        }
    }

    /** A client or application id of the demo's, with --topic-prefix before it: a second demo on a cluster has its own. */
    private String own(String id) {
        return consumerOptions.kafka.ownId(id, id);
    }

    private PublishResult publishDemoReadings(
            String bootstrap, KafkaClientProperties kafkaConfig, TopicSet topics, PrintWriter out, PrintWriter err)
            throws Exception {
        FeedBatch batch;
        try (Reader reader =
                new InputStreamReader(DemoCommand.class.getResourceAsStream(DEMO_READINGS), StandardCharsets.UTF_8)) {
            batch = new CsvFeedReader().read(reader, "demo-readings-simulated.csv");
        }
        try (Producer<String, IndicatorReading> producer = ProducerProperties.producer(
                topics.readings(),
                ProducerProperties.properties(bootstrap, own("planwatch-demo-publish"), Map.of(), kafkaConfig))) {
            PublishResult result =
                    new ReadingPublisher(producer, topics.readings(), Clock.systemUTC()).publish(batch, DEMO_SOURCE);
            result.rejected().forEach(err::println);
            result.failed().forEach(err::println);
            out.println(result.summary() + " SIMULATED readings to "
                    + topics.readings().name());
            out.flush();
            return result;
        }
    }

    /** Waits until every demo reading is among the readings some current status rests on. */
    private void awaitEvaluated(Set<String> expected, Set<String> evaluated, ProgressJob job, ConsumerApp consumer)
            throws InterruptedException, TimeoutException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!evaluated.containsAll(expected)) {
            if (job.failure() != null) {
                throw new IllegalStateException("progress job failed", job.failure());
            }
            if (consumer.stopped().isDone()) {
                throw new IllegalStateException("alert consumer stopped; see the log");
            }
            if (System.nanoTime() > deadline) {
                Set<String> missing = new HashSet<>(expected);
                missing.removeAll(evaluated);
                throw new TimeoutException(missing.size() + " of " + expected.size()
                        + " demo readings were not evaluated within " + timeout);
            }
            Thread.sleep(50);
        }
    }

    /**
     * The statuses are in, and with them (one transaction) every alert: waits until the alert
     * consumer has told them all, one commit per message, so the count printed is the whole.
     */
    private void awaitAlertsTold(ConsumerApp consumer) throws InterruptedException, TimeoutException {
        long statusesIn = System.nanoTime();
        long deadline = statusesIn + timeout.toNanos();
        while (!consumer.alertsToldSince(statusesIn)) {
            if (consumer.stopped().isDone()) {
                throw new IllegalStateException("alert consumer stopped; see the log");
            }
            if (System.nanoTime() > deadline) {
                throw new TimeoutException("the messages to department leads were not all written within " + timeout);
            }
            Thread.sleep(50);
        }
    }

    private void printTableWhenDone(
            Set<String> expected,
            Set<String> evaluated,
            ProgressJob job,
            ConsumerApp consumer,
            LiveStatusView view,
            PrintWriter out) {
        try {
            awaitEvaluated(expected, evaluated, job, consumer);
            view.finish();
        } catch (TimeoutException | RuntimeException e) {
            out.println("not every demo reading has been evaluated yet: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The consumer's board once it exists: the view is created before the consumer starts. */
    private static final class StatusHolder implements Supplier<Collection<ProgressEvaluation>> {
        volatile StatusBoard board;

        @Override
        public Collection<ProgressEvaluation> get() {
            return board == null ? List.of() : board.statuses();
        }
    }

    private static void deleteRecursively(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (java.io.IOException e) {
            // a temporary folder left behind is not worth failing the demo for
        }
    }
}
