package org.planwatch.app;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import org.planwatch.runtime.MetricsServer;
import org.planwatch.streams.StreamsApp;
import org.planwatch.streams.StreamsProperties;
import org.planwatch.streams.StreamsSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
        name = "streams",
        mixinStandardHelpOptions = true,
        description = "Run the progress job (Kafka Streams, exactly once) until Ctrl-C.")
final class StreamsCommand implements Callable<Integer> {
    static final String DEFAULT_SESSION_TIMEOUT = "PT10S";

    @Mixin
    KafkaOptions kafka;

    @Mixin
    MethodOptions method;

    @Spec
    CommandSpec spec;

    @Option(
            names = "--application-id",
            paramLabel = "ID",
            defaultValue = StreamsSettings.DEFAULT_APPLICATION_ID,
            description =
                    "Kafka Streams application id; instances with the same id share the work "
                            + "(env PLANWATCH_APPLICATION_ID; default ${DEFAULT-VALUE}, after --topic-prefix when one is given).")
    String applicationId;

    @Option(
            names = "--state-dir",
            paramLabel = "DIR",
            defaultValue = "${sys:java.io.tmpdir}/planwatch-streams",
            description = "Where the job keeps its local state (env PLANWATCH_STATE_DIR; default ${DEFAULT-VALUE}).")
    Path stateDir;

    @Option(
            names = "--standby-replicas",
            paramLabel = "N",
            defaultValue = "0",
            description = "Warm copies of each task's state on other instances, for a fast take-over "
                    + "(env PLANWATCH_STANDBY_REPLICAS; default ${DEFAULT-VALUE}).")
    int standbyReplicas;

    @Option(
            names = "--threads",
            converter = OptionValues.AtLeastOne.class,
            paramLabel = "N",
            defaultValue = "1",
            description = "Stream threads in this instance (env PLANWATCH_THREADS; default ${DEFAULT-VALUE}).")
    int threads;

    @Option(
            names = "--commit-interval",
            paramLabel = "DURATION",
            defaultValue = StreamsProperties.DEFAULT_COMMIT_INTERVAL,
            description = "How often the job commits its transaction: a status is visible after the commit "
                    + "that follows its reading (two for a reading not published on its region's partition), so "
                    + "this bounds the latency; shorter costs throughput (env PLANWATCH_COMMIT_INTERVAL; default ${DEFAULT-VALUE}, "
                    + "chosen by measurement: p99 79 ms at 1,000 readings/s on an idle two-core machine, against 142-162 ms at"
                    + " Kafka Streams' own 100 ms).")
    Duration commitInterval;

    @Option(
            names = "--session-timeout",
            converter = OptionValues.SessionTimeout.class,
            paramLabel = "DURATION",
            defaultValue = DEFAULT_SESSION_TIMEOUT,
            description = "How long the group waits for a silent member before giving its tasks to another: a"
                    + " killed and restarted job waits this long for its old self (Kafka's own default, 45 s, would"
                    + " stall that long after a restart); the broker accepts 6 s at least. Heartbeats go every third of it"
                    + " (env PLANWATCH_SESSION_TIMEOUT; default ${DEFAULT-VALUE}).")
    Duration sessionTimeout;

    @Option(
            names = "--max-rebalance",
            paramLabel = "DURATION",
            defaultValue = "PT30S",
            description = "/readyz fails once a rebalance lasts longer than this (env PLANWATCH_MAX_REBALANCE;"
                    + " default ${DEFAULT-VALUE}).")
    Duration maxRebalance;

    @Option(
            names = "--metrics-host",
            paramLabel = "ADDRESS",
            defaultValue = MetricsServer.DEFAULT_HOST,
            description =
                    "Address to serve the job's /metrics on (env PLANWATCH_METRICS_HOST; default ${DEFAULT-VALUE}).")
    String metricsHost;

    @Option(
            names = "--metrics-port",
            converter = OptionValues.Port.class,
            paramLabel = "PORT",
            defaultValue = "" + StreamsSettings.DEFAULT_METRICS_PORT,
            description = "Port of the job's /metrics, refusals by reason and Kafka Streams' own metrics; "
                    + "0 picks a free one (env PLANWATCH_METRICS_PORT; default ${DEFAULT-VALUE}).")
    int metricsPort;

    @Override
    public Integer call() throws Exception {
        OptionValues.writableFolder(
                stateDir, "cannot keep the job's state in", "; give a folder it may write with --state-dir");
        // a setting that cannot be used (SettingsException) is said in one line by PlanWatch's handler
        StreamsSettings settings = new StreamsSettings(
                kafka.settings(),
                kafka.ownId(applicationId, StreamsSettings.DEFAULT_APPLICATION_ID),
                stateDir,
                standbyReplicas,
                threads,
                commitInterval,
                sessionTimeout,
                maxRebalance,
                metricsHost,
                metricsPort,
                method.thresholds());
        kafka.createTopics();
        return StreamsApp.run(
                settings,
                method.evaluator(),
                kafka.clientProperties(),
                spec.commandLine().getOut()::println,
                spec.commandLine().getErr()::println);
    }
}
