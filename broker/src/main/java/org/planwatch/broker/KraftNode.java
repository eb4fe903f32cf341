package org.planwatch.broker;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import org.apache.kafka.metadata.storage.Formatter;
import org.apache.kafka.server.common.Feature;
import org.apache.kafka.server.common.MetadataVersion;

/**
 * One KRaft node in combined mode (broker and controller in one process) on loopback: its
 * settings and its storage. The single in-JVM broker and every node of a local cluster are built
 * here, so both run the same configuration but for the cluster's size.
 *
 * @param voters the controller quorum, {@code id@host:port,...}
 * @param clusterSize how many nodes the cluster has: replication defaults follow it (3 replicas,
 *     2 in sync, as a production cluster, once there are 3 nodes)
 * @param security null for plaintext listeners; else clients speak SASL_SSL, controllers TLS
 */
public record KraftNode(
        int nodeId,
        int brokerPort,
        int controllerPort,
        Path logDir,
        String voters,
        int clusterSize,
        BrokerSecurity security) {
    static final String CONTROLLER_LISTENER = "CONTROLLER";

    public KraftNode(int nodeId, int brokerPort, int controllerPort, Path logDir, String voters, int clusterSize) {
        this(nodeId, brokerPort, controllerPort, logDir, voters, clusterSize, null);
    }

    public String bootstrapAddress() {
        return "127.0.0.1:" + brokerPort;
    }

    public String voter() {
        return nodeId + "@127.0.0.1:" + controllerPort;
    }

    public Properties properties() {
        String replicas = String.valueOf(Math.min(3, clusterSize));
        String inSync = String.valueOf(Math.min(2, clusterSize));
        Properties props = new Properties();
        props.put("process.roles", "broker,controller");
        props.put("node.id", String.valueOf(nodeId));
        props.put("controller.quorum.voters", voters);
        String client = security == null ? "PLAINTEXT" : "SASL_SSL";
        props.put(
                "listeners",
                client + "://127.0.0.1:" + brokerPort + "," + CONTROLLER_LISTENER + "://127.0.0.1:" + controllerPort);
        props.put("advertised.listeners", client + "://" + bootstrapAddress());
        props.put("controller.listener.names", CONTROLLER_LISTENER);
        props.put("inter.broker.listener.name", client);
        props.put(
                "listener.security.protocol.map",
                client + ":" + client + "," + CONTROLLER_LISTENER + ":" + (security == null ? "PLAINTEXT" : "SSL"));
        if (security != null) {
            props.putAll(security.nodeProperties());
        }
        props.put("log.dirs", logDir.toString());
        props.put("offsets.topic.replication.factor", replicas);
        props.put("offsets.topic.num.partitions", "6");
        props.put("transaction.state.log.replication.factor", replicas);
        props.put("transaction.state.log.min.isr", inSync);
        props.put("transaction.state.log.num.partitions", "6");
        props.put("share.coordinator.state.topic.replication.factor", replicas);
        props.put("share.coordinator.state.topic.min.isr", inSync);
        props.put("default.replication.factor", replicas);
        props.put("min.insync.replicas", inSync);
        props.put("group.initial.rebalance.delay.ms", "0");
        props.put("auto.create.topics.enable", "false");
        return props;
    }

    /** Formats the log directory once for {@code clusterId}; a directory already holding meta.properties is reused. */
    public void format(String clusterId) {
        if (Files.exists(logDir.resolve("meta.properties"))) {
            return;
        }
        try {
            Files.createDirectories(logDir);
            new Formatter()
                    .setPrintStream(new PrintStream(OutputStream.nullOutputStream()))
                    .setNodeId(nodeId)
                    .setClusterId(clusterId)
                    .setDirectories(List.of(logDir.toString()))
                    .setMetadataLogDirectory(logDir.toString())
                    .setReleaseVersion(MetadataVersion.latestProduction())
                    .setSupportedFeatures(Feature.PRODUCTION_FEATURES)
                    .setControllerListenerName(CONTROLLER_LISTENER)
                    .setScramArguments(security == null ? List.of() : security.scramArguments())
                    .run();
        } catch (Exception e) {
            throw new IllegalStateException("cannot format Kafka log directory " + logDir, e);
        }
    }
}
