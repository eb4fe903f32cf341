package org.planwatch.broker;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.Node;

/**
 * A Kafka cluster of real KRaft nodes on loopback, each in a JVM of its own ({@link
 * ClusterNodeMain}), with everything in one folder: the layout, and per node its data, its log
 * ({@code node.log}) and its pid. Nodes outlive the command that starts them; any later command
 * on the same folder finds them by their pid files. For trying failure on one machine: stop or
 * kill one node, and the others carry on with the replicas they hold.
 */
public final class LocalCluster {
    private static final String PID = "pid";
    private static final String LOG = "node.log";

    private final Path dir;

    public LocalCluster(Path dir) {
        this.dir = dir.toAbsolutePath().normalize();
    }

    public Path dir() {
        return dir;
    }

    public boolean exists() {
        return ClusterLayout.exists(dir);
    }

    public ClusterLayout layout() {
        if (!exists()) {
            throw new IllegalStateException("no cluster in " + dir + ": start one with ./planwatch cluster start");
        }
        return ClusterLayout.read(dir);
    }

    /**
     * Starts every node that is not running, laying the cluster out first when the folder has
     * none, and waits until all of them have joined.
     *
     * @param size how many nodes a new cluster has; an existing one keeps its own
     * @param basePort the first broker port of a new cluster; 0 for free ports
     */
    public ClusterLayout start(OptionalInt size, int basePort, Duration timeout, Consumer<String> progress)
            throws InterruptedException {
        return start(size, basePort, List.of(), timeout, progress);
    }

    /**
     * As above; a new cluster is secured when {@code users} is given ({@link BrokerSecurity}: SASL_SSL,
     * SCRAM users with these names and the admin, ACLs enforced). An existing one keeps what it is.
     */
    public ClusterLayout start(
            OptionalInt size, int basePort, List<String> users, Duration timeout, Consumer<String> progress)
            throws InterruptedException {
        ClusterLayout layout;
        if (exists()) {
            layout = layout();
            if (size.isPresent() && size.getAsInt() != layout.nodes().size()) {
                throw new IllegalStateException(
                        "the cluster in " + dir + " has " + layout.nodes().size() + " nodes, not " + size.getAsInt()
                                + ": stop it and remove the folder to lay out another");
            }
        } else {
            BrokerSecurity security =
                    users.isEmpty() ? null : BrokerSecurity.create(dir.resolve(ClusterLayout.SECURITY), users);
            layout = ClusterLayout.create(dir, size.orElse(3), basePort, security);
            layout.write();
        }
        List<Launch> started = new ArrayList<>();
        for (KraftNode node : layout.nodes()) {
            if (running(layout, node.nodeId()).isPresent()) {
                progress.accept("node " + node.nodeId() + " already runs at " + node.bootstrapAddress());
                continue;
            }
            requireFree(node.brokerPort(), "node " + node.nodeId() + "'s broker");
            requireFree(node.controllerPort(), "node " + node.nodeId() + "'s controller");
            started.add(launch(layout, node));
        }
        long deadline = System.nanoTime() + timeout.toNanos();
        for (Launch launch : started) {
            KraftNode node = launch.node();
            awaitUp(layout, launch, deadline);
            progress.accept("node " + node.nodeId() + " up at " + node.bootstrapAddress() + " (log "
                    + layout.nodeDir(node.nodeId()).resolve(LOG) + ")");
        }
        awaitJoined(layout, deadline);
        return layout;
    }

    /**
     * Stops one node or all: SIGTERM, a controlled shutdown that hands its partitions over first,
     * or with {@code kill} SIGKILL, as a machine losing power.
     */
    public void stop(OptionalInt nodeId, boolean kill, Duration timeout, Consumer<String> progress)
            throws InterruptedException {
        ClusterLayout layout = layout();
        List<KraftNode> nodes = nodeId.isPresent() ? List.of(layout.node(nodeId.getAsInt())) : layout.nodes();
        List<Stopping> stopping = new ArrayList<>();
        for (KraftNode node : nodes) {
            Optional<ProcessHandle> process = running(layout, node.nodeId());
            if (process.isEmpty()) {
                progress.accept("node " + node.nodeId() + " is not running");
                continue;
            }
            // Every node is signalled before any is waited for: a node waiting for its controlled
            // shutdown needs a quorum, and stopping them one by one would take it away first.
            if (kill) {
                process.get().destroyForcibly();
            } else {
                process.get().destroy();
            }
            stopping.add(new Stopping(node, process.get()));
        }
        long deadline = System.nanoTime() + timeout.toNanos();
        for (Stopping s : stopping) {
            try {
                s.process().onExit().get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            } catch (java.util.concurrent.TimeoutException e) {
                progress.accept("node " + s.node().nodeId() + " did not stop within " + timeout + ": killed");
                s.process().destroyForcibly();
                s.process().onExit().join();
            } catch (ExecutionException e) {
                throw new IllegalStateException(e.getCause());
            }
            deleteQuietly(layout.nodeDir(s.node().nodeId()).resolve(PID));
            progress.accept("node " + s.node().nodeId() + (kill ? " killed" : " stopped"));
        }
    }

