package org.planwatch.app;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import org.planwatch.broker.EmbeddedKafkaBroker;
import org.planwatch.schema.TopicSet;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
        name = "broker",
        mixinStandardHelpOptions = true,
        description = {
            "Run a single-node KRaft Kafka broker on a free loopback port until Ctrl-C.",
            "It creates PlanWatch's topics, so publish, streams and consumer can run against it as",
            "separate processes."
        })
final class BrokerCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(
            names = "--data-dir",
            paramLabel = "DIR",
            description = "Keep the broker's data here across runs (env PLANWATCH_DATA_DIR; default a temporary "
                    + "folder removed at exit).")
    Path dataDir;

    @Override
    public Integer call() throws Exception {
        Shutdown shutdown = new Shutdown();
        try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start(dataDir, false)) {
            KafkaOptions.createTopics(broker.bootstrapServers(), TopicSet.defaults(), null, Duration.ofSeconds(60));
            spec.commandLine()
                    .getOut()
                    .println("Kafka broker at " + broker.bootstrapServers() + "; export PLANWATCH_BOOTSTRAP="
                            + broker.bootstrapServers() + "; Ctrl-C to stop");
            spec.commandLine().getOut().flush();
            shutdown.await();
        } finally {
            shutdown.done();
        }
        return 0;
    }
}
