package org.planwatch.app;

import java.util.Optional;
import java.util.concurrent.Callable;
import org.planwatch.consumer.AlertConsumer;
import org.planwatch.consumer.ConsumerApp;
import org.planwatch.consumer.ConsumerSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
        name = "consumer",
        mixinStandardHelpOptions = true,
        description = {
            "Read the status and alerts topics, serve Prometheus metrics and tell department leads of status"
                    + " changes, until Ctrl-C.",
            "",
            "Messages go where --routes says (e-mail, DingTalk, WeCom, a webhook; secrets from the environment),"
                    + " or to the --outbox folder; without either, nobody is told. SMTP: PLANWATCH_SMTP_HOST, _PORT,"
                    + " _FROM, _USER, _PASSWORD, _STARTTLS."
        })
final class ConsumerCommand implements Callable<Integer> {
    @Mixin
    ConsumerOptions consumerOptions;

    @Spec
    CommandSpec spec;

    @Option(
            names = "--group-id",
            paramLabel = "ID",
            defaultValue = AlertConsumer.DEFAULT_GROUP_ID,
            description =
                    "Consumer group (env PLANWATCH_GROUP_ID; default ${DEFAULT-VALUE}, after --topic-prefix when one"
                            + " is given).")
    String groupId;

    @Option(
            names = "--session-timeout",
            converter = OptionValues.SessionTimeout.class,
            paramLabel = "DURATION",
            defaultValue = StreamsCommand.DEFAULT_SESSION_TIMEOUT,
            description = "How long the group waits for a silent member before giving its partitions to another:"
                    + " a killed and restarted consumer delivers nothing until then (Kafka's own default, 45 s, would"
                    + " stall that long after a restart); the broker accepts 6 s at least. Heartbeats go every third of it"
                    + " (env PLANWATCH_SESSION_TIMEOUT; default ${DEFAULT-VALUE}).")
    java.time.Duration sessionTimeout;

    @Override
    public Integer call() throws Exception {
        // a setting that cannot be used (SettingsException) is said in one line by PlanWatch's handler
        ConsumerSettings settings = new ConsumerSettings(
                consumerOptions.kafka.settings(),
                consumerOptions.kafka.ownId(groupId, AlertConsumer.DEFAULT_GROUP_ID),
                sessionTimeout,
                consumerOptions.metrics.host,
                consumerOptions.metrics.port,
                Optional.ofNullable(consumerOptions.notify.routes),
                Optional.ofNullable(consumerOptions.notify.outbox),
                consumerOptions.notify.digest);
        consumerOptions.kafka.createTopics();
        return ConsumerApp.run(
                settings,
                consumerOptions.kafka.clientProperties(),
                spec.commandLine().getOut()::println,
                spec.commandLine().getErr()::println);
    }
}
