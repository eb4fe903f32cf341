package org.planwatch.tools;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.Callable;
import org.apache.kafka.clients.admin.Admin;
import org.planwatch.app.UsageProblem;
import org.planwatch.broker.ClusterLayout;
import org.planwatch.broker.KraftNode;
import org.planwatch.broker.LocalCluster;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
        name = "cluster",
        mixinStandardHelpOptions = true,
        description = {
            "A Kafka cluster of several KRaft nodes on this machine, each in a JVM of its own.",
            "For trying failure: stop or kill one node and watch the pipeline carry on. With 3 nodes or more, "
                    + "topics get 3 replicas and min.insync.replicas=2, as on a production cluster. Nodes keep "
                    + "running after this command returns; their data, logs and pids live in --cluster-dir."
        },
        subcommands = {ClusterCommand.Start.class, ClusterCommand.Stop.class, ClusterCommand.Status.class})
final class ClusterCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Where the cluster lives; the launcher points it into the project folder. */
    static final class Folder {
        @Option(
                names = "--cluster-dir",
                paramLabel = "DIR",
                defaultValue = ".cluster",
                description =
                        "The cluster's folder: layout, and per node data, node.log and pid "
                                + "(env PLANWATCH_CLUSTER_DIR; ./planwatch sets it to the project's .cluster; default ${DEFAULT-VALUE}).")
        Path dir;

        LocalCluster cluster() {
            return new LocalCluster(dir);
        }
    }

    @Command(
            name = "start",
            mixinStandardHelpOptions = true,
            description = {
                "Start every node of the cluster that is not running, and wait until all have joined.",
                "A folder without a cluster gets a new one laid out first. Prints the bootstrap address."
            })
    static final class Start implements Callable<Integer> {
        @Mixin
        Folder folder;

        @Spec
        CommandSpec spec;

        @Option(
                names = "--brokers",
                paramLabel = "N",
                description = "Nodes of a new cluster, each broker and controller (default 3; an existing "
                        + "cluster keeps its own).")
        Integer brokers;

        @Option(
                names = "--base-port",
                paramLabel = "PORT",
                defaultValue = "19092",
                description = "First broker port of a new cluster: brokers on PORT, PORT+1…, controllers on "
                        + "PORT+100…; 0 picks free ports (default ${DEFAULT-VALUE}).")
        int basePort;

        @Option(
                names = "--timeout",
                paramLabel = "DURATION",
                defaultValue = "PT90S",
                description = "How long to wait for the nodes to join (ISO-8601; default ${DEFAULT-VALUE}).")
        Duration timeout;

        @Option(
                names = "--secured",
                description = "Secure a new cluster: SASL_SSL with SCRAM-SHA-512 and a throwaway CA, controllers on"
                        + " mutual TLS, the StandardAuthorizer denying what no ACL allows, the users of 'acls show'"
                        + " with random passwords, the topics and their ACLs. Each user's --kafka-config file is"
                        + " written to the cluster folder's clients/ (owner-only). An existing cluster keeps what"
                        + " it is.")
        boolean secured;

        @Override
        public Integer call() throws Exception {
            if (brokers != null && brokers < 1) {
                throw new UsageProblem("--brokers must be 1 or more, not " + brokers);
            }
            PrintWriter out = spec.commandLine().getOut();
            try {
                ClusterLayout layout = folder.cluster()
                        .start(
                                brokers == null ? OptionalInt.empty() : OptionalInt.of(brokers),
                                basePort,
                                secured ? SecuredSetup.users() : java.util.List.of(),
                                timeout,
                                line -> {
                                    out.println(line);
                                    out.flush();
                                });
                int size = layout.nodes().size();
                out.println("cluster of " + size + " nodes in " + layout.dir() + ": topics get " + Math.min(3, size)
                        + " replicas, " + Math.min(2, size) + " in sync");
                if (layout.security() != null) {
                    java.nio.file.Path clients = layout.dir().resolve("clients");
                    SecuredSetup.apply(layout.bootstrapServers(), layout.security(), clients, timeout);
                    out.println("secured: SASL_SSL, SCRAM-SHA-512, ACLs in effect; --kafka-config files in " + clients
                            + " (admin, producer, catalogue, streams, consumer)");
                }
                out.println("export PLANWATCH_BOOTSTRAP=" + layout.bootstrapServers());
                return 0;
            } catch (IllegalStateException | IllegalArgumentException e) {
                throw new UsageProblem(e.getMessage());
            }
        }
    }

    @Command(
            name = "stop",
            mixinStandardHelpOptions = true,
            description = {
                "Stop the cluster's nodes, or one of them with --node.",
                "By default a clean shutdown that hands the node's partitions over first; --kill is SIGKILL, as a "
                        + "machine losing power. The data stays: cluster start brings the nodes back with it."
            })
    static final class Stop implements Callable<Integer> {
        @Mixin
        Folder folder;

        @Spec
        CommandSpec spec;

        @Option(names = "--node", paramLabel = "ID", description = "Only this node (1, 2, …).")
        Integer node;

        @Option(names = "--kill", description = "SIGKILL instead of a clean shutdown.")
        boolean kill;

        @Option(
                names = "--timeout",
                paramLabel = "DURATION",
                defaultValue = "PT60S",
                description =
                        "How long a clean shutdown may take before the node is killed (default ${DEFAULT-VALUE}).")
        Duration timeout;

        @Override
        public Integer call() throws InterruptedException {
            PrintWriter out = spec.commandLine().getOut();
            try {
                folder.cluster()
                        .stop(node == null ? OptionalInt.empty() : OptionalInt.of(node), kill, timeout, line -> {
                            out.println(line);
                            out.flush();
                        });
                return 0;
            } catch (IllegalStateException | IllegalArgumentException e) {
                throw new UsageProblem(e.getMessage());
            }
        }
    }

    @Command(
            name = "status",
            mixinStandardHelpOptions = true,
            description = {
                "Show each node: running or not, its addresses, whether it has joined, the active controller.",
                "Then the partitions short of a replica. Exit status 0 when every node runs and has joined, "
                        + "3 otherwise."
            })
    static final class Status implements Callable<Integer> {
        private static final Duration ASK = Duration.ofSeconds(5);

        @Mixin
        Folder folder;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            LocalCluster cluster = folder.cluster();
            List<LocalCluster.NodeState> states;
            try {
                states = cluster.status(ASK);
            } catch (IllegalStateException e) {
                throw new UsageProblem(e.getMessage());
            }
            out.printf("%-5s %-9s %-8s %-16s %-16s %s%n", "node", "process", "joined", "broker", "controller", "role");
            for (LocalCluster.NodeState s : states) {
                KraftNode n = s.node();
                out.printf(
                        "%-5d %-9s %-8s %-16s %-16s %s%n",
                        n.nodeId(),
                        s.pid().map(p -> "pid " + p).orElse("stopped"),
                        s.joined() ? "yes" : "no",
                        n.bootstrapAddress(),
                        "127.0.0.1:" + n.controllerPort(),
                        s.quorumLeader() ? "active controller" : "");
            }
            boolean allUp = states.stream().allMatch(s -> s.pid().isPresent() && s.joined());
            if (states.stream().anyMatch(s -> s.joined())) {
                try (Admin admin = LocalCluster.admin(cluster.layout(), ASK)) {
                    out.println("partitions short of a replica: " + LocalCluster.underReplicated(admin, ASK));
                } catch (Exception e) {
                    out.println("partitions short of a replica: unknown (" + e.getMessage() + ")");
                }
            }
            out.println("export PLANWATCH_BOOTSTRAP=" + cluster.layout().bootstrapServers());
            return allUp ? 0 : 3;
        }
    }
}
