package org.planwatch.tools;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import org.planwatch.app.KafkaOptions;
import org.planwatch.app.UsageProblem;
import org.planwatch.broker.EmbeddedKafkaBroker;
import org.planwatch.runtime.Shutdown;
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
            "It creates PlanWatch's topics, so publish, streams and consumer can run against it as"
                    + " separate processes."
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
            converter = org.planwatch.app.OptionValues.Port.class,
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
        java.nio.channels.FileChannel lock = dataDir == null ? null : lock(dataDir);
        if (dataDir != null && port != 0) {
            EmbeddedKafkaBroker.storedPort(dataDir).ifPresent(stored -> {
                if (stored != port) {
                    spec.commandLine()
                            .getErr()
                            .println("planwatch: warning: " + dataDir + " served clients on port " + stored
                                    + " before; now on " + port + ": clients that look for " + stored
                                    + " will not find it");
                }
            });
        }
        int serving = port != 0
                ? port
                : dataDir == null ? 0 : EmbeddedKafkaBroker.storedPort(dataDir).orElse(0);
        if (serving != 0) {
            requireFree(serving);
        }
        Shutdown shutdown = new Shutdown();
        try (lock;
                EmbeddedKafkaBroker broker = secured == null
                        ? dataDir == null
                                ? EmbeddedKafkaBroker.startTemporary(port, false)
                                : EmbeddedKafkaBroker.start(dataDir, port, false)
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

    /**
     * Holds the data folder for this broker alone: a second broker on it would fail deep inside
     * Kafka on the stored ports with screens of traces; the lock goes with the process.
     */
    private static java.nio.channels.FileChannel lock(Path dataDir) throws java.io.IOException {
        java.nio.file.Files.createDirectories(dataDir);
        java.nio.channels.FileChannel channel = java.nio.channels.FileChannel.open(
                dataDir.resolve("planwatch-broker.lock"),
                java.nio.file.StandardOpenOption.CREATE,
                java.nio.file.StandardOpenOption.WRITE);
        java.nio.channels.FileLock held;
        try {
            held = channel.tryLock();
        } catch (java.nio.channels.OverlappingFileLockException e) {
            held = null;
        }
        if (held == null) {
            channel.close();
            throw new UsageProblem(
                    "another broker is running on --data-dir " + dataDir + ": stop it first, or give another folder");
        }
        return channel;
    }

    /** Refuses in one line a port something else listens on, before Kafka fails on it with traces. */
    private static void requireFree(int port) {
        try (java.net.ServerSocket probe = new java.net.ServerSocket()) {
            probe.setReuseAddress(true);
            probe.bind(new java.net.InetSocketAddress("127.0.0.1", port));
        } catch (java.io.IOException e) {
            throw new UsageProblem("port " + port + " is in use on 127.0.0.1 (" + e.getMessage()
                    + "): stop what listens there, or choose another --port");
        }
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
