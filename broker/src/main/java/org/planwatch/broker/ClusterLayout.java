package org.planwatch.broker;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.stream.Collectors;
import org.apache.kafka.common.Uuid;

/**
 * The fixed facts of a local cluster, written once to {@code cluster.properties} in its folder:
 * its id, its size and every node's ports. A restarted node comes back on the same ports with the
 * same data, so clients keep their bootstrap address.
 */
public record ClusterLayout(Path dir, String clusterId, List<KraftNode> nodes, BrokerSecurity security) {
    static final String FILE = "cluster.properties";
    /** Where a secured cluster keeps its CA, stores and passwords. */
    static final String SECURITY = "security";

    /**
     * A new layout of {@code size} nodes: brokers on {@code basePort}, {@code basePort + 1}…,
     * controllers 100 above; 0 for free ports. With {@code security}, clients speak SASL_SSL.
     */
    static ClusterLayout create(Path dir, int size, int basePort, BrokerSecurity security) {
        List<int[]> ports = new ArrayList<>();
        // each free port drawn apart: two random draws may meet, and the second node would not bind
        java.util.Set<Integer> drawn = new java.util.HashSet<>();
        java.util.function.IntSupplier free = () -> {
            int port;
            do {
                port = EmbeddedKafkaBroker.freePort();
            } while (!drawn.add(port));
            return port;
        };
        for (int i = 0; i < size; i++) {
            ports.add(
                    basePort == 0
                            ? new int[] {free.getAsInt(), free.getAsInt()}
                            : new int[] {basePort + i, basePort + 100 + i});
        }
        return of(dir, Uuid.randomUuid().toString(), ports, security);
    }

    private static ClusterLayout of(Path dir, String clusterId, List<int[]> ports, BrokerSecurity security) {
        String voters = java.util.stream.IntStream.range(0, ports.size())
                .mapToObj(i -> (i + 1) + "@127.0.0.1:" + ports.get(i)[1])
                .collect(Collectors.joining(","));
        List<KraftNode> nodes = new ArrayList<>();
        for (int i = 0; i < ports.size(); i++) {
            int id = i + 1;
            nodes.add(new KraftNode(
                    id,
                    ports.get(i)[0],
                    ports.get(i)[1],
                    dir.resolve("node-" + id).resolve("data"),
                    voters,
                    ports.size(),
                    security));
        }
        return new ClusterLayout(dir, clusterId, List.copyOf(nodes), security);
    }

    static boolean exists(Path dir) {
        return Files.exists(dir.resolve(FILE));
    }

    static ClusterLayout read(Path dir) {
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(dir.resolve(FILE))) {
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the cluster layout " + dir.resolve(FILE), e);
        }
        int size = Integer.parseInt(p.getProperty("nodes"));
        List<int[]> ports = new ArrayList<>();
        for (int id = 1; id <= size; id++) {
            ports.add(new int[] {
                Integer.parseInt(p.getProperty("node." + id + ".broker.port")),
                Integer.parseInt(p.getProperty("node." + id + ".controller.port"))
            });
        }
        BrokerSecurity security = Boolean.parseBoolean(p.getProperty("secured", "false"))
                ? BrokerSecurity.load(dir.resolve(SECURITY))
                : null;
        return of(dir, p.getProperty("cluster.id"), ports, security);
    }

    void write() {
        Properties p = new Properties();
        p.setProperty("cluster.id", clusterId);
        p.setProperty("nodes", String.valueOf(nodes.size()));
        p.setProperty("secured", String.valueOf(security != null));
        for (KraftNode node : nodes) {
            p.setProperty("node." + node.nodeId() + ".broker.port", String.valueOf(node.brokerPort()));
            p.setProperty("node." + node.nodeId() + ".controller.port", String.valueOf(node.controllerPort()));
        }
        try {
            Files.createDirectories(dir);
            try (Writer out = Files.newBufferedWriter(dir.resolve(FILE))) {
                p.store(out, "PlanWatch local cluster: ports and id are fixed for the life of its data");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the cluster layout " + dir.resolve(FILE), e);
        }
    }

    KraftNode node(int id) {
        if (id < 1 || id > nodes.size()) {
            throw new IllegalArgumentException(
                    "no node " + id + ": the cluster in " + dir + " has nodes 1 to " + nodes.size());
        }
        return nodes.get(id - 1);
    }

    /** The folder of node {@code id}: its data, its log and its pid file. */
    Path nodeDir(int id) {
        return dir.resolve("node-" + id);
    }

    /** The CA, stores and users of a secured cluster; null for a plaintext one. */
    public BrokerSecurity security() {
        return security;
    }

    public String bootstrapServers() {
        return nodes.stream().map(KraftNode::bootstrapAddress).collect(Collectors.joining(","));
    }
}
