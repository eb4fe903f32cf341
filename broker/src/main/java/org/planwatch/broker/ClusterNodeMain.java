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
        server.startup();
        System.out.println(UP + " node " + node.nodeId() + " at " + node.bootstrapAddress());
        System.out.flush();
        server.awaitShutdown();
    }
}
