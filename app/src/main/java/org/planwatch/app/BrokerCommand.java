package org.planwatch.app;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Callable;
import org.planwatch.broker.BrokerSecurity;
import org.planwatch.broker.EmbeddedKafkaBroker;
import org.planwatch.schema.AccessPolicy;
import org.planwatch.schema.KafkaClientProperties;
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

    @Option(
            names = "--secured",
            paramLabel = "DIR",
            description = "Secure the broker for this run: SASL_SSL with SCRAM-SHA-512 and a throwaway CA, the"
                    + " StandardAuthorizer with no access unless an ACL allows it, users planwatch-admin,"
                    + " -producer, -catalogue, -streams and -consumer with random passwords, and the ACLs of"
                    + " 'acls show'. Each user's --kafka-config file is written to DIR (owner-only: it holds the"
                    + " password). Not with --data-dir: the certificates live as long as the run.")
    Path secured;

    @Override
    public Integer call() throws Exception {
        if (secured != null && dataDir != null) {
            throw new UsageProblem("--secured and --data-dir do not go together: a secured broker's certificates"
                    + " and passwords are made for one run");
        }
        Shutdown shutdown = new Shutdown();
        try (EmbeddedKafkaBroker broker = secured == null
                ? EmbeddedKafkaBroker.start(dataDir, false)
                : EmbeddedKafkaBroker.startSecured(USERS.values(), false)) {
            String bootstrap = broker.bootstrapServers();
            if (secured == null) {
                KafkaOptions.createTopics(bootstrap, TopicSet.defaults(), null, Duration.ofSeconds(60));
            } else {
                secure(broker);
            }
            spec.commandLine()
                    .getOut()
                    .println("Kafka broker at " + bootstrap + "; export PLANWATCH_BOOTSTRAP=" + bootstrap
                            + "; Ctrl-C to stop");
            spec.commandLine().getOut().flush();
            shutdown.await();
        } finally {
            shutdown.done();
        }
        return 0;
    }

    /** The --kafka-config file of each user of {@link AccessPolicy#defaults}, by the name of its file. */
    private static final Map<String, String> USERS = Map.of(
            "producer", "planwatch-producer",
            "catalogue", "planwatch-catalogue",
            "streams", "planwatch-streams",
            "consumer", "planwatch-consumer");

    /** Writes the users' client files, then makes the topics and ACLs as the admin. */
    private void secure(EmbeddedKafkaBroker broker) throws Exception {
        java.nio.file.Files.createDirectories(secured);
        Path admin =
                broker.security().writeClientProperties(secured.resolve("admin.properties"), BrokerSecurity.ADMIN_USER);
        for (Map.Entry<String, String> user : USERS.entrySet()) {
            broker.security().writeClientProperties(secured.resolve(user.getKey() + ".properties"), user.getValue());
        }
        KafkaClientProperties adminFile = KafkaClientProperties.read(admin, w -> {});
        String bootstrap = broker.bootstrapServers();
        KafkaOptions.createTopics(bootstrap, adminFile, TopicSet.defaults(), null, Duration.ofSeconds(60));
        AclsCommand.apply(
                bootstrap, adminFile, AccessPolicy.defaults(TopicSet.defaults()).bindings(), Duration.ofSeconds(60));
        spec.commandLine()
                .getOut()
                .println("Secured: SASL_SSL, SCRAM-SHA-512, ACLs in effect; --kafka-config files in " + secured
                        + " (admin, producer, catalogue, streams, consumer)");
    }
}
