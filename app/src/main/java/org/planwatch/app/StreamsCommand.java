package org.planwatch.app;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Callable;
import org.planwatch.streams.ProgressJob;
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
            description = "Kafka Streams application id; instances with the same id share the work "
                    + "(env PLANWATCH_APPLICATION_ID; default ${DEFAULT-VALUE}).")
    String applicationId;

    @Option(
            names = "--state-dir",
            paramLabel = "DIR",
            defaultValue = "${sys:java.io.tmpdir}/planwatch-streams",
            description = "Where the job keeps its local state (env PLANWATCH_STATE_DIR; default ${DEFAULT-VALUE}).")
    Path stateDir;

    @Override
    public Integer call() throws Exception {
        String bootstrap = kafka.requireBootstrap();
        kafka.createTopics();
        Shutdown shutdown = new Shutdown();
        try (ProgressJob job = ProgressJob.start(
                StreamsSettings.properties(bootstrap, applicationId, stateDir, kafka.topics(), Map.of()),
                kafka.topics(),
                method.evaluator(),
                Clock.systemUTC())) {
            job.awaitRunning(Duration.ofMinutes(2));
            spec.commandLine()
                    .getOut()
                    .println("progress job " + applicationId + " RUNNING against " + bootstrap + "; Ctrl-C to stop");
            job.failed().thenRun(shutdown::stop);
            shutdown.await();
            if (job.failed().isDone()) {
                spec.commandLine().getErr().println("planwatch: progress job stopped in error: " + job.failure());
                return 1;
            }
        } finally {
            shutdown.done();
        }
        return 0;
    }
}
