package org.planwatch.broker;

import java.nio.file.Path;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.common.utils.Time;

/**
 * The main class of one node of a {@link LocalCluster}, in a JVM of its own so that it can be
 * stopped or killed alone, as a machine of a real cluster is. SIGTERM shuts it down cleanly
 * (controlled shutdown: its partitions move to the other nodes first).
 */
public final class ClusterNodeMain {
    /** Printed once the node serves, for whoever reads its log. */
    static final String UP = "planwatch-node-up";

    private ClusterNodeMain() {}

    public static void main(String[] args) {
        if (args.length != 2) {
            System.err.println("usage: ClusterNodeMain CLUSTER_DIR NODE_ID");
            System.exit(64);
        }
        ClusterLayout layout = ClusterLayout.read(Path.of(args[0]));
        KraftNode node = layout.node(Integer.parseInt(args[1]));
        node.format(layout.clusterId());
        KafkaRaftServer server = new KafkaRaftServer(new KafkaConfig(node.properties(), false), Time.SYSTEM);
        Runtime.getRuntime()
                .addShutdownHook(new Thread(
                        () -> {
                            server.shutdown();
                            server.awaitShutdown();
                        },
                        "node-shutdown"));
        try {
            server.startup();
        } catch (Throwable e) {
            // A node that cannot serve (its port taken, its disk full) leaves at once, so that
            // whoever started it reads the cause in its log instead of waiting for a node that
            // never comes up; halt, since a shutdown hook on a half-started server can hang.
            e.printStackTrace();
            System.err.flush();
            Runtime.getRuntime().halt(1);
        }
        System.out.println(UP + " node " + node.nodeId() + " at " + node.bootstrapAddress());
        System.out.flush();
        server.awaitShutdown();
    }
}