    private record Stopping(KraftNode node, ProcessHandle process) {}

    /** What each node is doing, as far as its process and the cluster's metadata tell. */
    public List<NodeState> status(Duration timeout) {
        ClusterLayout layout = layout();
        Map<Integer, Long> pids = layout.nodes().stream()
                .flatMap(n -> running(layout, n.nodeId()).stream().map(p -> Map.entry(n.nodeId(), p.pid())))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        Set<Integer> joined = Set.of();
        OptionalInt leader = OptionalInt.empty();
        if (!pids.isEmpty()) {
            try (Admin admin = admin(layout, timeout)) {
                joined = admin.describeCluster().nodes().get(timeout.toMillis(), TimeUnit.MILLISECONDS).stream()
                        .map(Node::id)
                        .collect(Collectors.toSet());
                leader = OptionalInt.of(admin.describeMetadataQuorum()
                        .quorumInfo()
                        .get(timeout.toMillis(), TimeUnit.MILLISECONDS)
                        .leaderId());
            } catch (ExecutionException | java.util.concurrent.TimeoutException e) {
                // no quorum: the processes alone tell what runs
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        List<NodeState> states = new ArrayList<>();
        for (KraftNode node : layout.nodes()) {
            int id = node.nodeId();
            states.add(new NodeState(
                    node,
                    Optional.ofNullable(pids.get(id)),
                    joined.contains(id),
                    leader.isPresent() && leader.getAsInt() == id));
        }
        return states;
    }

    /**
     * One node as seen now.
     *
     * @param pid its process, when it runs
     * @param joined whether the cluster's metadata lists it as a live broker
     * @param quorumLeader whether it is the active controller
     */
    public record NodeState(KraftNode node, Optional<Long> pid, boolean joined, boolean quorumLeader) {}

    /** Partitions of every topic with fewer in-sync replicas than replicas: the price of a node down. */
    public static long underReplicated(Admin admin, Duration timeout)
            throws InterruptedException, ExecutionException, java.util.concurrent.TimeoutException {
        Collection<String> names = admin.listTopics().names().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        Collection<TopicDescription> topics = admin.describeTopics(names)
                .allTopicNames()
                .get(timeout.toMillis(), TimeUnit.MILLISECONDS)
                .values();
        return topics.stream()
                .flatMap(t -> t.partitions().stream())
                .filter(p -> p.isr().size() < p.replicas().size())
                .count();
    }

    /** An admin client of the cluster: as its admin user when it is secured. */
    public static Admin admin(ClusterLayout layout, Duration timeout) {
        Map<String, Object> config = new java.util.HashMap<>();
        if (layout.security() != null) {
            config.putAll(layout.security().clientProperties(BrokerSecurity.ADMIN_USER));
        }
        config.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, layout.bootstrapServers());
        config.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) timeout.toMillis());
        config.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) Math.min(timeout.toMillis(), 10_000));
        return Admin.create(config);
    }

    /** A node's JVM just started, and where its log stood then: only this run's lines count. */
    private record Launch(KraftNode node, Process process, long logStart) {}

    private static Launch launch(ClusterLayout layout, KraftNode node) {
        Path nodeDir = layout.nodeDir(node.nodeId());
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        try {
            Files.createDirectories(nodeDir);
            long logStart = Files.exists(nodeDir.resolve(LOG)) ? Files.size(nodeDir.resolve(LOG)) : 0;
            Process process = new ProcessBuilder(List.of(
                            java,
                            // First, so that it is within the 4 KB of command line the JDK reads
                            // back for a pid: how running() tells this node from a reused pid.
                            marker(layout, node.nodeId()),
                            "-Xms128m",
                            "-Xmx768m",
                            "-XX:+ExitOnOutOfMemoryError",
                            "-cp",
                            System.getProperty("java.class.path"),
                            ClusterNodeMain.class.getName(),
                            layout.dir().toString(),
                            String.valueOf(node.nodeId())))
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(
                            nodeDir.resolve(LOG).toFile()))
                    .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
                    .start();
            Files.writeString(nodeDir.resolve(PID), process.pid() + "\n");
            return new Launch(node, process, logStart);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start node " + node.nodeId() + " in " + nodeDir, e);
        }
    }

    /** The node's process if its pid file names a live node of this folder (not a reused pid). */
    private static Optional<ProcessHandle> running(ClusterLayout layout, int id) {
        Path pidFile = layout.nodeDir(id).resolve(PID);
        if (!Files.exists(pidFile)) {
            return Optional.empty();
        }
        try {
            long pid = Long.parseLong(Files.readString(pidFile).trim());
            return ProcessHandle.of(pid)
                    .filter(ProcessHandle::isAlive)
                    .filter(p -> p.info()
                            .commandLine()
                            .map(c -> c.contains(marker(layout, id) + " "))
                            .orElse(true));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static String marker(ClusterLayout layout, int id) {
        return "-Dplanwatch.cluster.node=" + layout.dir() + "#" + id;
    }

    private static void awaitUp(ClusterLayout layout, Launch launch, long deadline) throws InterruptedException {
        KraftNode node = launch.node();
        Path log = layout.nodeDir(node.nodeId()).resolve(LOG);
        while (true) {
            String output = read(log, launch.logStart());
            if (output.contains(ClusterNodeMain.UP + " node " + node.nodeId())) {
                return;
            }
            // The process itself, not its pid file: until the launcher's exec is done, the pid's
            // command line is not yet the node's.
            if (!launch.process().isAlive()) {
                throw new IllegalStateException(
                        "node " + node.nodeId() + " exited " + launch.process().exitValue() + logTail(log, output));
            }
            if (System.nanoTime() > deadline) {
                // left running: a slow machine's node may still join, and `cluster stop` stops it
                throw new IllegalStateException("node " + node.nodeId()
                        + " not up in time (still starting: `cluster status` shows when it joins, `cluster stop` stops it;"
                        + " a longer --timeout waits longer)" + logTail(log, output));
            }
            Thread.sleep(100);
        }
    }

    /** Waits until every running node is a live broker in the cluster's metadata. */
    private static void awaitJoined(ClusterLayout layout, long deadline) throws InterruptedException {
        Set<Integer> expected = layout.nodes().stream()
                .map(KraftNode::nodeId)
                .filter(id -> running(layout, id).isPresent())
                .collect(Collectors.toSet());
        Duration left = Duration.ofNanos(Math.max(1, deadline - System.nanoTime()));
        try (Admin admin = admin(layout, left)) {
            while (true) {
                try {
                    Set<Integer> live = admin.describeCluster().nodes().get(5, TimeUnit.SECONDS).stream()
                            .map(Node::id)
                            .collect(Collectors.toSet());
                    if (live.containsAll(expected)) {
                        return;
                    }
                } catch (ExecutionException | java.util.concurrent.TimeoutException e) {
                    // not answering yet
                }
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("nodes " + expected + " did not all join the cluster in time");
                }
                Thread.sleep(200);
            }
        }
    }

    private static void requireFree(int port, String what) {
        try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            socket.setReuseAddress(true);
        } catch (IOException e) {
            throw new IllegalStateException("port " + port + " (" + what + ") is in use: another cluster or program "
                    + "holds it; lay the cluster out elsewhere with --base-port");
        }
    }

    private static String read(Path file, long from) {
        try {
            if (!Files.exists(file)) {
                return "";
            }
            byte[] bytes = Files.readAllBytes(file);
            int start = (int) Math.min(from, bytes.length);
            return new String(bytes, start, bytes.length - start, java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }

    /** The end of a node's log, for a message saying why it is not up; nothing when it has written none yet. */
    private static String logTail(Path log, String output) {
        return output.isBlank() ? "; " + log + " is still empty" : "; the end of " + log + ":\n" + tail(output, 20);
    }

    private static String tail(String text, int lines) {
        List<String> all = text.lines().toList();
        return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // a stale pid file is checked against the live process anyway
        }
    }
}
