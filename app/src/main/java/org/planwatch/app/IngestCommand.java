package org.planwatch.app;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.planwatch.producer.ProducerApp;
import org.planwatch.producer.ProducerSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
        name = "ingest",
        mixinStandardHelpOptions = true,
        description = {
            "Serve POST /readings for statistics bureaus that push their feeds, until Ctrl-C.",
            "",
            "The body is a feed in any format publish reads, checked and published the same way; the answer is"
                    + " JSON with the rows accepted (location, reading id) and refused (location, code, reason)."
                    + " Every request needs 'Authorization: Bearer TOKEN', the token being read from"
                    + " PLANWATCH_INGEST_TOKEN (16 characters or more)."
        })
final class IngestCommand implements Callable<Integer> {
    @Mixin
    KafkaOptions kafka;

    @Spec
    CommandSpec spec;

    @Option(
            names = "--host",
            paramLabel = "ADDRESS",
            defaultValue = "127.0.0.1",
            description = "Address to listen on (env PLANWATCH_INGEST_HOST; default ${DEFAULT-VALUE}).")
    String host;

    @Option(
            names = "--port",
            converter = OptionValues.Port.class,
            paramLabel = "PORT",
            defaultValue = "9402",
            description =
                    "Port to listen on; 0 picks a free one (env PLANWATCH_INGEST_PORT; default ${DEFAULT-VALUE}).")
    int port;

    @Option(
            names = "--mapping",
            paramLabel = "TSV",
            description = "The pushing feed's codes in the catalogue's terms (field, from, to).")
    Path mapping;

    @Override
    public Integer call() throws Exception {
        ProducerSettings settings = new ProducerSettings(
                kafka.settings(),
                host,
                port,
                Optional.empty(),
                ProducerSettings.DEFAULT_WATCH_INTERVAL,
                Optional.ofNullable(mapping),
                Optional.empty());
        PublishCommand.mapping(mapping); // a missing or malformed mapping is the user's to fix, said before Kafka
        kafka.requireBootstrap();
        kafka.createTopics();
        // a short token (SettingsException), a port in use (BindException): said in one line by PlanWatch's handler
        return ProducerApp.ingest(
                settings,
                kafka.clientProperties(),
                System.getenv("PLANWATCH_INGEST_TOKEN"),
                spec.commandLine().getOut(),
                spec.commandLine().getErr());
    }
}
