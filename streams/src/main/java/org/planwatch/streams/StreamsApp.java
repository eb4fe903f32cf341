package org.planwatch.streams;

import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.planwatch.domain.IndicatorDictionary;
import org.planwatch.evaluation.Evaluator;
import org.planwatch.evaluation.ProgressEvaluator;
import org.planwatch.runtime.DeployableMain;
import org.planwatch.runtime.KafkaClientProperties;
import org.planwatch.runtime.MetricsServer;
import org.planwatch.runtime.Shutdown;
import org.planwatch.runtime.WritableFolder;

/**
 * The streams deployable: the progress job, its {@code /metrics} and health probes, wired from
 * {@link StreamsSettings}. Wiring only; the work is in {@link ProgressTopology}. {@link #main} is the
 * image's entry point; the command line's {@code streams} starts the same.
 */
public final class StreamsApp implements AutoCloseable {
    private final MetricsServer server;
    private final ProgressJob job;
    private final StreamsProbes probes;

    private StreamsApp(MetricsServer server, ProgressJob job, StreamsProbes probes) {
        this.server = server;
        this.job = job;
        this.probes = probes;
    }

    /**
     * Starts the job as {@code settings} say; its topics must exist.
     *
     * @param file the user's Kafka client properties, read once ({@code KafkaSettings.clientProperties})
     */
    public static StreamsApp start(StreamsSettings settings, Evaluator evaluator, KafkaClientProperties file)
            throws IOException {
        PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        MetricsServer server = MetricsServer.start(registry, settings.metricsHost(), settings.metricsPort());
        ProgressJob job = null;
        try {
            job = ProgressJob.start(
                    settings.properties(file), settings.kafka().topics(), evaluator, Clock.systemUTC(), registry);
            Properties admin = new Properties();
            admin.put(
                    AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, settings.kafka().bootstrap());
            StreamsProbes probes = StreamsProbes.attach(
                    server, job, file.merge("cluster probe", new Properties(), admin), settings.maxRebalance());
            return new StreamsApp(server, job, probes);
        } catch (RuntimeException e) {
            if (job != null) {
                job.close();
            }
            server.close();
            throw e;
        }
    }

    public void awaitRunning(Duration timeout) throws InterruptedException, TimeoutException {
        job.awaitRunning(timeout);
    }

    /** Completes when the job stops in error. */
    public CompletableFuture<?> failed() {
        return job.failed();
    }

    public Throwable failure() {
        return job.failure();
    }

    public String metricsUrl() {
        return server.url();
    }

    @Override
    public void close() {
        probes.close();
        job.close();
        server.close();
    }

    /**
     * Runs the job until the JVM is told to stop (SIGTERM, Ctrl-C) or the job fails.
     *
     * @return 0 when stopped, 1 when the job failed
     */
    public static int run(
            StreamsSettings settings,
            Evaluator evaluator,
            KafkaClientProperties file,
            Consumer<String> out,
            Consumer<String> err)
            throws IOException, InterruptedException, TimeoutException {
        Shutdown shutdown = new Shutdown();
        try (StreamsApp app = start(settings, evaluator, file)) {
            app.awaitRunning(Duration.ofMinutes(2));
            out.accept("progress job " + settings.applicationId() + " RUNNING against "
                    + settings.kafka().bootstrap() + "; metrics at " + app.metricsUrl() + "; Ctrl-C to stop");
            app.failed().thenRun(shutdown::stop);
            shutdown.await();
            if (app.failed().isDone()) {
                err.accept("planwatch: progress job stopped in error: " + app.failure());
                return 1;
            }
            return 0;
        } finally {
            shutdown.done();
        }
    }

    /**
     * The image's entry point: settings from the environment, over the file {@code PLANWATCH_CONFIG}
     * names; exit 64 for a setting that cannot be used, 1 for a job that cannot run or failed.
     */
    public static void main(String[] args) throws Exception {
        new DeployableMain<>(
                        "planwatch streams",
                        source -> {
                            StreamsSettings settings = StreamsSettings.from(source);
                            WritableFolder.require(settings.stateDir(), "cannot keep the job's state in", "");
                            return settings;
                        },
                        StreamsSettings::kafka)
                .exit(
                        args,
                        (settings, file) -> run(
                                settings,
                                new ProgressEvaluator(IndicatorDictionary.bundled(), settings.thresholds()),
                                file,
                                System.out::println,
                                System.err::println));
    }
}
