package org.planwatch.tools;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import org.planwatch.app.KafkaOptions;
import org.planwatch.app.Shutdown;
import org.planwatch.app.UsageProblem;
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
            "Run a single-node KRaft Kafka broker on a loopback port until Ctrl-C.",
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
            names = "--port",
            paramLabel = "PORT",
            defaultValue = "0",
            description = "Serve clients on this loopback port (default 0: the port --data-dir stored on its first"
                    + " run, else a free one). With --data-dir the port is stored there, so a restart comes back"
                    + " on it and running clients reconnect by themselves.")
    int port;

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
        if (secured != null && port != 0) {
            throw new UsageProblem("--port is for a plaintext broker; a secured broker takes a free port");
        }
        Shutdown shutdown = new Shutdown();
        try (EmbeddedKafkaBroker broker = secured == null
                ? EmbeddedKafkaBroker.start(dataDir, port, false)
                : EmbeddedKafkaBroker.startSecured(SecuredSetup.users(), false)) {
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

    /** Writes the users' client files, then makes the topics and ACLs as the admin. */
    private void secure(EmbeddedKafkaBroker broker) throws Exception {
        SecuredSetup.apply(broker.bootstrapServers(), broker.security(), secured, Duration.ofSeconds(60));
        spec.commandLine()
                .getOut()
                .println("Secured: SASL_SSL, SCRAM-SHA-512, ACLs in effect; --kafka-config files in " + secured
                        + " (admin, producer, catalogue, streams, consumer)");
    }
}
