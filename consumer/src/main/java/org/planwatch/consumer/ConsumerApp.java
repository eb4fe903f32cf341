package org.planwatch.consumer;

import io.micrometer.core.instrument.binder.kafka.KafkaClientMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.planwatch.domain.IndicatorDictionary;
import org.planwatch.runtime.ClusterProbe;
import org.planwatch.runtime.DeployableMain;
import org.planwatch.runtime.KafkaClientProperties;
import org.planwatch.runtime.MetricsServer;
import org.planwatch.runtime.Shutdown;
import org.planwatch.schema.ProgressEvaluation;
import org.planwatch.schema.TopicSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The consumer deployable: rebuilds the board from the status topic and follows it, reads the
 * alerts topic in its group, each on its own thread, and serves the metrics. Wiring only; the work
 * is in {@link StatusReader}, {@link AlertConsumer}, {@link AlertHandler} and {@link
 * IndicatorMetrics}.
 */
public final class ConsumerApp implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ConsumerApp.class);

    private final PrometheusMeterRegistry registry;
    private final StatusBoard board;
    private final IndicatorMetrics metrics;
    private final IndicatorInfo info;
    private final PlanScores scores;
    private final DeadLetterTally deadLetterTally;
    private final Optional<Telling> telling;
    private final List<KafkaClientMetrics> clientMetrics;
    private final StatusReader statuses;
    private final AlertConsumer alerts;
    private final List<Thread> threads;
    private final MetricsServer server;
    private final ClusterProbe cluster;

    private ConsumerApp(
            PrometheusMeterRegistry registry,
            StatusBoard board,
            IndicatorMetrics metrics,
            IndicatorInfo info,
            PlanScores scores,
            DeadLetterTally deadLetterTally,
            Optional<Telling> telling,
            List<KafkaClientMetrics> clientMetrics,
            StatusReader statuses,
            AlertConsumer alerts,
            List<Thread> threads,
            MetricsServer server,
            ClusterProbe cluster) {
        this.cluster = cluster;
        this.registry = registry;
        this.board = board;
        this.metrics = metrics;
        this.info = info;
        this.scores = scores;
        this.deadLetterTally = deadLetterTally;
        this.telling = telling;
        this.clientMetrics = clientMetrics;
        this.statuses = statuses;
        this.alerts = alerts;
        this.threads = threads;
        this.server = server;
    }

    /**
     * Runs the consumer as {@code settings} say until the JVM is told to stop (SIGTERM, Ctrl-C) or
     * a loop fails; its topics must exist.
     *
     * @return 0 when stopped, 1 when a loop failed
     */
    public static int run(
            ConsumerSettings settings,
            KafkaClientProperties file,
            java.util.function.Consumer<String> out,
            java.util.function.Consumer<String> err)
            throws IOException, InterruptedException {
        Optional<Notifications> notifications = settings.notifications(System::getenv);
        Shutdown shutdown = new Shutdown();
        TopicSet topics = settings.kafka().topics();
        try (ConsumerApp app = start(
                topics,
                settings.consumerProperties(file),
                file,
                settings.metricsHost(),
                settings.metricsPort(),
                notifications,
                (key, alert) -> out.accept(AlertLine.of(alert)))) {
            out.accept("reading " + topics.statuses().name() + " and "
                    + topics.alerts().name() + " from "
                    + settings.kafka().bootstrap() + "; metrics at "
                    + app.server().url() + "; "
                    + settings.destination() + "; Ctrl-C to stop");
            if (!settings.tellsAnyone()) {
                err.accept("planwatch: warning: " + settings.destination());
            }
            app.stopped().whenComplete((ok, error) -> shutdown.stop());
            shutdown.await();
            if (app.stopped().isCompletedExceptionally()) {
                err.accept("planwatch: the alert consumer stopped in error; see the log");
                return 1;
            }
        } finally {
            shutdown.done();
        }
        return 0;
    }

    /**
     * The image's entry point: settings from the environment, over the file {@code PLANWATCH_CONFIG}
     * names; exit 64 for a setting that cannot be used, 1 for a consumer that cannot run or failed.
     */
    public static void main(String[] args) throws Exception {
        new DeployableMain<>("planwatch consumer", ConsumerSettings::from, ConsumerSettings::kafka)
                .exit(args, (settings, file) -> run(settings, file, System.out::println, System.err::println));
    }

    /** Starts the metrics server, then both loops; {@code listeners} see every status and alert handled. */
    public static ConsumerApp start(
            TopicSet topics,
            Properties consumerProperties,
            String metricsHost,
            int metricsPort,
            AlertListener... listeners)
            throws IOException {
        return start(
                topics,
                consumerProperties,
                KafkaClientProperties.NONE,
                metricsHost,
                metricsPort,
                Optional.empty(),
                listeners);
    }

    /**
     * As above, telling department leads as {@code notifications} say (empty: nobody is told). The
     * status reader and the dead-letter producer get {@code file}'s client properties, as {@code
     * consumerProperties} (the alert consumer's) should already have.
     */
    public static ConsumerApp start(
            TopicSet topics,
            Properties consumerProperties,
            KafkaClientProperties file,
            String metricsHost,
            int metricsPort,
            Optional<Notifications> notifications,
            AlertListener... listeners)
            throws IOException {
        PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        StatusBoard board = new StatusBoard();
        IndicatorMetrics metrics = new IndicatorMetrics(registry, board);
        IndicatorInfo info = new IndicatorInfo(registry, IndicatorDictionary.bundled());
        // bound before any Kafka client is made: a port in use ends the start with nothing to close
        MetricsServer server = MetricsServer.start(registry, metricsHost, metricsPort);
        String bootstrap = consumerProperties.getProperty(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG);
        Optional<Telling> telling = notifications.map(n -> Telling.start(n, topics, bootstrap, file, registry));
        AlertHandler handler = telling.map(t -> new AlertHandler(board, metrics, t.notifier()))
                .orElseGet(() -> new AlertHandler(board, metrics));
        PlanScores scores = new PlanScores(registry);
        handler.addListener(scores);
        for (AlertListener listener : listeners) {
            handler.addListener(listener);
        }
        Consumer<String, ProgressEvaluation> statusConsumer =
                AlertConsumer.consumer(topics.statuses(), StatusReader.properties(bootstrap, file));
        Consumer<String, ProgressEvaluation> alertConsumer =
                AlertConsumer.consumer(topics.alerts(), consumerProperties);
        // Kafka's own client metrics, consumer lag among them.
        List<KafkaClientMetrics> clientMetrics =
                List.of(new KafkaClientMetrics(statusConsumer), new KafkaClientMetrics(alertConsumer));
        clientMetrics.forEach(m -> m.bindTo(registry));
        StatusReader statuses = new StatusReader(statusConsumer, topics.statuses(), handler);
        AlertConsumer alerts = new AlertConsumer(alertConsumer, topics.alerts(), handler);
        DeadLetterTally deadLetterTally = new DeadLetterTally(
                DeadLetterTally.consumer(bootstrap, file),
                List.of(topics.readingsDlq().name(), topics.notificationsDlq().name()),
                registry);
        List<Thread> threads = new ArrayList<>();
        telling.ifPresent(t -> {
            threads.add(new Thread(t.targets(), "target-book"));
            threads.get(0).start();
            awaitTargets(t.targets());
        });
        threads.add(new Thread(statuses, "status-reader"));
        threads.add(new Thread(alerts, "alert-consumer"));
        threads.add(new Thread(deadLetterTally, "dead-letter-tally"));
        threads.stream().filter(t -> t.getState() == Thread.State.NEW).forEach(Thread::start);
        ClusterProbe cluster = ClusterProbe.of(bootstrap, file);
        ConsumerHealth health = new ConsumerHealth(statuses, alerts, cluster::problem);
        server.readiness(health::notReady);
        server.liveness(health::unhealthy);
        return new ConsumerApp(
                registry,
                board,
                metrics,
                info,
                scores,
                deadLetterTally,
                telling,
                clientMetrics,
                statuses,
                alerts,
                threads,
                server,
                cluster);
    }

    /**
     * Gives the first messages their targets' words: waits, a bounded while, for the targets topic
     * to be read back before the alerts are; past it, messages go out saying less rather than late.
     */
    private static void awaitTargets(TargetBook targets) {
        try {
            targets.caughtUp().get(TARGETS_WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException | ExecutionException e) {
            LOG.warn(
                    "targets not read back within {} s: the first messages may not state their targets' numbers",
                    TARGETS_WAIT.toSeconds());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static final Duration TARGETS_WAIT = Duration.ofSeconds(10);

    /** The registry /metrics serves; the demo's job counts its refusals here too. */
    public PrometheusMeterRegistry registry() {
        return registry;
    }

    public StatusBoard board() {
        return board;
    }

    public MetricsServer server() {
        return server;
    }

    /** Completes once the status topic has been read back to where it stood at start. */
    public CompletableFuture<Void> rebuilt() {
        return statuses.caughtUp();
    }

    /**
     * Whether every alert committed before {@code nanoTime} (a {@link System#nanoTime()}) has been
     * told, its messages sent: the demo waits for it, the statuses alone arriving sooner.
     */
    public boolean alertsToldSince(long nanoTime) {
        return alerts.drainedSince(nanoTime);
    }

    /** Completes when either loop ends; exceptionally if one died rather than being closed. */
    public CompletableFuture<Object> stopped() {
        return CompletableFuture.anyOf(statuses.stopped(), alerts.stopped());
    }

    @Override
    public void close() throws InterruptedException {
        statuses.close();
        alerts.close();
        deadLetterTally.close();
        telling.ifPresent(t -> t.targets().close());
        for (Thread t : threads) {
            t.join(30_000);
        }
        clientMetrics.forEach(KafkaClientMetrics::close);
        telling.ifPresent(t -> t.deadLetters().close());
        metrics.close();
        scores.close();
        info.close();
        server.close();
        cluster.close();
        registry.close();
    }
}
